package cn.yingshang.shared;

/**
 * A value shown to people by a key in the message bundles, so its text is translatable and lives
 * in no Java file. {@code shared} knows no Spring: code holding a {@code MessageSource} resolves
 * {@link #messageKey()} in the reader's language; {@link #label()} reads the Chinese bundle for
 * code that has none at hand (exports, audit text, log-like summaries).
 */
public interface Labelled {

    /** The key of the label, e.g. {@code enterprise-size.SMALL}. */
    String messageKey();

    /** The bundle that holds the key; the platform bundle unless a module keeps its own. */
    default String bundle() {
        return "i18n/messages";
    }

    /** The label in Simplified Chinese. */
    default String label() {
        return ChineseBundle.text(bundle(), messageKey());
    }
}
