package cn.yingshang.policy.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * An eligibility rule (申报条件): a tree of {@code all}, {@code any}, {@code not} and leaves. Values
 * of leaves are already validated and normalised by {@link RuleFormat}: strings, a
 * {@code List<String>} for {@code in}, doubles for numbers ({@code double[2]} for between), Boolean.
 */
@cn.yingshang.shared.DomainType
public sealed interface Rule {

    record All(List<Rule> children) implements Rule {
        public All {
            children = List.copyOf(children);
        }
    }

    record Any(List<Rule> children) implements Rule {
        public Any {
            children = List.copyOf(children);
        }
    }

    record Not(Rule child) implements Rule {
    }

    record Leaf(Attribute attr, Op op, Object value) implements Rule {
        public double number() {
            return (Double) value;
        }

        public double[] range() {
            return (double[]) value;
        }

        @SuppressWarnings("unchecked")
        public List<String> list() {
            return (List<String>) value;
        }

        public String text() {
            return (String) value;
        }
    }

    static Rule all(Rule... children) {
        return new All(List.of(children));
    }

    /** Every leaf with its path, depth first. */
    default void forEachLeaf(LeafVisitor visitor) {
        walk(this, "$", visitor);
    }

    interface LeafVisitor {
        void visit(String path, Leaf leaf);
    }

    private static void walk(Rule rule, String path, LeafVisitor visitor) {
        switch (rule) {
            case All a -> {
                for (int i = 0; i < a.children().size(); i++) {
                    walk(a.children().get(i), path + ".all[" + i + "]", visitor);
                }
            }
            case Any a -> {
                for (int i = 0; i < a.children().size(); i++) {
                    walk(a.children().get(i), path + ".any[" + i + "]", visitor);
                }
            }
            case Not n -> walk(n.child(), path + ".not", visitor);
            case Leaf l -> visitor.visit(path, l);
        }
    }

    /** The attributes the rule reads (for incremental re-matching). */
    default Set<Attribute> attributes() {
        Set<Attribute> found = java.util.EnumSet.noneOf(Attribute.class);
        forEachLeaf((p, l) -> found.add(l.attr()));
        return found;
    }

    /** Leaves that must be true for the whole rule to be true: those under {@code all} only, from the root. */
    default List<Leaf> requiredLeaves() {
        List<Leaf> out = new ArrayList<>();
        collectRequired(this, out::add);
        return out;
    }

    private static void collectRequired(Rule rule, Consumer<Leaf> out) {
        switch (rule) {
            case All a -> a.children().forEach(c -> collectRequired(c, out));
            case Leaf l -> out.accept(l);
            default -> {
            }
        }
    }
}
