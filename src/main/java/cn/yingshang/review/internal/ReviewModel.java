package cn.yingshang.review.internal;

import cn.yingshang.platform.Text;
import cn.yingshang.review.ReviewGroup;
import java.time.Instant;
import java.time.LocalDate;

/** The review's states and records. Labels are what the pages show. */
public final class ReviewModel {

    private ReviewModel() {
    }

    public enum DocumentKind {
        POLICY("review.documentKind.POLICY"), RULE("review.documentKind.RULE"), TENDER("review.documentKind.TENDER");

        private final String key;

        DocumentKind(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        /** The label in the request's language. */
        public String label() {
            return Text.of(key);
        }
    }

    public enum DocumentStatus {
        UNDER_REVIEW("review.documentStatus.UNDER_REVIEW"), REVIEWED("review.documentStatus.REVIEWED"), ISSUED("review.documentStatus.ISSUED");

        private final String key;

        DocumentStatus(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        /** The label in the request's language. */
        public String label() {
            return Text.of(key);
        }
    }

    public enum Decision {
        PENDING("review.decision.PENDING"), CONFIRMED("review.decision.CONFIRMED"), DISMISSED("review.decision.DISMISSED");

        private final String key;

        Decision(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        /** The label in the request's language. */
        public String label() {
            return Text.of(key);
        }
    }

    public enum Conclusion {
        COMPLIANT("review.conclusion.COMPLIANT"),
        EXCEPTION("review.conclusion.EXCEPTION"),
        NON_COMPLIANT("review.conclusion.NON_COMPLIANT");

        private final String key;

        Conclusion(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        /** The label in the request's language. */
        public String label() {
            return Text.of(key);
        }
    }

    /** 公平竞争审查条例 Art. 12. */
    public enum ExceptionGround {
        NATIONAL_SECURITY("review.exceptionGround.NATIONAL_SECURITY"),
        INNOVATION("review.exceptionGround.INNOVATION"),
        PUBLIC_INTEREST("review.exceptionGround.PUBLIC_INTEREST"),
        OTHER_BY_LAW("review.exceptionGround.OTHER_BY_LAW");

        private final String key;

        ExceptionGround(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        /** The label in the request's language. */
        public String label() {
            return Text.of(key);
        }
    }

    public record Draft(long id, String title, DocumentKind kind, DocumentStatus status, String submittedBy, Instant submittedAt,
                 String sourceFilename, String body, Instant issuedAt, Long departmentId) {
    }

    public record Finding(long id, int seq, ReviewGroup group, String standardCode, String standard, String clause, String reason,
                   String article, Decision decision, String decisionNote, String decidedBy) {
    }

    public record Record(long documentId, Conclusion conclusion, String opinion, ExceptionGround exceptionGround,
                  String exceptionJustification, LocalDate exceptionUntil, boolean published, String signedBy,
                  String signedName, Instant signedAt) {
    }

    /** What the reviewer enters when signing. */
    public record Signing(String opinion, boolean invokeException, String exceptionGround, String exceptionJustification,
                   LocalDate exceptionUntil, boolean publish) {
    }
}
