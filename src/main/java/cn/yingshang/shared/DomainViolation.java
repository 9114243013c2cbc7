package cn.yingshang.shared;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A business rule refused an input or an action. Made by {@link #of}, it carries a message key and
 * its arguments, so the page or the API resolves it in the reader's language (Chinese or Uyghur)
 * through the message source; {@link #getMessage()} stays the Chinese text, for logs and for callers
 * that show it as it stands (form field error, or the {@code detail} of a problem+json).
 */
public class DomainViolation extends RuntimeException {

    /**
     * Where {@link #of} looks for the Chinese text of a key: the platform bundle first, then the
     * module bundles (the same list as {@code spring.messages.basename}; a key lives in one of them).
     */
    private static final List<String> BUNDLES = List.of("i18n/messages", "i18n/reference", "i18n/registry", "i18n/appeal",
            "i18n/policy", "i18n/credit", "i18n/inspection", "i18n/arrears", "i18n/catalogue", "i18n/review", "i18n/cockpit",
            "i18n/services", "i18n/legal", "i18n/publication", "i18n/projects", "i18n/finance");

    /** The base bundle is the Chinese one; never the JVM's default locale (which could be Uyghur). */
    private static final ResourceBundle.Control BASE_ONLY =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private static final Object[] NO_ARGS = {};

    private final String field;
    private final String key;
    private final Object[] args;

    public DomainViolation(String message) {
        this(null, message);
    }

    public DomainViolation(String field, String message) {
        this(field, message, null, NO_ARGS);
    }

    private DomainViolation(String field, String message, String key, Object[] args) {
        super(message);
        this.field = field;
        this.key = key;
        this.args = args;
    }

    /**
     * A violation whose message lives in a bundle ({@code i18n/messages.properties} or a module's), so
     * no user-visible text is written in Java; {@code args} fill its {0}, {1} ….
     */
    public static DomainViolation of(String field, String key, Object... args) {
        Object[] values = args == null ? NO_ARGS : args.clone();
        return new DomainViolation(field, new MessageFormat(chinese(key), Locale.SIMPLIFIED_CHINESE).format(values), key, values);
    }

    private static String chinese(String key) {
        for (String bundle : BUNDLES) {
            try {
                ResourceBundle texts = ResourceBundle.getBundle(bundle, Locale.ROOT, BASE_ONLY);
                if (texts.containsKey(key)) {
                    return texts.getString(key);
                }
            } catch (MissingResourceException absent) {
                // a module without a bundle of its own
            }
        }
        throw new MissingResourceException("no message for " + key, DomainViolation.class.getName(), key);
    }

    /** The input field the violation belongs to, or null when it concerns the whole request. */
    public String field() {
        return field;
    }

    /** The message key, or null for a violation made with its text (which then shows as it stands). */
    public String key() {
        return key;
    }

    /** The arguments of {@link #key()}; empty when there are none. */
    public Object[] args() {
        return args.clone();
    }
}
