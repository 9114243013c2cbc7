package cn.yingshang.arrears.internal;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The ledger's tables, in plain SQL. */
@Repository
class Claims {

    private final JdbcClient jdbc;

    Claims(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Who may see which claims: everything, one department's, or one enterprise's. */
    record Scope(Long departmentId, String payeeCreditCode) {
        static final Scope ALL = new Scope(null, null);

        static Scope department(long id) {
            return new Scope(id, null);
        }

        static Scope enterprise(String code) {
            return new Scope(null, code);
        }
    }

    Optional<Claim> find(long id) {
        return jdbc.sql("SELECT * FROM arrears_claim WHERE id = :id").param("id", id)
                .query((rs, n) -> map(rs)).optional().map(this::withPayments);
    }

    List<Claim> list(Scope scope, String status, int limit) {
        return jdbc.sql("""
                        SELECT * FROM arrears_claim
                        WHERE (CAST(:dept AS BIGINT) IS NULL OR supervising_department_id = :dept OR registering_department_id = :dept)
                          AND (CAST(:payee AS TEXT) IS NULL OR payee_credit_code = :payee)
                          AND (CAST(:status AS TEXT) IS NULL OR status = :status)
                        ORDER BY id DESC LIMIT :limit""")
                .param("dept", scope.departmentId()).param("payee", scope.payeeCreditCode())
                .param("status", status == null || status.isBlank() ? null : status).param("limit", limit)
                .query((rs, n) -> map(rs)).list().stream().toList();
    }

    /**
     * One page of the ledger in the scope, narrowed by status and by the payee's or payer's name or
     * credit code, sorted by a whitelisted column (newest first by default).
     */
    cn.yingshang.platform.PageOf<Claim> page(Scope scope, String status, String search, cn.yingshang.platform.ListPage page) {
        String q = search == null ? "" : search.strip();
        String like = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        String where = """
                 FROM arrears_claim
                WHERE (CAST(:dept AS BIGINT) IS NULL OR supervising_department_id = :dept OR registering_department_id = :dept)
                  AND (CAST(:payee AS TEXT) IS NULL OR payee_credit_code = :payee)
                  AND (CAST(:status AS TEXT) IS NULL OR status = :status)
                  AND (:q = '' OR payee_credit_code = :exact OR payer_credit_code = :exact
                       OR payee_name ILIKE :like ESCAPE '\\' OR payer_name ILIKE :like ESCAPE '\\' OR contract_name ILIKE :like ESCAPE '\\')""";
        String st = status == null || status.isBlank() ? null : status;
        String exact = q.toUpperCase(java.util.Locale.ROOT);
        long total = jdbc.sql("SELECT count(*)" + where).param("dept", scope.departmentId()).param("payee", scope.payeeCreditCode())
                .param("status", st).param("q", q).param("exact", exact).param("like", like).query(Long.class).single();
        String order = page.orderBy(java.util.Map.of("amount", "amount", "due", "due_on", "payee", "payee_name", "reported", "reported_on"),
                "id DESC");
        List<Claim> rows = jdbc.sql("SELECT *" + where + " ORDER BY " + order + " LIMIT :l OFFSET :o")
                .param("dept", scope.departmentId()).param("payee", scope.payeeCreditCode())
                .param("status", st).param("q", q).param("exact", exact).param("like", like)
                .param("l", page.size()).param("o", page.offset())
                .query((rs, n) -> map(rs)).list();
        return new cn.yingshang.platform.PageOf<>(rows, total, page);
    }

    /** Every claim still owed, with its payments (two queries, however many claims: the daily check reads them all). */
    List<Claim> openWithDueDate() {
        java.util.Map<Long, List<Claim.Payment>> payments = new java.util.HashMap<>();
        jdbc.sql("""
                        SELECT p.* FROM arrears_payment p JOIN arrears_claim c ON c.id = p.claim_id
                        WHERE c.status IN ('REPORTED', 'CONFIRMED') ORDER BY p.claim_id, p.paid_on, p.id""")
                .query(rs -> {
                    payments.computeIfAbsent(rs.getLong("claim_id"), k -> new java.util.ArrayList<>()).add(payment(rs));
                });
        return jdbc.sql("SELECT * FROM arrears_claim WHERE status IN ('REPORTED', 'CONFIRMED') ORDER BY id")
                .query((rs, n) -> map(rs)).list().stream()
                .map(c -> c.withPayments(List.copyOf(payments.getOrDefault(c.id(), List.of())))).toList();
    }

    /** The exposed cases of malicious arrears, newest first, a page at a time (the public list only grows). */
    cn.yingshang.platform.PageOf<Claim> exposed(cn.yingshang.platform.ListPage page) {
        long total = jdbc.sql("SELECT count(*) FROM arrears_claim WHERE exposed_on IS NOT NULL").query(Long.class).single();
        List<Claim> rows = jdbc.sql("SELECT * FROM arrears_claim WHERE exposed_on IS NOT NULL ORDER BY exposed_on DESC, id DESC LIMIT :l OFFSET :o")
                .param("l", page.size()).param("o", page.offset())
                .query((rs, n) -> map(rs)).list().stream().map(this::withPayments).toList();
        return new cn.yingshang.platform.PageOf<>(rows, total, page);
    }

    record Supervision(String kind, String step, LocalDate issuedOn, String issuedBy, String note) {
        public String kindLabel() {
            return switch (kind) {
                case "ORDER" -> ArrearsText.text("arrears.supervision.ORDER");
                case "ESCALATION" -> ArrearsText.text("arrears.supervision.ESCALATION");
                default -> ArrearsText.text("arrears.supervision.REMINDER");
            };
        }
    }

    List<Supervision> supervisions(long claimId) {
        return jdbc.sql("SELECT * FROM arrears_supervision WHERE claim_id = :id ORDER BY created_at, id").param("id", claimId)
                .query((rs, n) -> new Supervision(rs.getString("kind"), rs.getString("step"),
                        rs.getObject("issued_on", LocalDate.class), rs.getString("issued_by"), rs.getString("note")))
                .list();
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM arrears_claim").query(Long.class).single();
    }

    private Claim withPayments(Claim c) {
        List<Claim.Payment> payments = jdbc.sql("SELECT * FROM arrears_payment WHERE claim_id = :id ORDER BY paid_on, id")
                .param("id", c.id())
                .query((rs, n) -> payment(rs))
                .list();
        return c.withPayments(payments);
    }

    private static Claim.Payment payment(ResultSet rs) throws SQLException {
        return new Claim.Payment(rs.getLong("id"), rs.getObject("paid_on", LocalDate.class), rs.getBigDecimal("amount"),
                PaymentMethod.valueOf(rs.getString("method")), rs.getString("note"), rs.getString("recorded_by"));
    }

    static Claim map(ResultSet rs) throws SQLException {
        return new Claim(rs.getLong("id"), rs.getString("source"), (Long) rs.getObject("source_appeal_id"),
                rs.getString("appeal_tracking_number"), ClaimStatus.valueOf(rs.getString("status")),
                rs.getString("payee_credit_code"), rs.getString("payee_name"), rs.getString("payee_size"),
                rs.getString("payer_type") == null ? null : PayerType.valueOf(rs.getString("payer_type")),
                (Long) rs.getObject("payer_id"), rs.getString("payer_credit_code"), rs.getString("payer_name"),
                rs.getString("region_code"), (Long) rs.getObject("supervising_department_id"),
                (Long) rs.getObject("registering_department_id"), rs.getString("contract_name"),
                rs.getBigDecimal("amount"), rs.getBigDecimal("disputed_amount"), date(rs, "delivered_on"),
                rs.getString("settlement_basis") == null ? null : SettlementBasis.valueOf(rs.getString("settlement_basis")),
                date(rs, "settlement_confirmed_on"), date(rs, "accepted_on"),
                (Integer) rs.getObject("acceptance_period_days"), (Integer) rs.getObject("agreed_term_days"),
                rs.getString("payment_method") == null ? null : PaymentMethod.valueOf(rs.getString("payment_method")),
                rs.getBigDecimal("contract_rate_percent"), violations(rs.getArray("practices")),
                violations(rs.getArray("violations")), rs.getString("description"), date(rs, "reported_on"),
                date(rs, "confirm_by"), date(rs, "clock_start"), date(rs, "due_on"), date(rs, "confirmed_on"),
                rs.getString("confirmed_by"), rs.getString("rejection_reason"), date(rs, "plan_pay_by"),
                rs.getString("plan_note"), rs.getBigDecimal("paid_amount"), date(rs, "settled_on"),
                date(rs, "follow_up_asked_on"), rs.getString("follow_up_answer"), rs.getString("follow_up_note"),
                date(rs, "follow_up_answered_on"), rs.getBoolean("malicious"), date(rs, "exposed_on"),
                rs.getString("exposure_note"), rs.getString("created_by"), List.of());
    }

    static String[] codes(Set<Violation> violations) {
        return violations.stream().map(Enum::name).sorted().toArray(String[]::new);
    }

    private static Set<Violation> violations(Array array) throws SQLException {
        if (array == null) {
            return Set.of();
        }
        String[] codes = (String[]) array.getArray();
        if (codes.length == 0) {
            return Set.of();
        }
        return Arrays.stream(codes).map(Violation::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Violation.class)));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    static BigDecimal zeroIfNull(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
