package cn.yingshang.services.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Cases raised at the 办不成事 window, one per case, with the appeal they became. */
@Repository
class HardCases {

    record HardCase(long caseId, String creditCode, String problem, String trackingNumber, String publicCode) {
    }

    private final JdbcClient jdbc;

    HardCases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims the case for raising; false when it was raised before (a concurrent claim waits for the first to commit). */
    boolean claim(long caseId, String creditCode, String problem, Instant at) {
        return jdbc.sql("""
                        INSERT INTO svc_hard_case (case_id, credit_code, problem, raised_at) VALUES (:case, :credit, :problem, :at)
                        ON CONFLICT (case_id) DO NOTHING""")
                .param("case", caseId).param("credit", creditCode).param("problem", problem)
                .param("at", at.atOffset(ZoneOffset.UTC)).update() == 1;
    }

    void appealed(long caseId, String trackingNumber, String publicCode) {
        jdbc.sql("UPDATE svc_hard_case SET tracking_number = :t, public_code = :p WHERE case_id = :case AND tracking_number IS NULL")
                .param("t", trackingNumber).param("p", publicCode).param("case", caseId).update();
    }

    Optional<HardCase> find(long caseId) {
        return jdbc.sql("SELECT case_id, credit_code, problem, tracking_number, public_code FROM svc_hard_case WHERE case_id = :case")
                .param("case", caseId).query((rs, n) -> new HardCase(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5))).optional();
    }
}
