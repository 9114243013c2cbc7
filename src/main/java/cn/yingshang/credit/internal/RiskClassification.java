package cn.yingshang.credit.internal;

import cn.yingshang.platform.Text;
import cn.yingshang.credit.CreditClassChanged;
import cn.yingshang.credit.CreditProfiles;
import cn.yingshang.credit.CreditRecordKind;
import cn.yingshang.credit.DishonestyMeasure;
import cn.yingshang.credit.Severity;
import cn.yingshang.shared.CreditCode;
import cn.yingshang.shared.CreditRiskClass;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Risk classes from the scorecard. Each entity's class is stored with the date it goes stale (the
 * first day a contributing record leaves publicity or a list entry starts or ends): a stale class is
 * recomputed on read, so the answer is right "as of" today even if no job ran.
 */
@Service
class RiskClassification implements CreditProfiles {

    /** What produced a class, for the entity page. */
    record Explained(CreditRiskClass riskClass, Scorecard.Assessment assessment, LocalDate staleOn) {
    }

    record ClassChange(CreditRiskClass from, CreditRiskClass to, int score, LocalDate changedOn, String cause) {
    }

    private final JdbcClient jdbc;
    private final CreditRecordStore records;
    private final DishonestyLists lists;
    private final CreditConfiguration configuration;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RiskClassification(JdbcClient jdbc, CreditRecordStore records, DishonestyLists lists, CreditConfiguration configuration,
                       ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.records = records;
        this.lists = lists;
        this.configuration = configuration;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public CreditRiskClass riskClass(CreditCode code) {
        LocalDate today = LocalDate.now(clock);
        var stored = jdbc.sql("SELECT risk_class, stale_on FROM credit_profile WHERE credit_code = :c")
                .param("c", code.value())
                .query((rs, n) -> new Object[]{CreditRiskClass.valueOf(rs.getString(1)), rs.getObject(2, LocalDate.class)})
                .optional();
        if (stored.isEmpty()) {
            return CreditRiskClass.B;
        }
        LocalDate staleOn = (LocalDate) stored.get()[1];
        if (staleOn != null && !staleOn.isAfter(today)) {
            return recompute(code.value(), today, Text.of("credit.classification.periodicCause")).riskClass();
        }
        return (CreditRiskClass) stored.get()[0];
    }

    @Override
    public boolean isDishonest(CreditCode code, LocalDate asOf) {
        return lists.isDishonest(code.value(), asOf);
    }

    @Override
    public Set<DishonestyMeasure> measuresInForce(CreditCode code, LocalDate asOf) {
        return lists.measuresInForce(code.value(), asOf);
    }

    @Override
    @Transactional
    public void forEachNonOrdinaryClass(BiConsumer<String, CreditRiskClass> action) {
        refreshStale(LocalDate.now(clock));
        jdbc.sql("SELECT credit_code, risk_class FROM credit_profile WHERE risk_class <> 'B' ORDER BY credit_code")
                .query(rs -> {
                    action.accept(rs.getString(1), CreditRiskClass.valueOf(rs.getString(2)));
                });
    }

    /** The class as the scorecard computes it today, with the indicators that produced it (nothing stored). */
    Explained explain(String creditCode, LocalDate asOf) {
        return assess(creditCode, asOf, configuration.scorecard());
    }

    /** Recomputes one entity, stores it, and on a change keeps the history and publishes {@link CreditClassChanged}. */
    @Transactional
    Explained recompute(String creditCode, LocalDate asOf, String cause) {
        Explained now = assess(creditCode, asOf, configuration.scorecard());
        CreditRiskClass before = jdbc.sql("SELECT risk_class FROM credit_profile WHERE credit_code = :c FOR UPDATE")
                .param("c", creditCode).query(String.class).optional().map(CreditRiskClass::valueOf).orElse(CreditRiskClass.B);
        String indicators = json(now.assessment().contributions().stream()
                .collect(Collectors.toMap(Scorecard.Contribution::code, Scorecard.Contribution::value)));
        jdbc.sql("""
                        INSERT INTO credit_profile (credit_code, risk_class, score, indicators, computed_on, stale_on)
                        VALUES (:c, :k, :s, CAST(:i AS jsonb), :on, :stale)
                        ON CONFLICT (credit_code) DO UPDATE SET risk_class = EXCLUDED.risk_class, score = EXCLUDED.score,
                          indicators = EXCLUDED.indicators, computed_on = EXCLUDED.computed_on, stale_on = EXCLUDED.stale_on""")
                .param("c", creditCode).param("k", now.riskClass().name()).param("s", now.assessment().score())
                .param("i", indicators).param("on", asOf).param("stale", now.staleOn()).update();
        if (before != now.riskClass()) {
            changed(creditCode, before, now.riskClass(), now.assessment().score(), asOf, cause);
        }
        return now;
    }

    /** Recomputes every stored class that has gone stale by that date; returns how many. */
    @Transactional
    int refreshStale(LocalDate asOf) {
        List<String> stale = jdbc.sql("SELECT credit_code FROM credit_profile WHERE stale_on <= :asOf")
                .param("asOf", asOf).query(String.class).list();
        stale.forEach(code -> recompute(code, asOf, Text.of("credit.classification.periodicCause")));
        return stale.size();
    }

    List<ClassChange> history(String creditCode) {
        return jdbc.sql("SELECT from_class, to_class, score, changed_on, cause FROM credit_class_change WHERE credit_code = :c ORDER BY changed_at DESC, id DESC")
                .param("c", creditCode)
                .query((rs, n) -> new ClassChange(CreditRiskClass.valueOf(rs.getString(1)), CreditRiskClass.valueOf(rs.getString(2)),
                        rs.getInt(3), rs.getObject(4, LocalDate.class), rs.getString(5)))
                .list();
    }

    Map<CreditRiskClass, Long> distribution() {
        Map<CreditRiskClass, Long> counts = new HashMap<>();
        jdbc.sql("SELECT risk_class, count(*) FROM credit_profile WHERE risk_class <> 'B' GROUP BY risk_class")
                .query(rs -> {
                    counts.put(CreditRiskClass.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return counts;
    }

    void changed(String creditCode, CreditRiskClass from, CreditRiskClass to, int score, LocalDate on, String cause) {
        jdbc.sql("""
                        INSERT INTO credit_class_change (credit_code, from_class, to_class, score, changed_on, cause)
                        VALUES (:c, :f, :t, :s, :on, :cause)""")
                .param("c", creditCode).param("f", from.name()).param("t", to.name()).param("s", score)
                .param("on", on).param("cause", cause).update();
        events.publishEvent(new CreditClassChanged(CreditCode.of(creditCode), from, to));
    }

    private Explained assess(String creditCode, LocalDate asOf, Scorecard scorecard) {
        List<CreditRecord> all = records.ofEntity(creditCode);
        boolean dishonest = lists.isDishonest(creditCode, asOf);
        Scorecard.Assessment assessment = scorecard.assess(indicatorValues(all, dishonest, asOf));
        LocalDate staleOn = null;
        for (CreditRecord r : all) {
            LocalDate next = r.decidedOn().isAfter(asOf) ? r.decidedOn() : (r.isPublicOn(asOf) ? r.publicityEnds() : null);
            staleOn = earliest(staleOn, next);
        }
        staleOn = earliest(staleOn, lists.nextChange(creditCode, asOf).orElse(null));
        return new Explained(assessment.riskClass(), assessment, staleOn);
    }

    /** The indicator values of the scorecard: counts of records public on that date, and list status. */
    static Map<String, Integer> indicatorValues(List<CreditRecord> records, boolean dishonest, LocalDate asOf) {
        Map<String, Integer> values = new HashMap<>();
        for (CreditRecord r : records) {
            if (!r.isPublicOn(asOf)) {
                continue;
            }
            if (r.severity() == Severity.SERIOUS) {
                values.merge("SERIOUS_RECORDS", 1, Integer::sum);
            } else if (r.severity() == Severity.ORDINARY) {
                values.merge("ORDINARY_RECORDS", 1, Integer::sum);
            } else if (r.severity() == Severity.MINOR) {
                values.merge("MINOR_RECORDS", 1, Integer::sum);
            }
            if (r.kind() == CreditRecordKind.JUDGMENT_DEFAULTER && r.isNegative()) {
                values.merge("JUDGMENT_DEFAULTER", 1, Integer::sum);
            }
            if (r.kind() == CreditRecordKind.TAX_ARREARS && r.isNegative()) {
                values.merge("TAX_ARREARS", 1, Integer::sum);
            }
            if (r.kind() == CreditRecordKind.HONOUR) {
                values.merge("HONOURS", 1, Integer::sum);
            }
            if (r.kind() == CreditRecordKind.TAX_LEVEL && !r.isNegative()) {
                values.merge("GOOD_TAX_LEVEL", 1, Integer::sum);
            }
        }
        if (dishonest) {
            values.put("DISHONESTY_LIST", 1);
        }
        return values;
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }

    static String json(Map<String, Integer> values) {
        return values.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> "\"" + e.getKey() + "\":" + e.getValue()).collect(Collectors.joining(",", "{", "}"));
    }

    Optional<Integer> storedScore(String creditCode) {
        return jdbc.sql("SELECT score FROM credit_profile WHERE credit_code = :c").param("c", creditCode).query(Integer.class).optional();
    }
}
