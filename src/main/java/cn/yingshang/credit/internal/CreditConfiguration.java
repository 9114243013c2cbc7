package cn.yingshang.credit.internal;

import cn.yingshang.credit.CreditRecordKind;
import cn.yingshang.credit.DishonestyMeasure;
import cn.yingshang.credit.Severity;
import cn.yingshang.platform.AuditLog;
import cn.yingshang.shared.DomainViolation;
import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The rules officials maintain as data: publicity periods, scorecard, dishonesty rules, time limits. */
@Component
class CreditConfiguration {

    static final String REPAIR_DECISION_DAYS = "repair.decision.working-days";
    static final String COURT_REPAIR_DAYS = "repair.court.natural-days";

    /** Which records put an entity on a list, whether a warning and grace period come first, and the measures. */
    record DishonestyRule(CreditRecordKind kind, Severity minSeverity, String listName, boolean warningAllowed,
                          int graceWorkingDays, Set<DishonestyMeasure> measures) {

        boolean appliesTo(CreditRecordKind k, Severity s) {
            return kind == k && s != null && s.ordinal() >= minSeverity.ordinal();
        }
    }

    record Setting(String key, int value, String label) {
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;

    CreditConfiguration(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    PublicityPeriods publicityPeriods() {
        Map<Severity, PublicityPeriods.Period> periods = new EnumMap<>(Severity.class);
        jdbc.sql("SELECT severity, shortest_months, longest_months FROM credit_publicity_period")
                .query(rs -> {
                    periods.put(Severity.valueOf(rs.getString(1)), new PublicityPeriods.Period(rs.getInt(2), rs.getInt(3)));
                });
        return new PublicityPeriods(periods);
    }

    Scorecard scorecard() {
        List<Scorecard.Indicator> indicators = jdbc.sql("SELECT code, label, weight, cap FROM credit_indicator ORDER BY position")
                .query((rs, n) -> new Scorecard.Indicator(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4))).list();
        Scorecard.Thresholds thresholds = jdbc.sql("SELECT a_max, c_min, d_min FROM credit_scorecard_threshold WHERE id = 1")
                .query((rs, n) -> new Scorecard.Thresholds(rs.getInt(1), rs.getInt(2), rs.getInt(3))).single();
        return new Scorecard(indicators, thresholds);
    }

    List<DishonestyRule> dishonestyRules() {
        return jdbc.sql("SELECT kind, min_severity, list_name, warning_allowed, grace_working_days, measures FROM credit_dishonesty_rule ORDER BY kind")
                .query((rs, n) -> new DishonestyRule(CreditRecordKind.valueOf(rs.getString(1)), Severity.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getBoolean(4), rs.getInt(5), measures(rs.getArray(6)))).list();
    }

    Optional<DishonestyRule> dishonestyRuleFor(CreditRecordKind kind, Severity severity) {
        return dishonestyRules().stream().filter(r -> r.appliesTo(kind, severity)).findFirst();
    }

    int setting(String key) {
        return jdbc.sql("SELECT value FROM credit_setting WHERE key = :k").param("k", key).query(Integer.class).single();
    }

    List<Setting> settings() {
        return jdbc.sql("SELECT key, value, label FROM credit_setting ORDER BY key")
                .query((rs, n) -> new Setting(rs.getString(1), rs.getInt(2), rs.getString(3))).list();
    }

    @Transactional
    void changeScorecard(List<Scorecard.Indicator> indicators, Scorecard.Thresholds thresholds) {
        Scorecard before = scorecard();
        for (Scorecard.Indicator i : indicators) {
            if (i.cap() < 1) {
                throw DomainViolation.of("cap-" + i.code(), "credit.creditConfiguration.violation", i.label());
            }
            jdbc.sql("UPDATE credit_indicator SET weight = :w, cap = :c WHERE code = :code")
                    .param("w", i.weight()).param("c", i.cap()).param("code", i.code()).update();
        }
        jdbc.sql("UPDATE credit_scorecard_threshold SET a_max = :a, c_min = :c, d_min = :d WHERE id = 1")
                .param("a", thresholds.aMax()).param("c", thresholds.cMin()).param("d", thresholds.dMin()).update();
        audit.record("credit.scorecard.change", "credit-scorecard", "1", before, scorecard());
    }

    @Transactional
    void changePeriods(Map<Severity, PublicityPeriods.Period> periods) {
        PublicityPeriods before = publicityPeriods();
        for (var e : periods.entrySet()) {
            PublicityPeriods.Period p = e.getValue();
            if (p.shortestMonths() < 0 || p.longestMonths() < 1 || p.shortestMonths() > p.longestMonths()) {
                throw DomainViolation.of("period-" + e.getKey().name(), "credit.creditConfiguration.violation2", e.getKey().label());
            }
            jdbc.sql("UPDATE credit_publicity_period SET shortest_months = :s, longest_months = :l WHERE severity = :sev")
                    .param("s", p.shortestMonths()).param("l", p.longestMonths()).param("sev", e.getKey().name()).update();
        }
        audit.record("credit.periods.change", "credit-publicity-period", "all", before, publicityPeriods());
    }

    @Transactional
    void changeSetting(String key, int value) {
        if (value < 1 || value > 60) {
            throw DomainViolation.of(key, "credit.creditConfiguration.violation3");
        }
        int before = setting(key);
        jdbc.sql("UPDATE credit_setting SET value = :v WHERE key = :k").param("v", value).param("k", key).update();
        audit.record("credit.setting.change", "credit-setting", key, before, value);
    }

    static Set<DishonestyMeasure> measures(Array array) throws SQLException {
        if (array == null) {
            return Set.of();
        }
        Set<DishonestyMeasure> set = EnumSet.noneOf(DishonestyMeasure.class);
        Arrays.stream((String[]) array.getArray()).map(DishonestyMeasure::valueOf).forEach(set::add);
        return set;
    }

    static String arrayLiteral(Set<DishonestyMeasure> measures) {
        return "{" + String.join(",", measures.stream().map(Enum::name).toList()) + "}";
    }
}
