package cn.yingshang.legal.internal;

/** Free text typed into a legal form: stripped, at most {@link #MAX_TEXT} characters, refused with the field's key when required and blank. */
final class LegalInput {

    static final int MAX_TEXT = 2000;

    private LegalInput() {
    }

    static String required(LegalMessages messages, String value, String field, String key) {
        String v = optional(messages, value, field);
        if (v == null) {
            throw messages.violation(field, key);
        }
        return v;
    }

    /** Null when blank. */
    static String optional(LegalMessages messages, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_TEXT) {
            throw messages.violation(field, "legal.compliance.tooLong", MAX_TEXT);
        }
        return value.strip();
    }
}
