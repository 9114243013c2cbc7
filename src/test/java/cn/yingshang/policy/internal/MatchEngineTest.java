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
    @DisplayName("row by row, by scanned numeric bitmaps and in a full match: the same rows as the evaluator, with credit and 免申即享 exclusions")
    void everyPathEqualsBruteForce() {
        EntityColumns table = new EntityColumns();
        List<EntityFacts> all = new ArrayList<>();
        List<Boolean> excluded = new ArrayList<>();
        DemoEntityGenerator generator = new DemoEntityGenerator(13, 4_000, AS_OF);
        String[] classes = {"A", "B", "C", "D"};
        int i = 0;
        while (generator.hasNext()) {
            MarketEntity e = generator.next().entity();
            // every 7th unknown, a few dishonest and excluded, the rest spread over the classes
            boolean dishonest = i % 23 == 0;
            EntityFacts.CreditStatus credit = new EntityFacts.CreditStatus(i % 7 == 0 ? null : classes[i % 4], dishonest, dishonest && i % 2 == 0);
            EntityFacts f = EntityFacts.of(e, credit);
            all.add(f);
            excluded.add(credit.excludedFromAutoGrant());
            int row = table.put(e.creditCode().value(), f);
            table.setCredit(row, credit.creditClass(), credit.dishonest(), credit.excludedFromAutoGrant());
            i++;
        }
        List<Rule> rules = new ArrayList<>(PolicyTemplates.generate(120, 5));
        // the anniversary edges: 2 years completed exactly on 2026-11-23 (established 2024-11-23), not on 2024-11-24
        rules.add(new Rule.Leaf(Attribute.AGE_YEARS, Op.BETWEEN, new double[] {2, 2}));
        rules.add(new Rule.Leaf(Attribute.AGE_YEARS, Op.LTE, 0.0));
        rules.add(new Rule.Leaf(Attribute.AGE_YEARS, Op.GTE, 1.5));
        rules.add(new Rule.Leaf(Attribute.HEADCOUNT, Op.EQ, 10.0));
        rules.add(new Rule.Leaf(Attribute.ASSETS, Op.BETWEEN, new double[] {100, 5000}));
        rules.add(Rule.all(new Rule.Leaf(Attribute.DISHONEST, Op.EQ, true), new Rule.Not(new Rule.Leaf(Attribute.CREDIT_CLASS, Op.EQ, "D"))));
        // any/not groups answered by bitmaps: unknown values must stay unknown under not (neither TRUE nor FALSE)
        rules.add(Rule.all(new Rule.Leaf(Attribute.REGION, Op.PREFIX, "65"), new Rule.Not(new Rule.Leaf(Attribute.HEADCOUNT, Op.GTE, 10.0))));
        rules.add(Rule.all(new Rule.Leaf(Attribute.KIND, Op.IN, List.of("ENTERPRISE", "COOPERATIVE")),
                new Rule.Any(List.of(new Rule.Not(new Rule.Leaf(Attribute.REVENUE, Op.LTE, 100.0)),
                        new Rule.Leaf(Attribute.TAGS, Op.HAS, "外贸"),
                        new Rule.Not(new Rule.Any(List.of(new Rule.Leaf(Attribute.AGE_YEARS, Op.LTE, 3.0),
                                new Rule.Leaf(Attribute.INDUSTRY, Op.PREFIX, "C"))))))));
        rules.add(Rule.all(new Rule.Leaf(Attribute.SIZE, Op.IN, List.of("SMALL", "MICRO")),
                new Rule.Not(new Rule.All(List.of(new Rule.Leaf(Attribute.DISHONEST, Op.EQ, false),
                        new Rule.Not(new Rule.Leaf(Attribute.QUALIFICATIONS, Op.HAS, "高新技术企业")),
                        new Rule.Leaf(Attribute.CREDIT_CLASS, Op.IN, List.of("A", "B", "C")),
                        new Rule.Leaf(Attribute.ASSETS, Op.BETWEEN, new double[] {0, 300}))))));
        rules.add(new Rule.Any(List.of(new Rule.Leaf(Attribute.REGION, Op.EQ, "650102"), new Rule.Leaf(Attribute.SIZE, Op.EQ, "LARGE"))));
        List<CompiledRule> compiled = new ArrayList<>();
        for (int r = 0; r < rules.size(); r++) {
            compiled.add(new CompiledRule(r, rules.get(r), r % 2 == 0, table, AS_OF));
        }
        int[][] full = new MatchEngine(table).matchAll(compiled);
        for (int r = 0; r < rules.size(); r++) {
            Rule rule = rules.get(r);
            boolean autoGrant = r % 2 == 0;
            int[] brute = IntStream.range(0, all.size())
                    .filter(x -> all.get(x).active() && !(autoGrant && excluded.get(x))
                            && RuleEvaluator.evaluate(rule, all.get(x), AS_OF) == Boolean.TRUE)
                    .toArray();
            String name = RuleFormat.toTree(rule).toString();
            assertThat(new MatchEngine(table, 0).match(compiled.get(r))).as("row by row: %s", name).containsExactly(brute);
            assertThat(new MatchEngine(table, Integer.MAX_VALUE).match(compiled.get(r))).as("scanned: %s", name).containsExactly(brute);
            assertThat(full[r]).as("full match: %s", name).containsExactly(brute);
        }
    }

    @Test
    @DisplayName("ages count completed years: the anniversary itself counts, the day after does not, a future date is 0")
    void ageEdges() {
        EntityColumns table = new EntityColumns();
        int onAnniversary = table.put("A", withEstablished(LocalDate.of(2024, 11, 23)));
        int dayAfter = table.put("B", withEstablished(LocalDate.of(2024, 11, 24)));
        int future = table.put("C", withEstablished(LocalDate.of(2027, 1, 1)));
        int leap = table.put("D", withEstablished(LocalDate.of(2024, 2, 29)));
        table.put("E", withEstablished(null));
        Rule twoYears = new Rule.Leaf(Attribute.AGE_YEARS, Op.EQ, 2.0);
        Rule zero = new Rule.Leaf(Attribute.AGE_YEARS, Op.LTE, 0.0);
        for (int divisor : new int[] {0, Integer.MAX_VALUE}) {
            MatchEngine engine = new MatchEngine(table, divisor);
            assertThat(engine.match(new CompiledRule(1, twoYears, false, table, AS_OF))).containsExactly(onAnniversary, leap);
            assertThat(engine.match(new CompiledRule(1, zero, false, table, AS_OF))).containsExactly(future);
            assertThat(engine.match(new CompiledRule(1, twoYears, false, table, LocalDate.of(2026, 2, 28)))).isEmpty();
            assertThat(engine.match(new CompiledRule(1, twoYears, false, table, LocalDate.of(2026, 11, 24)))).containsExactly(onAnniversary, dayAfter, leap);
        }
    }

    private static EntityFacts withEstablished(LocalDate established) {
        return new EntityFacts("650102", "I6513", "SMALL", "ENTERPRISE", "PRIVATE", established, 25, 600.0, 700.0, Set.of(), Set.of(),
                "B", false, true);
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
