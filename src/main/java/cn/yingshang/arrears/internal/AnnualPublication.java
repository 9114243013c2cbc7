package cn.yingshang.arrears.internal;

import cn.yingshang.platform.AuditLog;
import cn.yingshang.shared.DomainViolation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 国令802号 Art. 18: every 机关 and 事业单位 publishes, by 31 March, how many contracts it paid late
 * last year and for how much. A contract counts when its undisputed part was not fully paid by
 * the due date, and the due date fell in that year.
 */
@Component
class AnnualPublication {

    static final MonthDay DEADLINE = MonthDay.of(3, 31);

    record Line(int year, long payerId, String payerName, String payerType, int overdueCount, BigDecimal overdueAmount,
                LocalDate publishedOn) {

        public String payerTypeLabel() {
            return PayerType.valueOf(payerType).label();
        }
    }

    private final JdbcClient jdbc;
    private final PayerRegister payers;
    private final AuditLog audit;

    AnnualPublication(JdbcClient jdbc, PayerRegister payers, AuditLog audit) {
        this.jdbc = jdbc;
        this.payers = payers;
        this.audit = audit;
    }

    static LocalDate deadlineFor(int year) {
        return DEADLINE.atYear(year + 1);
    }

    /** What the report for a year says, computed from the ledger now. */
    List<Line> draft(int year, LocalDate today) {
        Map<Long, Object[]> byPayer = new java.util.HashMap<>();
        jdbc.sql("""
                        SELECT c.payer_id, count(*) AS n,
                          sum(c.amount - c.disputed_amount - coalesce(p.paid_by_due, 0)) AS overdue
                        FROM arrears_claim c
                        LEFT JOIN (SELECT p.claim_id, sum(p.amount) AS paid_by_due FROM arrears_payment p
                                   JOIN arrears_claim c2 ON c2.id = p.claim_id WHERE p.paid_on <= c2.due_on GROUP BY p.claim_id) p
                          ON p.claim_id = c.id
                        WHERE c.payer_type IN ('GOVERNMENT_ORGAN', 'PUBLIC_INSTITUTION') AND c.status NOT IN ('INTAKE', 'REJECTED')
                          AND c.due_on BETWEEN :from AND :to AND c.due_on < :today
                          AND c.amount - c.disputed_amount - coalesce(p.paid_by_due, 0) > 0
                        GROUP BY c.payer_id""")
                .param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year, 12, 31)).param("today", today)
                .query((rs, n) -> byPayer.put(rs.getLong("payer_id"), new Object[]{rs.getInt("n"), rs.getBigDecimal("overdue")}))
                .list();
        return payers.publicBodies().stream().map(p -> {
            Object[] f = byPayer.getOrDefault(p.id(), new Object[]{0, BigDecimal.ZERO});
            return new Line(year, p.id(), p.name(), p.type().name(), (Integer) f[0], (BigDecimal) f[1], null);
        }).toList();
    }

    List<Line> published(int year) {
        return jdbc.sql("SELECT * FROM arrears_annual_report WHERE year = :y ORDER BY overdue_amount DESC, payer_name")
                .param("y", year)
                .query((rs, n) -> new Line(rs.getInt("year"), rs.getLong("payer_id"), rs.getString("payer_name"),
                        rs.getString("payer_type"), rs.getInt("overdue_count"), rs.getBigDecimal("overdue_amount"),
                        rs.getObject("published_on", LocalDate.class)))
                .list();
    }

    List<Integer> publishedYears() {
        return jdbc.sql("SELECT DISTINCT year FROM arrears_annual_report ORDER BY year DESC").query(Integer.class).list();
    }

    @Transactional
    int publish(int year, LocalDate today, String by) {
        if (year >= today.getYear()) {
            throw DomainViolation.of("year", "arrears.violation.year.open", String.valueOf(today.getYear() - 1));
        }
        if (!published(year).isEmpty()) {
            throw DomainViolation.of("year", "arrears.violation.year.published", String.valueOf(year));
        }
        List<Line> lines = draft(year, today);
        for (Line l : lines) {
            jdbc.sql("""
                            INSERT INTO arrears_annual_report (year, payer_id, payer_name, payer_type, overdue_count,
                              overdue_amount, published_on, published_by)
                            VALUES (:y, :p, :name, :type, :n, :amount, :today, :by)""")
                    .param("y", year).param("p", l.payerId()).param("name", l.payerName()).param("type", l.payerType())
                    .param("n", l.overdueCount()).param("amount", l.overdueAmount()).param("today", today).param("by", by)
                    .update();
        }
        audit.record("arrears.annualReport.publish", "arrears_annual_report", Integer.toString(year), null,
                Map.of("year", year, "payers", lines.size()));
        return lines.size();
    }
}
