package cn.yingshang.appeal.internal;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-encrypts requester identities that are not yet under the current key (an older key id, or the
 * unauthenticated format of earlier versions) in batches of {@value #BATCH} appeals, each batch in its
 * own short transaction so intake never waits long on a locked row. After a rotation has run to
 * completion the old key can be removed from the configuration.
 *
 * <p>One node at a time: each batch first takes a PostgreSQL transaction-level advisory lock and
 * gives up when another node holds it; the update is guarded on the old cipher text, so even two
 * runs could not overwrite each other.
 */
@Component
class IdentityKeyRotation {

    private static final Logger log = LoggerFactory.getLogger(IdentityKeyRotation.class);
    static final int BATCH = 500;
    /** Advisory lock key of this job ("appeal identity rotation"), unique among the platform's advisory locks. */
    static final long LOCK = 0x5953_4944_524f_5401L;

    private final JdbcClient jdbc;
    private final IdentityCipher cipher;
    private final TransactionTemplate tx;

    IdentityKeyRotation(JdbcClient jdbc, IdentityCipher cipher, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.tx = new TransactionTemplate(transactions);
    }

    @Scheduled(fixedDelayString = "${yingshang.appeal.identity-rotation-ms:600000}", initialDelay = 90_000)
    void rotateScheduled() {
        Result result = rotateAll();
        if (result.rotated() > 0) {
            log.info("Re-encrypted {} requester identities under key {}", result.rotated(), cipher.currentKeyId());
        }
    }

    record Result(int rotated, boolean complete) {
    }

    private record Row(long id, byte[] name, byte[] phone, byte[] code) {
    }

    private record Batch(int rotated, long lastId, boolean more) {
    }

    /** Rotates every outstanding row; {@code complete} is false when another node holds the job. */
    Result rotateAll() {
        int total = 0;
        long after = 0;
        while (true) {
            long from = after;
            Batch batch = tx.execute(status -> rotateBatch(from));
            if (batch == null) {
                return new Result(total, false);
            }
            total += batch.rotated();
            if (!batch.more()) {
                return new Result(total, true);
            }
            after = batch.lastId();
        }
    }

    private Batch rotateBatch(long after) {
        if (!jdbc.sql("SELECT pg_try_advisory_xact_lock(:lock)").param("lock", LOCK).query(Boolean.class).single()) {
            return null;
        }
        byte[] header = cipher.currentHeader();
        List<Row> rows = jdbc.sql("""
                        SELECT id, requester_name_enc, requester_phone_enc, requester_code_enc FROM appeal
                        WHERE id > :after
                          AND (substring(requester_name_enc FROM 1 FOR :n) <> :header
                            OR substring(requester_phone_enc FROM 1 FOR :n) <> :header
                            OR substring(requester_code_enc FROM 1 FOR :n) <> :header)
                        ORDER BY id LIMIT :batch FOR UPDATE""")
                .param("after", after).param("n", header.length).param("header", header).param("batch", BATCH)
                .query((rs, i) -> new Row(rs.getLong(1), rs.getBytes(2), rs.getBytes(3), rs.getBytes(4)))
                .list();
        int rotated = 0;
        for (Row row : rows) {
            byte[] name;
            byte[] phone;
            byte[] code;
            try {
                name = reencrypt(row.name());
                phone = reencrypt(row.phone());
                code = reencrypt(row.code());
            } catch (IllegalStateException unreadable) {
                // a key that is no longer configured, or an altered value: leave the row, report it, go on with the rest
                log.warn("Appeal {}: requester identity not re-encrypted: {}", row.id(), unreadable.getMessage());
                continue;
            }
            rotated += jdbc.sql("""
                            UPDATE appeal SET requester_name_enc = :name, requester_phone_enc = :phone, requester_code_enc = :code
                            WHERE id = :id AND requester_name_enc IS NOT DISTINCT FROM :oldName
                              AND requester_phone_enc IS NOT DISTINCT FROM :oldPhone AND requester_code_enc IS NOT DISTINCT FROM :oldCode""")
                    .param("name", name).param("phone", phone).param("code", code)
                    .param("id", row.id()).param("oldName", row.name()).param("oldPhone", row.phone()).param("oldCode", row.code())
                    .update();
        }
        long last = rows.isEmpty() ? after : rows.getLast().id();
        return new Batch(rotated, last, rows.size() == BATCH);
    }

    private byte[] reencrypt(byte[] stored) {
        return stored == null || cipher.isCurrent(stored) ? stored : cipher.encrypt(cipher.decrypt(stored));
    }
}
