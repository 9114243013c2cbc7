package cn.yingshang.platform;

import java.util.List;
import org.springframework.security.core.context.SecurityContextHolder;

/** Every write is recorded: who, when, what, and the state before and after. */
public interface AuditLog {

    /**
     * @param before the state before the change (any JSON-serialisable value), null for a creation
     * @param after  the state after the change, null for a deletion
     */
    void record(String action, String targetType, String targetId, Object before, Object after);

    /**
     * One audit entry whose actor was fixed when the change was asked for, so that entries can be
     * written later together, on another thread (group commit), still naming the right person.
     */
    record Entry(String actor, String action, String targetType, String targetId, Object before, Object after) {

        /** An entry for the user signed in on the calling thread ("system" when there is none). */
        public static Entry byCurrentActor(String action, String targetType, String targetId, Object before, Object after) {
            return new Entry(currentActor(), action, targetType, targetId, before, after);
        }
    }

    /** Writes many entries in the caller's transaction with one statement. */
    void recordAll(List<Entry> entries);

    /** Who acts on this thread: the signed-in user's name, the authentication's name, or "system". */
    static String currentActor() {
        return SignedInUser.current().map(SignedInUser::username)
                .orElseGet(() -> {
                    var auth = SecurityContextHolder.getContext().getAuthentication();
                    return auth == null ? "system" : auth.getName();
                });
    }
}
