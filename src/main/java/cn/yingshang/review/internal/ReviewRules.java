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
            throw new DomainViolation("_form", "尚有 " + pending + " 项疑似问题未确认或排除，不能签署审查记录");
        }
        if (signing.opinion() == null || signing.opinion().isBlank()) {
            throw new DomainViolation("opinion", "请填写审查意见");
        }
        boolean confirmed = findings.stream().anyMatch(f -> f.decision() == Decision.CONFIRMED);
        if (!signing.invokeException()) {
            return confirmed ? Conclusion.NON_COMPLIANT : Conclusion.COMPLIANT;
        }
        if (!confirmed) {
            throw new DomainViolation("invokeException", "没有确认违反审查标准的条款，无需适用例外规定");
        }
        // Art. 12: a listed ground, no less restrictive alternative, and a time limit or end condition.
        if (signing.exceptionGround() == null || signing.exceptionGround().isBlank()) {
            throw new DomainViolation("exceptionGround", "适用例外规定须选择《公平竞争审查条例》第十二条规定的情形");
        }
        ExceptionGround.valueOf(signing.exceptionGround());
        if (signing.exceptionJustification() == null || signing.exceptionJustification().strip().length() < 10) {
            throw new DomainViolation("exceptionJustification", "请说明对实现政策目的不可或缺、且不存在对公平竞争影响更小的替代方案（至少10字）");
        }
        if (signing.exceptionUntil() == null) {
            throw new DomainViolation("exceptionUntil", "适用例外规定须明确实施期限");
        }
        if (!signing.exceptionUntil().isAfter(today)) {
            throw new DomainViolation("exceptionUntil", "实施期限应晚于今天");
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
            throw new DomainViolation("_form", "未经公平竞争审查、没有审查记录的文件不得出台（003 §35）");
        }
        if (record.conclusion() == Conclusion.NON_COMPLIANT) {
            throw new DomainViolation("_form", "审查结论为不符合审查标准，不得出台；请修改后重新提交审查");
        }
    }
}
