package cn.yingshang.services.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Signed promises, their post-checks, and the post-check share officials set. */
@Repository
class Promises {

    record Promise(long caseId, String statement, String postCheck, String finding, Long creditRecordId) {
    }

    private final JdbcClient jdbc;

    Promises(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int postCheckPercent() {
        return Integer.parseInt(jdbc.sql("SELECT value FROM svc_setting WHERE key = 'promise.post_check_percent'")
                .query(String.class).single());
    }

    void setPostCheckPercent(int percent) {
        jdbc.sql("UPDATE svc_setting SET value = :v WHERE key = 'promise.post_check_percent'")
                .param("v", Integer.toString(percent)).update();
    }

    boolean sign(long caseId, String statement, Instant at, boolean drawn) {
        return jdbc.sql("""
                        INSERT INTO svc_promise (case_id, statement, signed_at, post_check)
                        VALUES (:id, :statement, :at, :check) ON CONFLICT (case_id) DO NOTHING""")
                .param("id", caseId).param("statement", statement).param("at", at.atOffset(ZoneOffset.UTC))
                .param("check", drawn ? "PENDING" : "NOT_DRAWN").update() == 1;
    }

    Optional<Promise> find(long caseId) {
        return jdbc.sql("SELECT case_id, statement, post_check, finding, credit_record_id FROM svc_promise WHERE case_id = :id")
                .param("id", caseId)
                .query((rs, n) -> new Promise(rs.getLong("case_id"), rs.getString("statement"), rs.getString("post_check"),
                        rs.getString("finding"), (Long) rs.getObject("credit_record_id")))
                .optional();
    }

    /** Records the post-check result; false when the check was not pending. */
    boolean recordCheck(long caseId, boolean truthful, LocalDate on, String finding) {
        return jdbc.sql("""
                        UPDATE svc_promise SET post_check = :result, checked_on = :on, finding = :finding
                        WHERE case_id = :id AND post_check = 'PENDING'""")
                .param("result", truthful ? "TRUTHFUL" : "FALSE").param("on", on).param("finding", finding)
                .param("id", caseId).update() == 1;
    }

    void linkCreditRecord(long caseId, long creditRecordId) {
        jdbc.sql("UPDATE svc_promise SET credit_record_id = :r WHERE case_id = :id").param("r", creditRecordId)
                .param("id", caseId).update();
    }
}
