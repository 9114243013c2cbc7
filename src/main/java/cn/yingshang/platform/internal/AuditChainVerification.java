package cn.yingshang.platform.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HexFormat;
import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * Checks the SM3 chain over the audit log (migration V1_3 describes it) on a plain JDBC connection,
 * so the office page and the command line ({@link AuditChainVerifier}) run the same code. Reads one
 * consistent snapshot, so a sealer working at the same moment cannot cause a false alarm.
 *
 * <p>Reports the first break in chain order: a chain position missing ({@code CHAIN_GAP}), an entry
 * deleted or altered after it was sealed ({@code ENTRY_DELETED}, {@code ENTRY_ALTERED}), a chain hash
 * that does not follow from its predecessor ({@code CHAIN_ALTERED}), then entries that are in neither
 * the chain nor the sealer's queue or were deleted before sealing ({@code UNSEALED},
 * {@code ENTRY_DELETED}), then daily anchors that no longer match ({@code ANCHOR_MISMATCH}).
 */
public final class AuditChainVerification {

    static final byte[] GENESIS = new byte[32];

    /** The columns {@link #canonical} reads, in its order; timestamps in UTC with microseconds. */
    static final String CANONICAL_COLUMNS = """
            a.id, to_char(a.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), a.actor, a.action,
            a.target_type, a.target_id, a.before::text, a.after::text""";

    public enum Kind { CHAIN_GAP, ENTRY_DELETED, ENTRY_ALTERED, CHAIN_ALTERED, UNSEALED, ANCHOR_MISMATCH }

    /** Where the chain breaks first; {@code seq} 0 when the break is outside the chain (an unsealed entry). */
    public record Break(Kind kind, long seq, long entryId, String description) {
    }

    /** {@code firstBreak} null when intact; {@code headHash} hex of the last chain hash. */
    public record Result(long sealed, long pending, long anchors, long headSeq, String headHash, Break firstBreak) {

        public boolean intact() {
            return firstBreak == null;
        }

        public String summary() {
            return intact()
                    ? "audit chain intact: " + sealed + " entries sealed, " + pending + " waiting to be sealed, "
                            + anchors + " daily anchors match; head seq " + headSeq + " hash " + headHash
                    : "audit chain BROKEN at " + firstBreak.kind() + " (seq " + firstBreak.seq() + ", audit entry "
                            + firstBreak.entryId() + "): " + firstBreak.description();
        }
    }

    private AuditChainVerification() {
    }

    /** SM3 over the entry's fields, each length-prefixed so no two different entries share a text. */
    static byte[] entryHash(ResultSet rs, int first) throws SQLException {
        SM3Digest sm3 = new SM3Digest();
        for (int i = 0; i < 8; i++) {
            String value = rs.getString(first + i);
            byte[] bytes = value == null ? "-".getBytes(StandardCharsets.US_ASCII)
                    : ("+" + value.getBytes(StandardCharsets.UTF_8).length + ":" + value).getBytes(StandardCharsets.UTF_8);
            sm3.update(bytes, 0, bytes.length);
            sm3.update((byte) '\n');
        }
        return finish(sm3);
    }

    static byte[] link(byte[] previous, byte[] entryHash) {
        SM3Digest sm3 = new SM3Digest();
        sm3.update(previous, 0, previous.length);
        sm3.update(entryHash, 0, entryHash.length);
        return finish(sm3);
    }

    private static byte[] finish(SM3Digest sm3) {
        byte[] out = new byte[sm3.getDigestSize()];
        sm3.doFinal(out, 0);
        return out;
    }

    /** Verifies in a read-only repeatable-read transaction of its own on {@code connection}. */
    public static Result verify(Connection connection) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        int isolation = connection.getTransactionIsolation();
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        try {
            try (var st = connection.createStatement()) {
                st.execute("SET TRANSACTION READ ONLY");
            }
            return verifyInSnapshot(connection);
        } finally {
            connection.rollback();
            connection.setTransactionIsolation(isolation);
            connection.setAutoCommit(autoCommit);
        }
    }

    private static Result verifyInSnapshot(Connection c) throws SQLException {
        long sealed = 0;
        byte[] previous = GENESIS;
        Break first = null;
        try (PreparedStatement ps = c.prepareStatement("SELECT c.seq, c.entry_id, c.entry_hash, c.chain_hash, "
                + CANONICAL_COLUMNS + " FROM platform_audit_chain c LEFT JOIN platform_audit_log a ON a.id = c.entry_id ORDER BY c.seq")) {
            ps.setFetchSize(5_000); // streams: the chain may hold many millions of entries
            try (ResultSet rs = ps.executeQuery()) {
                while (first == null && rs.next()) {
                    long seq = rs.getLong(1);
                    long entryId = rs.getLong(2);
                    byte[] storedEntryHash = rs.getBytes(3);
                    byte[] storedChainHash = rs.getBytes(4);
                    if (seq != sealed + 1) {
                        first = new Break(Kind.CHAIN_GAP, sealed + 1, 0,
                                "chain positions " + (sealed + 1) + " to " + (seq - 1) + " were removed");
                    } else if (rs.getObject(5) == null) {
                        first = new Break(Kind.ENTRY_DELETED, seq, entryId, "audit entry " + entryId + " was deleted after it was sealed");
                    } else if (!Arrays.equals(entryHash(rs, 5), storedEntryHash)) {
                        first = new Break(Kind.ENTRY_ALTERED, seq, entryId, "audit entry " + entryId + " was altered after it was sealed");
                    } else if (!Arrays.equals(link(previous, storedEntryHash), storedChainHash)) {
                        first = new Break(Kind.CHAIN_ALTERED, seq, entryId,
                                "chain hash at position " + seq + " does not follow from its predecessor");
                    } else {
                        sealed = seq;
                        previous = storedChainHash;
                    }
                }
            }
        }
        long pending = single(c, "SELECT count(*) FROM platform_audit_pending");
        if (first == null) {
            first = outsideTheChain(c);
        }
        long anchors = 0;
        if (first == null) {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT n.anchored_on, n.seq, n.chain_hash, c.chain_hash FROM platform_audit_anchor n
                    LEFT JOIN platform_audit_chain c ON c.seq = n.seq ORDER BY n.anchored_on""");
                 ResultSet rs = ps.executeQuery()) {
                while (first == null && rs.next()) {
                    long seq = rs.getLong(2);
                    byte[] anchored = rs.getBytes(3);
                    byte[] inChain = seq == 0 ? GENESIS : rs.getBytes(4);
                    if (!Arrays.equals(anchored, inChain)) {
                        first = new Break(Kind.ANCHOR_MISMATCH, seq, 0, "the anchor of " + rs.getString(1)
                                + " does not match chain position " + seq + (inChain == null ? " (removed)" : ""));
                    } else {
                        anchors++;
                    }
                }
            }
        }
        return new Result(sealed, pending, anchors, sealed, HexFormat.of().formatHex(previous), first);
    }

    private static Break outsideTheChain(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT a.id FROM platform_audit_log a
                WHERE NOT EXISTS (SELECT 1 FROM platform_audit_chain c WHERE c.entry_id = a.id)
                  AND NOT EXISTS (SELECT 1 FROM platform_audit_pending p WHERE p.entry_id = a.id)
                ORDER BY a.id LIMIT 1""");
             ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                return new Break(Kind.UNSEALED, 0, rs.getLong(1), "audit entry " + rs.getLong(1)
                        + " is neither sealed nor queued for sealing (written past the log, or its queue entry removed)");
            }
        }
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT p.entry_id FROM platform_audit_pending p
                WHERE NOT EXISTS (SELECT 1 FROM platform_audit_log a WHERE a.id = p.entry_id) ORDER BY p.entry_id LIMIT 1""");
             ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                return new Break(Kind.ENTRY_DELETED, 0, rs.getLong(1), "audit entry " + rs.getLong(1) + " was deleted before it was sealed");
            }
        }
        return null;
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
