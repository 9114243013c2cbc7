package cn.yingshang.bench;

import cn.yingshang.policy.internal.Rule;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The same rules as DRL, one rule per policy. Three-valued logic is kept exactly: a rule fires
 * when its condition is TRUE, where T(all)=∧T, T(any)=∨T, T(not x)=F(x), F(all)=∨F, F(any)=∧F,
 * and a leaf is TRUE or FALSE only when its value is known.
 */
final class PolicyDrl {

    private PolicyDrl() {
    }

    static String of(List<Rule> rules, List<Boolean> autoGrant) {
        StringBuilder drl = new StringBuilder("""
                package cn.yingshang.bench.rules;
                import cn.yingshang.bench.EntityFact;
                global cn.yingshang.bench.MatchCollector collector;
                """);
        for (int i = 0; i < rules.size(); i++) {
            drl.append("rule \"p").append(i).append("\"\nwhen\n  $e : EntityFact( active")
                    .append(autoGrant.get(i) ? ", !excluded" : "");
            Rule rule = rules.get(i);
            // top-level conjuncts become separate constraints, so Drools can share and index them
            List<Rule> parts = rule instanceof Rule.All a ? flatten(a) : List.of(rule);
            for (Rule part : parts) {
                drl.append(",\n    ").append(t(part));
            }
            drl.append(" )\nthen\n  collector.add(").append(i).append(", $e.getRow());\nend\n");
        }
        return drl.toString();
    }

    private static List<Rule> flatten(Rule.All all) {
        return all.children().stream().flatMap(c -> c instanceof Rule.All a ? flatten(a).stream() : java.util.stream.Stream.of(c))
                .toList();
    }

    private static String t(Rule r) {
        return switch (r) {
            case Rule.All a -> "(" + a.children().stream().map(PolicyDrl::t).collect(Collectors.joining(" && ")) + ")";
            case Rule.Any a -> "(" + a.children().stream().map(PolicyDrl::t).collect(Collectors.joining(" || ")) + ")";
            case Rule.Not n -> f(n.child());
            case Rule.Leaf l -> "(" + known(l) + " && " + cond(l) + ")";
        };
    }

    private static String f(Rule r) {
        return switch (r) {
            case Rule.All a -> "(" + a.children().stream().map(PolicyDrl::f).collect(Collectors.joining(" || ")) + ")";
            case Rule.Any a -> "(" + a.children().stream().map(PolicyDrl::f).collect(Collectors.joining(" && ")) + ")";
            case Rule.Not n -> t(n.child());
            case Rule.Leaf l -> "(" + known(l) + " && !(" + cond(l) + "))";
        };
    }

    private static String field(Rule.Leaf l) {
        return switch (l.attr()) {
            case REGION -> "region";
            case INDUSTRY -> "industry";
            case SIZE -> "size";
            case KIND -> "kind";
            case AGE_YEARS -> "ageYears";
            case HEADCOUNT -> "headcount";
            case REVENUE -> "revenue";
            case ASSETS -> "assets";
            case QUALIFICATIONS -> "qualifications";
            case TAGS -> "tags";
            case CREDIT_CLASS -> "creditClass";
            case DISHONEST -> "dishonest";
            case OWNERSHIP -> throw new IllegalArgumentException("ownership");
        };
    }

    private static String known(Rule.Leaf l) {
        return switch (l.attr()) {
            case AGE_YEARS, HEADCOUNT, DISHONEST -> field(l) + " >= 0";
            case REVENUE -> "revenueKnown";
            case ASSETS -> "assetsKnown";
            case QUALIFICATIONS, TAGS -> "true";
            default -> field(l) + " != null";
        };
    }

    private static String cond(Rule.Leaf l) {
        String f = field(l);
        return switch (l.op()) {
            case EQ -> switch (l.attr()) {
                case DISHONEST -> f + " == " + (Boolean.TRUE.equals(l.value()) ? 1 : 0);
                case AGE_YEARS, HEADCOUNT, REVENUE, ASSETS -> f + " == " + l.number();
                default -> f + " == \"" + l.text() + "\"";
            };
            case IN -> f + " in (" + l.list().stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(", ")) + ")";
            case PREFIX -> f + ".startsWith(\"" + l.text() + "\")";
            case GTE -> f + " >= " + l.number();
            case LTE -> f + " <= " + l.number();
            case BETWEEN -> f + " >= " + l.range()[0] + " && " + f + " <= " + l.range()[1];
            case HAS -> f + " contains \"" + l.text() + "\"";
        };
    }
}
