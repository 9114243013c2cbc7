package cn.yingshang.appeal.internal;

/** 诉求类型. Complaints and reports protect the requester's identity (000 §58, 001 §26). */
enum AppealType {
    CONSULTATION, HELP, SUGGESTION, COMPLAINT, REPORT, PRAISE;

    /** The bundle key of the Chinese name shown to users. */
    public String key() {
        return "appeal.type." + name();
    }

    String label() {
        return AppealText.text(key());
    }

    /** The requester's identity is shown to the office only. */
    boolean confidential() {
        return this == COMPLAINT || this == REPORT;
    }

    static AppealType parse(String value) {
        try {
            return valueOf(value);
        } catch (RuntimeException e) {
            throw cn.yingshang.shared.DomainViolation.of("type", "appeal.violation.type");
        }
    }
}
