package cn.yingshang.review.internal;

import cn.yingshang.review.internal.ReviewModel.Conclusion;
import cn.yingshang.review.internal.ReviewModel.Decision;
import cn.yingshang.review.internal.ReviewModel.ExceptionGround;
import cn.yingshang.review.internal.ReviewModel.Finding;
import cn.yingshang.review.internal.ReviewModel.Record;
import cn.yingshang.review.internal.ReviewModel.Signing;
import cn.yingshang.shared.DomainViolation;
import java.time.LocalDate;
import java.util.List;

/** The rules of signing a review record and issuing a document; plain Java, no framework. */
@cn.yingshang.shared.DomainType
final class ReviewRules {

    private ReviewRules() {
    }

    /** The conclusion a signing leads to, or a violation when the record cannot be signed yet. */
    static Conclusion conclude(List<Finding> findings, Signing signing, LocalDate today) {
        long pending = findings.stream().filter(f -> f.decision() == Decision.PENDING).count();
        if (pending > 0) {
            throw DomainViolation.of("_form", "review.reviewRules.form", pending);
        }
        if (signing.opinion() == null || signing.opinion().isBlank()) {
            throw DomainViolation.of("opinion", "review.reviewRules.opinion");
        }
        boolean confirmed = findings.stream().anyMatch(f -> f.decision() == Decision.CONFIRMED);
        if (!signing.invokeException()) {
            return confirmed ? Conclusion.NON_COMPLIANT : Conclusion.COMPLIANT;
        }
        if (!confirmed) {
            throw DomainViolation.of("invokeException", "review.reviewRules.invokeException");
        }
        // Art. 12: a listed ground, no less restrictive alternative, and a time limit or end condition.
        if (signing.exceptionGround() == null || signing.exceptionGround().isBlank()) {
            throw DomainViolation.of("exceptionGround", "review.reviewRules.exceptionGround");
        }
        ExceptionGround.valueOf(signing.exceptionGround());
        if (signing.exceptionJustification() == null || signing.exceptionJustification().strip().length() < 10) {
            throw DomainViolation.of("exceptionJustification", "review.reviewRules.exceptionJustification");
        }
        if (signing.exceptionUntil() == null) {
            throw DomainViolation.of("exceptionUntil", "review.reviewRules.exceptionUntil");
        }
        if (!signing.exceptionUntil().isAfter(today)) {
            throw DomainViolation.of("exceptionUntil", "review.reviewRules.exceptionUntil2");
        }
        return Conclusion.EXCEPTION;
    }

    /** Exceptions are always explained to the public (Art. 12); other conclusions when the reviewer chooses. */
    static boolean published(Conclusion conclusion, Signing signing) {
        return conclusion == Conclusion.EXCEPTION || signing.publish();
    }

    /** 003 §35: a document without a review record, or one found non-compliant, is not issued. */
    static void requireIssuable(Record record) {
        if (record == null) {
            throw DomainViolation.of("_form", "review.reviewRules.form2");
        }
        if (record.conclusion() == Conclusion.NON_COMPLIANT) {
            throw DomainViolation.of("_form", "review.reviewRules.form3");
        }
    }
}
