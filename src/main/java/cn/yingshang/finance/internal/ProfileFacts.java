package cn.yingshang.finance.internal;

import cn.yingshang.arrears.GovernmentArrearsCleared;
import cn.yingshang.arrears.GovernmentArrearsOverdue;
import cn.yingshang.policy.PolicyGranted;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Facts of other modules a lender's profile shows (003 §21), kept from their public events: policy
 * benefits paid to the enterprise (policy, 万元), and what public bodies owe it past due (arrears, 元)
 * until cleared. Each write is keyed, so a redelivered event changes nothing.
 */
@Component
class ProfileFacts {

    record Granted(long policyId, BigDecimal amount, LocalDate paidOn) {
    }

    record Owed(String payerName, BigDecimal amount, LocalDate dueOn, LocalDate clearedOn) {
    }

    record Facts(java.util.List<Granted> policies, java.util.List<Owed> arrears) {
        public BigDecimal policyTotal() {
            return policies.stream().map(Granted::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        public BigDecimal owedNow() {
            return arrears.stream().filter(o -> o.clearedOn() == null).map(Owed::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    private final JdbcClient jdbc;

    ProfileFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(PolicyGranted g) {
        if (g.creditCode() == null || g.amount() == null) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO fin_profile_policy (policy_id, credit_code, amount, paid_on) VALUES (:p, :c, :a, :d)
                        ON CONFLICT DO NOTHING""")
                .param("p", g.policyId()).param("c", g.creditCode().value()).param("a", g.amount()).param("d", g.paidOn()).update();
    }

    @ApplicationModuleListener
    void on(GovernmentArrearsOverdue o) {
        if (o.payeeCreditCode() == null) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO fin_profile_arrears (claim_id, credit_code, payer_name, amount, due_on) VALUES (:id, :c, :p, :a, :d)
                        ON CONFLICT (claim_id) DO NOTHING""")
                .param("id", o.claimId()).param("c", o.payeeCreditCode().value()).param("p", o.payerName()).param("a", o.overdueAmount())
                .param("d", o.dueOn()).update();
    }

    @ApplicationModuleListener
    void on(GovernmentArrearsCleared c) {
        jdbc.sql("UPDATE fin_profile_arrears SET cleared_on = :d WHERE claim_id = :id AND cleared_on IS NULL")
                .param("d", c.clearedOn()).param("id", c.claimId()).update();
    }

    Facts of(String creditCode) {
        var policies = jdbc.sql("SELECT policy_id, amount, paid_on FROM fin_profile_policy WHERE credit_code = :c ORDER BY paid_on DESC")
                .param("c", creditCode).query((rs, n) -> new Granted(rs.getLong(1), rs.getBigDecimal(2),
                        rs.getObject(3, LocalDate.class))).list();
        var arrears = jdbc.sql("""
                        SELECT payer_name, amount, due_on, cleared_on FROM fin_profile_arrears WHERE credit_code = :c
                        ORDER BY due_on DESC""")
                .param("c", creditCode).query((rs, n) -> new Owed(rs.getString(1), rs.getBigDecimal(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class))).list();
        return new Facts(policies, arrears);
    }
}
