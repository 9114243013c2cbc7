package cn.yingshang.shared;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Someone else changed the same record first (a lost race on a status-guarded update, or a
 * second record where the domain allows one): the API answers 409, a page shows the message.
 */
public class ConflictingChange extends DomainViolation {

    /** A status-guarded update found the record no longer in the state the action starts from. */
    public ConflictingChange() {
        this(text("conflict.changed"));
    }

    public ConflictingChange(String message) {
        super(message);
    }

    /** The "one per …" rule: the record exists already. */
    public static ConflictingChange duplicate() {
        return new ConflictingChange(text("conflict.duplicate"));
    }

    /** Throws unless exactly one row moved from the expected state; the update count is the guard. */
    public static void unlessOne(int updated) {
        if (updated != 1) {
            throw new ConflictingChange();
        }
    }

    private static String text(String key) {
        return ResourceBundle.getBundle("i18n/messages", Locale.SIMPLIFIED_CHINESE).getString(key);
    }
}
