package cn.yingshang.arrears.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The arrears bundle ({@code i18n/arrears.properties}), read in Simplified Chinese: the same file the
 * Spring MessageSource serves to templates, reachable from enums and pure rules that cannot hold a
 * bean. Timeline notes, audit notes and notifications are stored as written, so they are always
 * written in Chinese. Like MessageSource, a pattern is formatted only when it has arguments; numbers
 * are given as they print in Java (no digit grouping), so amounts and years read as before.
 */
final class ArrearsText {

    private ArrearsText() {
    }

    static String text(String key, Object... args) {
        String pattern = ResourceBundle.getBundle("i18n/arrears", Locale.SIMPLIFIED_CHINESE).getString(key);
        if (args.length == 0) {
            return pattern;
        }
        Object[] plain = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            plain[i] = args[i] instanceof Number n ? n.toString() : args[i];
        }
        return new MessageFormat(pattern, Locale.SIMPLIFIED_CHINESE).format(plain);
    }
}
