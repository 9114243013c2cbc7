package cn.yingshang.platform;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * User-visible text by key, for code that has no {@link MessageSource} at hand: enum labels, records,
 * notifications and audit steps written from deep inside a use case. The text lives in the module's
 * bundle ({@code i18n/<module>.properties}, the key's first segment names it), never in Java.
 *
 * <p>Inside the running application the context's message source answers (with the request's locale and
 * the citation rendering every message gets); before it exists, or in plain unit tests, the bundle itself
 * does. Numbers are passed as they would have been concatenated (no grouping: years, ids and counts read
 * "2025", not "2,025").
 */
public final class Text {

    private static volatile MessageSource source;

    private Text() {
    }

    /** The text of {@code key} with {@code args} filling its {0}, {1} …. */
    public static String of(String key, Object... args) {
        Object[] plain = plain(args);
        MessageSource messages = source;
        if (messages != null) {
            return messages.getMessage(key, plain, LocaleContextHolder.getLocale());
        }
        String pattern = bundle(key).getString(key);
        return plain.length == 0 ? pattern : new MessageFormat(pattern, Locale.SIMPLIFIED_CHINESE).format(plain);
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

    private static ResourceBundle bundle(String key) {
        ResourceBundle platform = ResourceBundle.getBundle("i18n/messages", Locale.SIMPLIFIED_CHINESE);
        int dot = key.indexOf('.');
        if (platform.containsKey(key) || dot < 0) {
            return platform;
        }
        try {
            return ResourceBundle.getBundle("i18n/" + key.substring(0, dot), Locale.SIMPLIFIED_CHINESE);
        } catch (MissingResourceException e) {
            return platform;
        }
    }

    /** Hands the context's message source to {@link Text} once the context has made it. */
    @Component
    static class Installer {
        Installer(MessageSource messages) {
            source = messages;
        }
    }
}
