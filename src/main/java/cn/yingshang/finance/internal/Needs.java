package cn.yingshang.finance.internal;

import cn.yingshang.shared.ConflictingChange;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Financing needs (融资需求清单) and the banks' answers to them. */
@Repository
class Needs {

    private final JdbcClient jdbc;

    Needs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String creditCode, String entityName, String regionCode, String size, BigDecimal amount, int termMonths,
                String purpose, List<Collateral> collateral, LocalDate statedOn) {
        return jdbc.sql("""
                        INSERT INTO fin_need (credit_code, entity_name, region_code, size, amount, term_months, purpose, collateral, status, stated_on)
                        VALUES (:code, :name, :region, :size, :amount, :term, :purpose, :collateral, 'OPEN', :on) RETURNING id""")
                .param("code", creditCode).param("name", entityName).param("region", regionCode).param("size", size)
                .param("amount", amount).param("term", termMonths).param("purpose", purpose)
                .param("collateral", collateral.stream().map(Enum::name).toArray(String[]::new)).param("on", statedOn)
                .query(Long.class).single();
    }

    Optional<Need> find(long id) {
        return jdbc.sql("SELECT * FROM fin_need WHERE id = :id").param("id", id).query(Needs::need).optional();
    }

    List<Need> ofEntity(String creditCode) {
        return jdbc.sql("SELECT * FROM fin_need WHERE credit_code = :code ORDER BY id DESC").param("code", creditCode)
                .query(Needs::need).list();
    }

    /** Open needs of enterprises that consent to the bank and that the bank has not answered yet. */
    long openForBank(long bankId) {
        return jdbc.sql("""
                        SELECT count(*) FROM fin_need n
                        WHERE n.status = 'OPEN'
                          AND EXISTS (SELECT 1 FROM fin_consent c WHERE c.credit_code = n.credit_code AND c.bank_id = :b
                                      AND c.status = 'ACTIVE')
                          AND NOT EXISTS (SELECT 1 FROM fin_loan l WHERE l.need_id = n.id AND l.bank_id = :b)""")
                .param("b", bankId).query(Long.class).single();
    }

    void markMet(long id, LocalDate on) {
        ConflictingChange.unlessOne(jdbc.sql("UPDATE fin_need SET status = 'MET', met_on = :on WHERE id = :id AND status = 'OPEN'")
                .param("on", on).param("id", id).update());
    }

    // --- outcomes ---

    long insertLoan(Need need, long bankId, Long productId, String outcome, BigDecimal amount, BigDecimal rate, boolean creditLoan,
                    String reason, LocalDate on) {
        return jdbc.sql("""
                        INSERT INTO fin_loan (need_id, bank_id, product_id, credit_code, region_code, size, outcome, amount, rate, credit_loan, reason, decided_on)
                        VALUES (:need, :bank, :product, :code, :region, :size, :outcome, :amount, :rate, :credit, :reason, :on)
                        ON CONFLICT (need_id, bank_id) DO NOTHING RETURNING id""")
                .param("need", need.id()).param("bank", bankId).param("product", productId).param("code", need.creditCode())
                .param("region", need.regionCode()).param("size", need.size()).param("outcome", outcome).param("amount", amount)
                .param("rate", rate).param("credit", creditLoan).param("reason", reason).param("on", on)
                .query(Long.class).optional().orElseThrow(ConflictingChange::duplicate);
    }

    List<Loan> loansOfEntity(String creditCode) {
        return loans("l.credit_code = :key", creditCode);
    }

    List<Loan> loansOfNeed(long needId) {
        return loans("l.need_id = :key", needId);
    }

    private List<Loan> loans(String where, Object key) {
        return jdbc.sql("""
                        SELECT l.*, b.name AS bank_name, p.name AS product_name FROM fin_loan l
                        JOIN fin_bank b ON b.id = l.bank_id LEFT JOIN fin_product p ON p.id = l.product_id
                        WHERE %s ORDER BY l.id""".formatted(where))
                .param("key", key)
                .query((rs, n) -> new Loan(rs.getLong("id"), rs.getLong("need_id"), rs.getLong("bank_id"), rs.getString("bank_name"),
                        (Long) rs.getObject("product_id"), rs.getString("product_name"), rs.getString("credit_code"),
                        rs.getString("outcome"), rs.getBigDecimal("amount"), rs.getBigDecimal("rate"), rs.getBoolean("credit_loan"),
                        rs.getString("reason"), rs.getObject("decided_on", LocalDate.class))).list();
    }

    private static Need need(ResultSet rs, int n) throws SQLException {
        List<Collateral> collateral = new ArrayList<>();
        Arrays.stream((String[]) rs.getArray("collateral").getArray()).map(Collateral::valueOf).forEach(collateral::add);
        return new Need(rs.getLong("id"), rs.getString("credit_code"), rs.getString("entity_name"), rs.getString("region_code"),
                rs.getString("size"), rs.getBigDecimal("amount"), rs.getInt("term_months"), rs.getString("purpose"),
                List.copyOf(collateral), rs.getString("status"), rs.getObject("stated_on", LocalDate.class),
                rs.getObject("met_on", LocalDate.class));
    }
}
