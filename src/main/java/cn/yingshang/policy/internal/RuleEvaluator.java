package cn.yingshang.policy.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Three-valued evaluation with an explanation of every condition. {@code all} is false if any
 * child is false, unknown if none is false but one is unknown; {@code any} the dual; {@code not}
 * of unknown is unknown. A leaf is unknown when the entity lacks the value.
 */
@cn.yingshang.shared.DomainType
public final class RuleEvaluator {

    private RuleEvaluator() {
    }

    public record Condition(String path, String attr, String op, Boolean result, Object actual, Object expected) {
    }

    public record Explanation(Boolean eligible, List<Condition> conditions) {

        public List<Condition> failed() {
            return conditions.stream().filter(c -> Boolean.FALSE.equals(c.result())).toList();
        }

        public List<Condition> unknown() {
            return conditions.stream().filter(c -> c.result() == null).toList();
        }
    }

    /** An entity that fails a rule by exactly one condition: the rule would hold were that condition met. */
    public record NearMiss(Condition condition) {
    }

    public static Explanation explain(Rule rule, EntityFacts facts, LocalDate asOf) {
        List<Condition> conditions = new ArrayList<>();
        rule.forEachLeaf((path, leaf) -> conditions.add(new Condition(path, leaf.attr().key(), leaf.op().key(),
                leaf(leaf, facts, asOf), facts.valueOf(leaf.attr(), asOf), RuleFormat.plainValue(leaf))));
        return new Explanation(evaluate(rule, facts, asOf, Map.of()), conditions);
    }

    public static Boolean evaluate(Rule rule, EntityFacts facts, LocalDate asOf) {
        return evaluate(rule, facts, asOf, Map.of());
    }

    /**
     * The single failed condition that stands between the entity and the rule, if there is
     * exactly one such condition; empty otherwise (eligible, unknown, or more than one away).
     */
    public static java.util.Optional<NearMiss> nearMiss(Rule rule, EntityFacts facts, LocalDate asOf) {
        if (evaluate(rule, facts, asOf) != Boolean.FALSE) {
            return java.util.Optional.empty();
        }
        List<Rule.Leaf> leaves = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        rule.forEachLeaf((p, l) -> {
            leaves.add(l);
            paths.add(p);
        });
        Condition found = null;
        int flips = 0;
        for (int i = 0; i < leaves.size(); i++) {
            Rule.Leaf l = leaves.get(i);
            Boolean actual = leaf(l, facts, asOf);
            if (actual == null) {
                continue;
            }
            Map<Rule.Leaf, Boolean> forced = new IdentityHashMap<>();
            forced.put(l, !actual);
            if (evaluate(rule, facts, asOf, forced) == Boolean.TRUE) {
                flips++;
                found = new Condition(paths.get(i), l.attr().key(), l.op().key(), actual, facts.valueOf(l.attr(), asOf),
                        RuleFormat.plainValue(l));
            }
        }
        return flips == 1 ? java.util.Optional.of(new NearMiss(found)) : java.util.Optional.empty();
    }

    private static Boolean evaluate(Rule rule, EntityFacts facts, LocalDate asOf, Map<Rule.Leaf, Boolean> forced) {
        return switch (rule) {
            case Rule.All a -> {
                boolean unknown = false;
                for (Rule c : a.children()) {
                    Boolean r = evaluate(c, facts, asOf, forced);
                    if (r == Boolean.FALSE) {
                        yield false;
                    }
                    unknown |= r == null;
                }
                yield unknown ? null : true;
            }
            case Rule.Any a -> {
                boolean unknown = false;
                for (Rule c : a.children()) {
                    Boolean r = evaluate(c, facts, asOf, forced);
                    if (r == Boolean.TRUE) {
                        yield true;
                    }
                    unknown |= r == null;
                }
                yield unknown ? null : false;
            }
            case Rule.Not n -> {
                Boolean r = evaluate(n.child(), facts, asOf, forced);
                yield r == null ? null : !r;
            }
            case Rule.Leaf l -> forced.containsKey(l) ? forced.get(l) : leaf(l, facts, asOf);
        };
    }

    static Boolean leaf(Rule.Leaf l, EntityFacts facts, LocalDate asOf) {
        Object actual = switch (l.attr()) {
            case QUALIFICATIONS -> facts.qualifications();
            case TAGS -> facts.tags();
            default -> facts.valueOf(l.attr(), asOf);
        };
        if (actual == null) {
            return null;
        }
        return switch (l.op()) {
            case EQ -> switch (actual) {
                case Number n -> n.doubleValue() == l.number();
                case Boolean b -> b.equals(l.value());
                default -> actual.equals(l.value());
            };
            case IN -> l.list().contains((String) actual);
            case PREFIX -> ((String) actual).startsWith(l.text());
            case GTE -> ((Number) actual).doubleValue() >= l.number();
            case LTE -> ((Number) actual).doubleValue() <= l.number();
            case BETWEEN -> {
                double v = ((Number) actual).doubleValue();
                yield v >= l.range()[0] && v <= l.range()[1];
            }
            case HAS -> ((java.util.Set<?>) actual).contains(l.text());
        };
    }
}
