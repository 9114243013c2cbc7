package cn.yingshang.finance.internal;

import cn.yingshang.shared.ConflictingChange;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which enterprise has consented to which bank seeing its credit profile. */
@Repository
class Consents {

    private final JdbcClient jdbc;

    Consents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long grant(String creditCode, long bankId, Instant at) {
        try {
            return jdbc.sql("""
                            INSERT INTO fin_consent (credit_code, bank_id, status, granted_at) VALUES (:code, :bank, 'ACTIVE', :at)
                            RETURNING id""")
                    .param("code", creditCode).param("bank", bankId).param("at", OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC))
                    .query(Long.class).single();
        } catch (DuplicateKeyException e) {
            throw ConflictingChange.duplicate();
        }
    }

    void withdraw(long id, String creditCode, Instant at) {
        ConflictingChange.unlessOne(jdbc.sql("""
                        UPDATE fin_consent SET status = 'WITHDRAWN', withdrawn_at = :at
                        WHERE id = :id AND credit_code = :code AND status = 'ACTIVE'""")
                .param("at", OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC)).param("id", id).param("code", creditCode).update());
    }

    boolean active(String creditCode, long bankId) {
        return jdbc.sql("SELECT count(*) FROM fin_consent WHERE credit_code = :code AND bank_id = :bank AND status = 'ACTIVE'")
                .param("code", creditCode).param("bank", bankId).query(Long.class).single() > 0;
    }

    Optional<Consent> find(long id) {
        return jdbc.sql("SELECT c.*, b.name AS bank_name FROM fin_consent c JOIN fin_bank b ON b.id = c.bank_id WHERE c.id = :id")
                .param("id", id).query(Consents::consent).optional();
    }

    List<Consent> ofEntity(String creditCode) {
        return jdbc.sql("""
                        SELECT c.*, b.name AS bank_name FROM fin_consent c JOIN fin_bank b ON b.id = c.bank_id
                        WHERE c.credit_code = :code ORDER BY c.id DESC""")
                .param("code", creditCode).query(Consents::consent).list();
    }

    /** The enterprises that currently consent to the bank, newest consent first. */
    List<Consent> toBank(long bankId) {
        return jdbc.sql("""
                        SELECT c.*, b.name AS bank_name FROM fin_consent c JOIN fin_bank b ON b.id = c.bank_id
                        WHERE c.bank_id = :bank AND c.status = 'ACTIVE' ORDER BY c.granted_at DESC""")
                .param("bank", bankId).query(Consents::consent).list();
    }

    private static Consent consent(ResultSet rs, int n) throws SQLException {
        OffsetDateTime withdrawn = rs.getObject("withdrawn_at", OffsetDateTime.class);
        return new Consent(rs.getLong("id"), rs.getString("credit_code"), rs.getLong("bank_id"), rs.getString("bank_name"),
                rs.getString("status"), rs.getObject("granted_at", OffsetDateTime.class).toInstant(),
                withdrawn == null ? null : withdrawn.toInstant());
    }
}
