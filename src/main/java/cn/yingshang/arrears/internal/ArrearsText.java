package cn.yingshang.arrears.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The arrears bundle ({@code i18n/arrears.properties}), read in Simplified Chinese: the same file the
 * Spring MessageSource serves to templates, reachable from enums and pure rules that cannot hold a
 * bean. Timeline notes, audit notes and notifications are stored as written, so they are always
 * written in Chinese. Like MessageSource, a pattern is formatted only when it has arguments.
 */
final class ArrearsText {

    private ArrearsText() {
    }

    static String text(String key, Object... args) {
        String pattern = ResourceBundle.getBundle("i18n/arrears", Locale.SIMPLIFIED_CHINESE).getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.SIMPLIFIED_CHINESE).format(args);
    }
}
