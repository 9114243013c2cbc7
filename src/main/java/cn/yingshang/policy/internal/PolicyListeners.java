package cn.yingshang.policy.internal;

import cn.yingshang.credit.CreditClassChanged;
import cn.yingshang.credit.DishonestyMeasure;
import cn.yingshang.credit.DishonestyStatusChanged;
import cn.yingshang.registry.MarketEntityChanged;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Reactions to the registry and to credit: the credit projection is updated, the change logged for
 * the other nodes' engines (policy_entity_change), and the changed entity is re-matched against the
 * rules that read what changed. Each event is handled on one node, so each notice is sent once.
 */
@Component
class PolicyListeners {

    private final PolicyStore store;
    private final PolicyMatching matching;
    private final Clock clock;

    PolicyListeners(PolicyStore store, PolicyMatching matching, Clock clock) {
        this.store = store;
        this.matching = matching;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(MarketEntityChanged event) {
        Set<String> changed = event.changedAttributes();
        boolean everything = event.created() || changed.contains("status");
        store.recordEntityChange(event.creditCode().value());
        matching.rematchEntity(event.creditCode().value(), PolicyMatching.attributesOf(changed), everything);
    }

    @ApplicationModuleListener
    void on(CreditClassChanged event) {
        store.saveCreditClass(event.creditCode().value(), event.to().name(), LocalDate.now(clock));
        store.recordEntityChange(event.creditCode().value());
        matching.rematchEntity(event.creditCode().value(), EnumSet.of(Attribute.CREDIT_CLASS), false);
    }

    /** 003 §37: an entity on a list with EXCLUDED_FROM_AUTO_GRANT leaves 免申即享 until repaired. */
    @ApplicationModuleListener
    void on(DishonestyStatusChanged event) {
        boolean excluded = event.measures() != null && event.measures().contains(DishonestyMeasure.EXCLUDED_FROM_AUTO_GRANT);
        store.saveDishonesty(event.creditCode().value(), event.dishonest(), excluded, LocalDate.now(clock));
        store.recordEntityChange(event.creditCode().value());
        matching.rematchEntity(event.creditCode().value(), EnumSet.of(Attribute.DISHONEST), false);
    }
}
