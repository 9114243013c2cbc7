package cn.yingshang.appeal.internal;

/** 诉求类型. Complaints and reports protect the requester's identity (000 §58, 001 §26). */
enum AppealType {
    CONSULTATION("咨询"), HELP("求助"), SUGGESTION("建议"), COMPLAINT("投诉"), REPORT("举报"), PRAISE("表扬");

    private final String label;

    AppealType(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    /** The requester's identity is shown to the office only. */
    boolean confidential() {
        return this == COMPLAINT || this == REPORT;
    }

    static AppealType parse(String value) {
        try {
            return valueOf(value);
        } catch (RuntimeException e) {
            throw new cn.yingshang.shared.DomainViolation("type", "请选择诉求类型");
        }
    }
}
