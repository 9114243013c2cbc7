package cn.yingshang.platform.internal;

import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seals queued audit entries into the SM3 chain, anchors the head once a day and verifies the whole
 * chain. Why a sealer instead of chaining at insert time: migration V1_3.
 *
 * <p>One node at a time: every sealing or anchoring transaction first takes the same PostgreSQL
 * transaction-level advisory lock and does nothing when another node holds it. The chain's gapless
 * primary key would refuse a second writer anyway.
 */
@Component
class AuditChain {

    static final int BATCH = 5_000;
    /** Advisory lock key of the audit sealer ("audit chain"), unique among the platform's advisory locks. */
    static final long LOCK = 0x5953_4155_4449_5401L;
    private static final ZoneId REGION = ZoneId.of("Asia/Shanghai");

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final TransactionTemplate tx;
    private final Clock clock;

    AuditChain(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * Every few seconds: seal, and anchor the day's head on the first run of each day (Asia/Shanghai),
     * so a day on which every node was down at midnight is still anchored when one comes back.
     */
    @Scheduled(fixedDelayString = "${yingshang.audit.seal-ms:5000}", initialDelay = 5_000)
    void sealScheduled() {
        seal();
        boolean anchored = jdbc.sql("SELECT EXISTS (SELECT 1 FROM platform_audit_anchor WHERE anchored_on = :today)")
                .param("today", LocalDate.now(clock.withZone(REGION))).query(Boolean.class).single();
        if (!anchored) {
            anchorToday();
        }
    }

    /** Seals every committed queued entry; returns how many, or -1 when another node is sealing. */
    int seal() {
        int total = 0;
        while (true) {
            Integer sealed = tx.execute(status -> sealBatch());
            if (sealed == null || sealed < 0) {
                return total == 0 ? -1 : total;
            }
            total += sealed;
            if (sealed < BATCH) {
                return total;
            }
        }
    }

    private record Head(long seq, byte[] hash) {
    }

    private Integer sealBatch() {
        if (!jdbc.sql("SELECT pg_try_advisory_xact_lock(:lock)").param("lock", LOCK).query(Boolean.class).single()) {
            return -1;
        }
        Head head = head();
        List<Long> ids = new ArrayList<>();
        List<byte[]> entryHashes = new ArrayList<>();
        // queued ids whose entry is visible: committed; entries still being written stay queued for the next run
        jdbc.sql("SELECT " + AuditChainVerification.CANONICAL_COLUMNS + """
                         FROM platform_audit_pending p JOIN platform_audit_log a ON a.id = p.entry_id
                        ORDER BY p.entry_id LIMIT :batch""")
                .param("batch", BATCH)
                .query(rs -> {
                    ids.add(rs.getLong(1));
                    entryHashes.add(AuditChainVerification.entryHash(rs, 1));
                });
        if (ids.isEmpty()) {
            return 0;
        }
        int n = ids.size();
        Long[] seqs = new Long[n];
        byte[][] chainHashes = new byte[n][];
        byte[] previous = head.hash();
        for (int i = 0; i < n; i++) {
            seqs[i] = head.seq() + i + 1;
            previous = AuditChainVerification.link(previous, entryHashes.get(i));
            chainHashes[i] = previous;
        }
        jdbc.sql("""
                        INSERT INTO platform_audit_chain (seq, entry_id, entry_hash, chain_hash, sealed_at)
                        SELECT s, e, eh, ch, :at FROM unnest(:seqs::bigint[], :ids::bigint[], :entryHashes::bytea[], :chainHashes::bytea[])
                          AS t (s, e, eh, ch)""")
                .param("seqs", seqs).param("ids", ids.toArray(Long[]::new))
                .param("entryHashes", entryHashes.toArray(byte[][]::new)).param("chainHashes", chainHashes)
                .param("at", OffsetDateTime.now(clock))
                .update();
        jdbc.sql("DELETE FROM platform_audit_pending WHERE entry_id = ANY(:ids::bigint[])").param("ids", ids.toArray(Long[]::new)).update();
        return n;
    }

    private Head head() {
        return jdbc.sql("SELECT seq, chain_hash FROM platform_audit_chain ORDER BY seq DESC LIMIT 1")
                .query((rs, i) -> new Head(rs.getLong(1), rs.getBytes(2))).optional()
                .orElse(new Head(0, AuditChainVerification.GENESIS));
    }

    /** Seals what is queued, then records today's head as the day's anchor (once a day; later calls keep the first). */
    boolean anchorToday() {
        seal();
        Boolean done = tx.execute(status -> {
            if (!jdbc.sql("SELECT pg_try_advisory_xact_lock(:lock)").param("lock", LOCK).query(Boolean.class).single()) {
                return false;
            }
            Head head = head();
            return jdbc.sql("""
                            INSERT INTO platform_audit_anchor (anchored_on, seq, chain_hash, anchored_at) VALUES (:on, :seq, :hash, :at)
                            ON CONFLICT (anchored_on) DO NOTHING""")
                    .param("on", LocalDate.now(clock.withZone(REGION))).param("seq", head.seq()).param("hash", head.hash())
                    .param("at", OffsetDateTime.now(clock)).update() == 1;
        });
        return Boolean.TRUE.equals(done);
    }

    record Anchor(LocalDate on, long seq, String hash, OffsetDateTime at) {
    }

    List<Anchor> anchors(int limit) {
        return jdbc.sql("SELECT anchored_on, seq, encode(chain_hash, 'hex'), anchored_at FROM platform_audit_anchor "
                        + "ORDER BY anchored_on DESC LIMIT :limit")
                .param("limit", limit)
                .query((rs, i) -> new Anchor(rs.getObject(1, LocalDate.class), rs.getLong(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class)))
                .list();
    }

    /** Seals what is waiting, then verifies everything from the first entry. */
    AuditChainVerification.Result sealAndVerify() {
        seal();
        var connection = DataSourceUtils.getConnection(dataSource);
        try {
            return AuditChainVerification.verify(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("audit chain verification failed to read the database: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
