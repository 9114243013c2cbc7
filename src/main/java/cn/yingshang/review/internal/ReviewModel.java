package cn.yingshang.review.internal;

import cn.yingshang.review.ReviewGroup;
import java.time.Instant;
import java.time.LocalDate;

/** The review's states and records. Labels are what the pages show. */
public final class ReviewModel {

    private ReviewModel() {
    }

    public enum DocumentKind {
        POLICY("政策措施"), RULE("规范性文件"), TENDER("招标采购文件");

        private final String label;

        DocumentKind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum DocumentStatus {
        UNDER_REVIEW("审查中"), REVIEWED("已审查"), ISSUED("已出台");

        private final String label;

        DocumentStatus(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Decision {
        PENDING("待确认"), CONFIRMED("确认违反"), DISMISSED("排除");

        private final String label;

        Decision(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Conclusion {
        COMPLIANT("符合审查标准，可以出台"),
        EXCEPTION("适用例外规定，可以出台"),
        NON_COMPLIANT("不符合审查标准，不得出台，应修改后重新审查");

        private final String label;

        Conclusion(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** 公平竞争审查条例 Art. 12. */
    public enum ExceptionGround {
        NATIONAL_SECURITY("维护国家安全和发展利益"),
        INNOVATION("促进科学技术进步、增强国家自主创新能力"),
        PUBLIC_INTEREST("实现节约能源资源、保护生态环境、维护公共卫生健康安全、救灾救助等社会公共利益"),
        OTHER_BY_LAW("法律、行政法规规定的其他情形");

        private final String label;

        ExceptionGround(String label) {
            this.label = label;
        }

        public String label() {
            return label;
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
