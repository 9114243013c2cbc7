package cn.yingshang.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.demo.DemoEntityGenerator;
import cn.yingshang.registry.MarketEntity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MatchEngineTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

    @Test
    @DisplayName("the indexed engine finds exactly the entities the evaluator finds, for realistic policies")
    void indexedEqualsBruteForce() {
        EntityColumns table = new EntityColumns();
        List<EntityFacts> all = new ArrayList<>();
        DemoEntityGenerator generator = new DemoEntityGenerator(7, 5_000, AS_OF);
        while (generator.hasNext()) {
            MarketEntity e = generator.next().entity();
            EntityFacts f = EntityFacts.of(e, EntityFacts.CreditStatus.ORDINARY);
            all.add(f);
            table.put(e.creditCode().value(), f);
        }
        List<Rule> rules = PolicyTemplates.generate(200, 11);
        MatchEngine engine = new MatchEngine(table);
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            int[] indexed = engine.match(new CompiledRule(i, rule, false, table, AS_OF));
            int[] brute = IntStream.range(0, all.size())
                    .filter(r -> all.get(r).active() && RuleEvaluator.evaluate(rule, all.get(r), AS_OF) == Boolean.TRUE).toArray();
            assertThat(indexed).as("rule %s", RuleFormat.toTree(rule)).containsExactly(brute);
        }
    }

    @Test
    @DisplayName("after an entity changes, its row answers from the new values and the index follows")
    void incrementalUpdate() {
        EntityColumns table = new EntityColumns();
        EntityFacts before = new EntityFacts("650102", "I6513", "SMALL", "ENTERPRISE", "PRIVATE", LocalDate.of(2020, 1, 1), 25,
                600.0, 700.0, Set.of(), Set.of(), "B", false, true);
        int row = table.put("A", before);
        Rule rule = Rule.all(new Rule.Leaf(Attribute.REGION, Op.PREFIX, "6501"),
                new Rule.Leaf(Attribute.QUALIFICATIONS, Op.HAS, "高新技术企业"));
        MatchEngine engine = new MatchEngine(table);
        assertThat(engine.match(new CompiledRule(1, rule, false, table, AS_OF))).isEmpty();
        table.put("A", new EntityFacts("650102", "I6513", "SMALL", "ENTERPRISE", "PRIVATE", LocalDate.of(2020, 1, 1), 25,
                600.0, 700.0, Set.of("高新技术企业"), Set.of(), "B", false, true));
        assertThat(engine.match(new CompiledRule(1, rule, false, table, AS_OF))).containsExactly(row);
        table.setCredit(row, "B", true, true);
        assertThat(new CompiledRule(1, rule, true, table, AS_OF).matches(row)).as("excluded from 免申即享").isFalse();
        assertThat(new CompiledRule(1, rule, false, table, AS_OF).matches(row)).as("still eligible to apply").isTrue();
    }
}
