package cn.yingshang.appeal.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The appeal bundle ({@code i18n/appeal.properties}), read in Simplified Chinese: the same file the
 * Spring MessageSource serves to templates, reachable from enums and pure rules that cannot hold a
 * bean. Timeline notes, audit notes and notifications are stored as written, so they are always
 * written in Chinese. Like MessageSource, a pattern is formatted only when it has arguments.
 */
final class AppealText {

    private AppealText() {
    }

    static String text(String key, Object... args) {
        String pattern = ResourceBundle.getBundle("i18n/appeal", Locale.SIMPLIFIED_CHINESE).getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.SIMPLIFIED_CHINESE).format(args);
    }
}
