package cn.yingshang.shared;

/**
 * A business rule refused an input or an action. The message is in Simplified Chinese and is
 * shown to the user as it stands (form field error, or the {@code detail} of a problem+json).
 */
public class DomainViolation extends RuntimeException {

    private final String field;

    public DomainViolation(String message) {
        this(null, message);
    }

    public DomainViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    /**
     * A violation whose message lives in the platform bundle ({@code i18n/messages.properties}), so
     * no user-visible text is written in Java; {@code args} fill its {0}, {1} ….
     */
    public static DomainViolation of(String field, String key, Object... args) {
        String pattern = bundle(key).getString(key);
        return new DomainViolation(field, new java.text.MessageFormat(pattern, java.util.Locale.SIMPLIFIED_CHINESE).format(args));
    }

    /** The platform bundle, or the module bundle the key's first segment names ({@code credit.…} → i18n/credit). */
    private static java.util.ResourceBundle bundle(String key) {
        java.util.ResourceBundle platform = java.util.ResourceBundle.getBundle("i18n/messages", java.util.Locale.SIMPLIFIED_CHINESE);
        int dot = key.indexOf('.');
        if (platform.containsKey(key) || dot < 0) {
            return platform;
        }
        return java.util.ResourceBundle.getBundle("i18n/" + key.substring(0, dot), java.util.Locale.SIMPLIFIED_CHINESE);
    }

    /** The input field the violation belongs to, or null when it concerns the whole request. */
    public String field() {
        return field;
    }
}
