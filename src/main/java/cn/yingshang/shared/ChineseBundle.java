package cn.yingshang.shared;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Reads a Simplified Chinese text from a message bundle without Spring, for the value objects of
 * {@code shared} and for code that must produce Chinese regardless of the reader (stored texts).
 */
public final class ChineseBundle {

    private ChineseBundle() {
    }

    /** The text under {@code key} in {@code bundle} (e.g. {@code i18n/messages}), its {0}, {1} … filled. */
    public static String text(String bundle, String key, Object... args) {
        String pattern = ResourceBundle.getBundle(bundle, Locale.SIMPLIFIED_CHINESE).getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.SIMPLIFIED_CHINESE).format(args);
    }
}
