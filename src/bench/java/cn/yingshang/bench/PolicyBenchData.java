package cn.yingshang.bench;

import cn.yingshang.demo.DemoEntityGenerator;
import cn.yingshang.policy.internal.CompiledRule;
import cn.yingshang.policy.internal.EntityColumns;
import cn.yingshang.policy.internal.EntityFacts;
import cn.yingshang.policy.internal.MatchEngine;
import cn.yingshang.policy.internal.PolicyTemplates;
import cn.yingshang.policy.internal.Rule;
import cn.yingshang.registry.MarketEntity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark's data: entities from the demo generator (the registry's realistic Xinjiang mix),
 * a deterministic spread of credit classes and dishonesty, and policies from realistic templates.
 */
final class PolicyBenchData {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);
    static final long ENTITY_SEED = 20251001;
    static final long POLICY_SEED = 42;

    final EntityColumns table = new EntityColumns();
    final List<EntityFacts> sample = new ArrayList<>();
    final List<EntityFact> facts;
    final List<Rule> rules;
    final List<Boolean> autoGrant = new ArrayList<>();
    final List<CompiledRule> compiled = new ArrayList<>();

    PolicyBenchData(int entities, int policies, boolean keepFacts) {
        facts = keepFacts ? new ArrayList<>(entities) : null;
        DemoEntityGenerator generator = new DemoEntityGenerator(ENTITY_SEED, entities, AS_OF);
        int row = 0;
        while (generator.hasNext()) {
            MarketEntity e = generator.next().entity();
            long h = MatchCollector.mix(row);
            int c = (int) Math.floorMod(h, 100L);
            String creditClass = c < 5 ? "A" : c < 85 ? "B" : c < 95 ? "C" : "D";
            int d = (int) Math.floorMod(h >>> 20, 1000L);
            boolean dishonest = d < 10;
            boolean excluded = d < 5;
            EntityFacts f = EntityFacts.of(e, new EntityFacts.CreditStatus(creditClass, dishonest, excluded));
            int r = table.put(e.creditCode().value(), f);
            table.setCredit(r, creditClass, dishonest, excluded);
            if (row % 600 == 0 && sample.size() < 4096) {
                sample.add(f);
            }
            if (keepFacts) {
                Integer age = f.ageYears(AS_OF);
                facts.add(new EntityFact(r, f.region(), f.industry(), f.size(), f.kind(), age == null ? -1 : age,
                        f.headcount() == null ? -1 : f.headcount(), f.revenue(), f.assets(), f.qualifications(), f.tags(),
                        f.creditClass(), dishonest ? 1 : 0, f.active(), excluded));
            }
            row++;
        }
        rules = PolicyTemplates.generate(policies, POLICY_SEED);
        for (int i = 0; i < rules.size(); i++) {
            autoGrant.add(i % 3 == 0);
            compiled.add(new CompiledRule(i, rules.get(i), autoGrant.get(i), table, AS_OF));
        }
    }

    /** Every rule against every entity, reduced to the order-independent hash of (policy, row) pairs. */
    MatchCollector engineMatches() {
        int[][] result = new MatchEngine(table).matchAll(compiled);
        MatchCollector c = new MatchCollector();
        for (int i = 0; i < result.length; i++) {
            for (int r : result[i]) {
                c.add(i, r);
            }
        }
        return c;
    }
}
