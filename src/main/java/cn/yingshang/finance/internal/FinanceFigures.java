package cn.yingshang.finance.internal;

import cn.yingshang.shared.EnterpriseSize;
import cn.yingshang.shared.RegionCode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The office's financing figures (004 #9–10): needs stated and met, loans granted by size class and by
 * prefecture, the average days from need to loan and the share of credit loans (001 §14 (四)).
 */
@Component
class FinanceFigures {

    private final JdbcClient jdbc;

    FinanceFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Summary(long needs, long met, long granted, long refused, long creditLoans, BigDecimal grantedAmount,
                   BigDecimal averageDaysToLoan) {

        public BigDecimal metPercent() {
            return percent(met, needs);
        }

        public BigDecimal creditLoanPercent() {
            return percent(creditLoans, granted);
        }

        private static BigDecimal percent(long part, long whole) {
            return whole == 0 ? null : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
        }
    }

    /** {@code key} a size class name or a prefecture code; {@code label} what the page shows. */
    record Line(String key, String label, long loans, BigDecimal amount) {
    }

    Summary summary() {
        return jdbc.sql("""
                        SELECT (SELECT count(*) FROM fin_need) AS needs,
                               (SELECT count(*) FROM fin_need WHERE status = 'MET') AS met,
                               count(*) FILTER (WHERE l.outcome = 'GRANTED') AS granted,
                               count(*) FILTER (WHERE l.outcome = 'REFUSED') AS refused,
                               count(*) FILTER (WHERE l.outcome = 'GRANTED' AND l.credit_loan) AS credit_loans,
                               coalesce(sum(l.amount) FILTER (WHERE l.outcome = 'GRANTED'), 0) AS amount,
                               round(avg(l.decided_on - n.stated_on) FILTER (WHERE l.outcome = 'GRANTED'), 1) AS avg_days
                        FROM fin_loan l JOIN fin_need n ON n.id = l.need_id""")
                .query((rs, n) -> new Summary(rs.getLong("needs"), rs.getLong("met"), rs.getLong("granted"), rs.getLong("refused"),
                        rs.getLong("credit_loans"), rs.getBigDecimal("amount"), rs.getBigDecimal("avg_days"))).single();
    }

    List<Line> bySize() {
        return jdbc.sql("""
                        SELECT coalesce(size, '') AS key, count(*) AS loans, sum(amount) AS amount FROM fin_loan
                        WHERE outcome = 'GRANTED' GROUP BY size ORDER BY key""")
                .query((rs, n) -> {
                    String key = rs.getString("key");
                    return new Line(key, key.isEmpty() ? "—" : EnterpriseSize.valueOf(key).label(), rs.getLong("loans"),
                            rs.getBigDecimal("amount"));
                }).list();
    }

    List<Line> byPrefecture() {
        return jdbc.sql("""
                        SELECT substr(region_code, 1, 4) || '00' AS key, count(*) AS loans, sum(amount) AS amount FROM fin_loan
                        WHERE outcome = 'GRANTED' GROUP BY 1 ORDER BY 1""")
                .query((rs, n) -> {
                    String key = rs.getString("key");
                    String label = cn.yingshang.shared.Regions.find(key).map(RegionCode::name).orElse(key);
                    return new Line(key, label, rs.getLong("loans"), rs.getBigDecimal("amount"));
                }).list();
    }
}
