package cn.yingshang.platform;

/** Every write is recorded: who, when, what, and the state before and after. */
public interface AuditLog {

    /**
     * @param before the state before the change (any JSON-serialisable value), null for a creation
     * @param after  the state after the change, null for a deletion
     */
    void record(String action, String targetType, String targetId, Object before, Object after);
}
