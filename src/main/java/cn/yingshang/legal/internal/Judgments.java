package cn.yingshang.legal.internal;

import cn.yingshang.shared.ConflictingChange;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Where judgments under enforcement are kept; each change is guarded by the status it starts from. */
@Component
class Judgments {

    private final JdbcClient jdbc;

    Judgments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long court, String caseNumber, String creditor, String debtorCode, String debtorName, String debtorKind,
                BigDecimal amount, LocalDate judgedOn, String creditorCode) {
        return jdbc.sql("""
                        INSERT INTO legal_judgment (court_id, case_number, creditor_name, debtor_credit_code, debtor_name, debtor_kind,
                          amount, judged_on, status, creditor_credit_code)
                        VALUES (:court, :caseNumber, :creditor, :code, :name, :kind, :amount, :judgedOn, 'UNPERFORMED', :creditorCode)
                        ON CONFLICT (court_id, case_number) DO UPDATE SET case_number = EXCLUDED.case_number
                        RETURNING id""")
                .param("court", court).param("caseNumber", caseNumber).param("creditor", creditor).param("code", debtorCode)
                .param("name", debtorName).param("kind", debtorKind).param("amount", amount).param("judgedOn", judgedOn)
                .param("creditorCode", creditorCode).query(Long.class).single();
    }

    Optional<Judgment> find(long id) {
        return jdbc.sql("SELECT * FROM legal_judgment WHERE id = :id").param("id", id).query(Judgments::row).optional();
    }

    private static final LegalLists.Spec LIST = new LegalLists.Spec("legal_judgment", "court_id = :court",
            List.of("case_number", "debtor_name", "creditor_name"),
            java.util.Map.of("judgedOn", "judged_on", "amount", "amount", "status", "status"), "status = 'PERFORMED', id DESC");

    cn.yingshang.platform.PageOf<Judgment> page(long court, String search, cn.yingshang.platform.ListPage page) {
        return LegalLists.page(jdbc, LIST, java.util.Map.of("court", court), search, page, Judgments::row);
    }

    void listed(long id, LocalDate on) {
        if (jdbc.sql("UPDATE legal_judgment SET status = 'DEFAULTER_LISTED', listed_on = :on WHERE id = :id AND status = 'UNPERFORMED'")
                .param("id", id).param("on", on).update() != 1) {
            throw new ConflictingChange();
        }
    }

    void performed(long id, LocalDate on, LocalDate repairedOn) {
        if (jdbc.sql("""
                        UPDATE legal_judgment SET status = 'PERFORMED', performed_on = :on, repaired_on = :repaired
                        WHERE id = :id AND status IN ('UNPERFORMED', 'DEFAULTER_LISTED')""")
                .param("id", id).param("on", on).param("repaired", repairedOn).update() != 1) {
            throw new ConflictingChange();
        }
    }

    private static Judgment row(ResultSet rs, int n) throws SQLException {
        return new Judgment(rs.getLong("id"), rs.getLong("court_id"), rs.getString("case_number"), rs.getString("creditor_name"),
                rs.getString("debtor_credit_code"), rs.getString("debtor_name"), rs.getString("debtor_kind"), rs.getBigDecimal("amount"),
                CourtCases.date(rs, "judged_on"), rs.getString("status"), CourtCases.date(rs, "listed_on"),
                CourtCases.date(rs, "performed_on"), CourtCases.date(rs, "repaired_on"), rs.getString("creditor_credit_code"));
    }
}
