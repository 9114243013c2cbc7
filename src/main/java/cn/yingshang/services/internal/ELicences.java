package cn.yingshang.services.internal;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Issued e-licences. One per granted case: issuing twice returns the first licence's code. */
@Repository
class ELicences {

    /** Crockford base32 without I, L, O, U: read aloud and typed from paper without confusion. */
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    ELicences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** 20 characters = 100 random bits: unguessable, so the public check cannot be used to list licences. */
    static String newCode() {
        StringBuilder s = new StringBuilder("EL");
        for (int i = 0; i < 20; i++) {
            s.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return s.toString();
    }

    String issue(ServiceCase c, Guide guide, LocalDate on) {
        jdbc.sql("""
                        INSERT INTO svc_e_licence (code, case_id, item_code, item_name, department, credit_code, issued_on)
                        VALUES (:code, :case, :itemCode, :itemName, :dept, :credit, :on) ON CONFLICT (case_id) DO NOTHING""")
                .param("code", newCode()).param("case", c.id()).param("itemCode", guide.itemCode())
                .param("itemName", guide.name()).param("dept", c.department()).param("credit", c.creditCode())
                .param("on", on).update();
        return jdbc.sql("SELECT code FROM svc_e_licence WHERE case_id = :case").param("case", c.id()).query(String.class).single();
    }

    Optional<ELicence> byCode(String code) {
        return jdbc.sql("""
                        SELECT code, case_id, item_code, item_name, department, credit_code, issued_on, status, revoked_on
                        FROM svc_e_licence WHERE code = :code""").param("code", code)
                .query((rs, n) -> new ELicence(rs.getString("code"), rs.getLong("case_id"), rs.getString("item_code"),
                        rs.getString("item_name"), rs.getString("department"), rs.getString("credit_code"),
                        rs.getObject("issued_on", LocalDate.class), rs.getString("status"),
                        rs.getObject("revoked_on", LocalDate.class)))
                .optional();
    }

    Optional<String> codeOfCase(long caseId) {
        return jdbc.sql("SELECT code FROM svc_e_licence WHERE case_id = :case").param("case", caseId).query(String.class).optional();
    }

    /** Revokes the case's licence; false when it was not valid. */
    boolean revokeForCase(long caseId, LocalDate on) {
        return jdbc.sql("UPDATE svc_e_licence SET status = 'REVOKED', revoked_on = :on WHERE case_id = :case AND status = 'VALID'")
                .param("case", caseId).param("on", on).update() == 1;
    }
}
