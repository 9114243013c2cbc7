package cn.yingshang.platform;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * User-visible text by key, for code that has no {@link org.springframework.context.MessageSource} at
 * hand: enum labels, records, notifications and audit steps written from deep inside a use case. The text
 * lives in the module's bundle ({@code i18n/<module>.properties}, the key's first segment names it; platform
 * keys in {@code i18n/messages.properties}), never in Java.
 *
 * <p>It reads the same bundles the context's message source is built from (spring.messages.basename), in
 * the request's locale with the Chinese base as fallback, and formats like it (no MessageFormat pass when
 * there are no arguments), but holds no reference to the context: the result is the same in a unit test, at
 * start-up and in a request, and, like {@code DomainViolation.of}, leaves seed citations in their internal
 * form for the page's {@code #cite} to render. Numbers are passed as they would have been concatenated (no
 * grouping: years, ids and counts read "2025", not "2,025").
 */
public final class Text {

    private static final ResourceBundle.Control NO_SYSTEM_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Text() {
    }

    /** The text of {@code key} with {@code args} filling its {0}, {1} …. */
    public static String of(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        Object[] plain = plain(args);
        String pattern = bundle(key, locale).getString(key);
        return plain.length == 0 ? pattern : new MessageFormat(pattern, locale).format(plain);
    }
    /** Joins items with the list separator of the platform bundle ("、"). */
    public static String list(Iterable<?> items) {
        StringBuilder out = new StringBuilder();
        String separator = of("platform.list.separator");
        for (Object item : items) {
            if (!out.isEmpty()) {
                out.append(separator);
            }
            out.append(item);
        }
        return out.toString();
    }

    private static Object[] plain(Object[] args) {
        Object[] out = args == null ? new Object[0] : args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof Number n) {
                out[i] = String.valueOf(n);
            }
        }
        return out;
    }

    private static ResourceBundle bundle(String key, Locale locale) {
        ResourceBundle platform = ResourceBundle.getBundle("i18n/messages", locale, NO_SYSTEM_LOCALE);
        int dot = key.indexOf('.');
        if (platform.containsKey(key) || dot < 0) {
            return platform;
        }
        try {
            return ResourceBundle.getBundle("i18n/" + key.substring(0, dot), locale, NO_SYSTEM_LOCALE);
        } catch (MissingResourceException e) {
            return platform;
        }
    }
}
