package cn.yingshang.inspection.internal;

import cn.yingshang.credit.CreditClassChanged;
import cn.yingshang.shared.CreditRiskClass;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Our own copy of each entity's credit risk class, kept current by the credit module's events, so a
 * draw reads classes from one table of our own (an entity the credit module never mentioned is B).
 */
@Component
class EntityClasses {

    private final JdbcClient jdbc;
    private final Clock clock;

    EntityClasses(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(CreditClassChanged event) {
        jdbc.sql("""
                        INSERT INTO inspection_entity_class (credit_code, risk_class, changed_at) VALUES (?, ?, ?)
                        ON CONFLICT (credit_code) DO UPDATE SET risk_class = EXCLUDED.risk_class, changed_at = EXCLUDED.changed_at""")
                .params(event.creditCode().value(), event.to().name(), OffsetDateTime.now(clock)).update();
    }

    CreditRiskClass of(String creditCode) {
        return jdbc.sql("SELECT risk_class FROM inspection_entity_class WHERE credit_code = ?").param(creditCode)
                .query(String.class).optional().map(CreditRiskClass::valueOf).orElse(CreditRiskClass.B);
    }

    /** Every class that is not B (the rest default to B). */
    Map<String, CreditRiskClass> nonOrdinary() {
        Map<String, CreditRiskClass> map = new HashMap<>();
        jdbc.sql("SELECT credit_code, risk_class FROM inspection_entity_class WHERE risk_class <> 'B'")
                .query(rs -> {
                    map.put(rs.getString(1), CreditRiskClass.valueOf(rs.getString(2)));
                });
        return map;
    }
}
