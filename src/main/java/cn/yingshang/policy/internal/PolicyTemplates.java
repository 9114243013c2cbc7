package cn.yingshang.policy.internal;

import cn.yingshang.platform.Text;
import cn.yingshang.shared.RegionCode;
import cn.yingshang.shared.Regions;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Rules generated from realistic policy templates (稳岗, industry support, qualification rewards,
 * SME loans, cooperatives, foreign trade, start-ups) over realistic region scopes, for the engine's
 * equivalence tests and the benchmarks. The same seed gives the same rules.
 */
public final class PolicyTemplates {

    private static final String[] INDUSTRY_PREFIXES = {"C", "C13", "C17", "I", "I65", "F51", "H", "G54", "D44", "M", "E", "A01"};
    private static final String[] QUALIFICATIONS = {Text.of("policy.template.HIGH_TECH"), Text.of("policy.template.SPECIALISED_SME"), Text.of("policy.template.TECH_SME")};

    private PolicyTemplates() {
    }

    public static List<Rule> generate(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<RegionCode> prefectures = Regions.prefectures();
        List<RegionCode> counties = Regions.counties();
        List<Rule> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int scope = random.nextInt(100);
            Rule.Leaf region = scope < 15 ? new Rule.Leaf(Attribute.REGION, Op.PREFIX, "65")
                    : scope < 70 ? new Rule.Leaf(Attribute.REGION, Op.PREFIX,
                    Policy.scopePrefix(prefectures.get(random.nextInt(prefectures.size())).code()))
                    : new Rule.Leaf(Attribute.REGION, Op.EQ, counties.get(random.nextInt(counties.size())).code());
            out.add(new Rule.All(List.of(region, body(random))));
        }
        return out;
    }

    private static Rule body(SplittableRandom r) {
        return switch (r.nextInt(7)) {
            case 0 -> all(new Rule.Leaf(Attribute.SIZE, Op.IN, List.of("MEDIUM", "SMALL", "MICRO")),
                    new Rule.Leaf(Attribute.HEADCOUNT, Op.GTE, (double) (3 + r.nextInt(30))),
                    new Rule.Leaf(Attribute.AGE_YEARS, Op.GTE, (double) (1 + r.nextInt(3))),
                    new Rule.Leaf(Attribute.DISHONEST, Op.EQ, false));
            case 1 -> all(new Rule.Leaf(Attribute.INDUSTRY, Op.PREFIX, INDUSTRY_PREFIXES[r.nextInt(INDUSTRY_PREFIXES.length)]),
                    new Rule.Leaf(Attribute.REVENUE, Op.GTE, (double) (100 + r.nextInt(2000))));
            case 2 -> all(new Rule.Leaf(Attribute.KIND, Op.EQ, "ENTERPRISE"),
                    new Rule.Leaf(Attribute.QUALIFICATIONS, Op.HAS, QUALIFICATIONS[r.nextInt(QUALIFICATIONS.length)]));
            case 3 -> all(new Rule.Leaf(Attribute.KIND, Op.EQ, "ENTERPRISE"),
                    new Rule.Leaf(Attribute.SIZE, Op.IN, List.of("SMALL", "MICRO")),
                    new Rule.Leaf(Attribute.CREDIT_CLASS, Op.IN, List.of("A", "B")),
                    new Rule.Leaf(Attribute.AGE_YEARS, Op.BETWEEN, new double[] {1, 5 + r.nextInt(10)}));
            case 4 -> all(new Rule.Leaf(Attribute.KIND, Op.EQ, "COOPERATIVE"),
                    new Rule.Leaf(Attribute.INDUSTRY, Op.PREFIX, "A"),
                    new Rule.Any(List.of(new Rule.Leaf(Attribute.TAGS, Op.HAS, Text.of("policy.template.AGRICULTURE")),
                            new Rule.Leaf(Attribute.HEADCOUNT, Op.GTE, (double) (5 + r.nextInt(10))))));
            case 5 -> all(new Rule.Leaf(Attribute.TAGS, Op.HAS, Text.of("policy.template.FOREIGN_TRADE")),
                    new Rule.Any(List.of(new Rule.Leaf(Attribute.REVENUE, Op.GTE, (double) (300 + r.nextInt(1000))),
                            new Rule.Leaf(Attribute.HEADCOUNT, Op.GTE, (double) (30 + r.nextInt(50))))));
            default -> all(new Rule.Leaf(Attribute.SIZE, Op.EQ, "MICRO"),
                    new Rule.Leaf(Attribute.AGE_YEARS, Op.LTE, (double) (1 + r.nextInt(3))),
                    new Rule.Not(new Rule.Leaf(Attribute.CREDIT_CLASS, Op.EQ, "D")));
        };
    }

    private static Rule all(Rule... children) {
        return new Rule.All(List.of(children));
    }
}
