package cn.yingshang.finance.internal;

import cn.yingshang.shared.CreditRiskClass;
import cn.yingshang.shared.EnterpriseSize;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The bank directory, which bank each bank account acts for, and the banks' loan products. */
@Repository
class Banks {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Banks(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    long insert(String name, String regionCode, String contactName, String contactPhone) {
        return jdbc.sql("""
                        INSERT INTO fin_bank (name, region_code, contact_name, contact_phone) VALUES (:name, :region, :contact, :phone)
                        ON CONFLICT (name) DO UPDATE SET name = EXCLUDED.name RETURNING id""")
                .param("name", name).param("region", regionCode).param("contact", contactName).param("phone", contactPhone)
                .query(Long.class).single();
    }

    List<Bank> all() {
        return jdbc.sql("SELECT * FROM fin_bank ORDER BY region_code, name").query(Banks::bank).list();
    }

    Optional<Bank> find(long id) {
        return jdbc.sql("SELECT * FROM fin_bank WHERE id = :id").param("id", id).query(Banks::bank).optional();
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM fin_bank").query(Long.class).single();
    }

    void bind(long accountId, long bankId) {
        jdbc.sql("""
                        INSERT INTO fin_bank_account (account_id, bank_id) VALUES (:account, :bank)
                        ON CONFLICT (account_id) DO UPDATE SET bank_id = EXCLUDED.bank_id""")
                .param("account", accountId).param("bank", bankId).update();
    }

    Optional<Bank> ofAccount(long accountId) {
        return jdbc.sql("SELECT b.* FROM fin_bank b JOIN fin_bank_account a ON a.bank_id = b.id WHERE a.account_id = :account")
                .param("account", accountId).query(Banks::bank).optional();
    }

    // --- loan products ---

    long insertProduct(long bankId, String name, boolean creditLoan, BigDecimal maxAmount, int maxTermMonths, BigDecimal rateFrom,
                       Set<EnterpriseSize> sizes, Set<CreditRiskClass> classes, boolean noDishonesty, int minYears,
                       Object extraRule) {
        return jdbc.sql("""
                        INSERT INTO fin_product (bank_id, name, credit_loan, max_amount, max_term_months, rate_from, sizes, credit_classes,
                                                 no_dishonesty, min_years, extra_rule)
                        VALUES (:bank, :name, :credit, :max, :term, :rate, :sizes, :classes, :noDishonesty, :minYears,
                                CAST(:extraRule AS JSONB)) RETURNING id""")
                .param("bank", bankId).param("name", name).param("credit", creditLoan).param("max", maxAmount)
                .param("term", maxTermMonths).param("rate", rateFrom)
                .param("sizes", sizes.stream().map(Enum::name).sorted().toArray(String[]::new))
                .param("classes", classes.stream().map(Enum::name).sorted().toArray(String[]::new))
                .param("noDishonesty", noDishonesty).param("minYears", minYears)
                .param("extraRule", extraRule == null ? null : json.writeValueAsString(extraRule)).query(Long.class).single();
    }

    List<LoanProduct> products(Long bankId) {
        return jdbc.sql("""
                        SELECT p.*, b.name AS bank_name FROM fin_product p JOIN fin_bank b ON b.id = p.bank_id
                        WHERE p.status = 'PUBLISHED' AND (CAST(:bank AS BIGINT) IS NULL OR p.bank_id = :bank) ORDER BY p.id""")
                .param("bank", bankId).query(this::productRow).list();
    }

    Optional<LoanProduct> product(long id) {
        return jdbc.sql("SELECT p.*, b.name AS bank_name FROM fin_product p JOIN fin_bank b ON b.id = p.bank_id WHERE p.id = :id")
                .param("id", id).query(this::productRow).optional();
    }

    private static Bank bank(ResultSet rs, int n) throws SQLException {
        return new Bank(rs.getLong("id"), rs.getString("name"), rs.getString("region_code"), rs.getString("contact_name"),
                rs.getString("contact_phone"));
    }

    private LoanProduct productRow(ResultSet rs, int n) throws SQLException {
        String extra = rs.getString("extra_rule");
        return new LoanProduct(rs.getLong("id"), rs.getLong("bank_id"), rs.getString("bank_name"), rs.getString("name"),
                rs.getBoolean("credit_loan"), rs.getBigDecimal("max_amount"), rs.getInt("max_term_months"),
                rs.getBigDecimal("rate_from"), enums(rs.getArray("sizes"), EnterpriseSize.class),
                enums(rs.getArray("credit_classes"), CreditRiskClass.class), rs.getBoolean("no_dishonesty"), rs.getInt("min_years"),
                extra == null ? null : json.readValue(extra, Object.class));
    }

    static <E extends Enum<E>> Set<E> enums(Array array, Class<E> type) throws SQLException {
        String[] values = (String[]) array.getArray();
        return values.length == 0 ? EnumSet.noneOf(type)
                : Arrays.stream(values).map(v -> Enum.valueOf(type, v)).collect(Collectors.toCollection(() -> EnumSet.noneOf(type)));
    }
}
