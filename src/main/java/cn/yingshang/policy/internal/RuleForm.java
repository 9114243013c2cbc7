package cn.yingshang.policy.internal;

import cn.yingshang.platform.Text;
import cn.yingshang.shared.DomainViolation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The no-code rule builder: up to {@value #GROUPS} groups of up to {@value #ROWS} rows
 * (attribute / operator / value), each group joined by "all" or "any"; every group must hold.
 * Field names: {@code g0.join}, {@code g0.r1.attr}, {@code g0.r1.op}, {@code g0.r1.value}.
 */
final class RuleForm {

    static final int GROUPS = 2;
    static final int ROWS = 5;

    private RuleForm() {
    }

    static Rule read(Map<String, String> form) {
        List<Object> groups = new ArrayList<>();
        for (int g = 0; g < GROUPS; g++) {
            List<Object> leaves = new ArrayList<>();
            for (int r = 0; r < ROWS; r++) {
                String prefix = "g" + g + ".r" + r + ".";
                String attr = form.getOrDefault(prefix + "attr", "").strip();
                String value = form.getOrDefault(prefix + "value", "").strip();
                if (value.isEmpty() && Attribute.SIZE.key().equals(attr)) {
                    value = form.getOrDefault(prefix + "size", "").strip();
                }
                if (attr.isEmpty()) {
                    continue;
                }
                String op = form.getOrDefault(prefix + "op", "").strip();
                String where = Text.of("policy.ruleForm.rowPosition", (g + 1), (r + 1));
                Attribute a = Attribute.byKey(attr).orElseThrow(() -> DomainViolation.of("rule", "policy.ruleForm.rule", where));
                if (a == Attribute.OWNERSHIP) {
                    throw DomainViolation.of("rule", "policy.ruleForm.rule2", where);
                }
                if (value.isEmpty()) {
                    throw DomainViolation.of("rule", "policy.ruleForm.rule3", where);
                }
                Map<String, Object> leaf = new LinkedHashMap<>();
                leaf.put("attr", attr);
                leaf.put("op", op);
                leaf.put("value", value(a, op, value, where));
                leaves.add(leaf);
            }
            if (!leaves.isEmpty()) {
                groups.add(Map.of("any".equals(form.get("g" + g + ".join")) ? "any" : "all", leaves));
            }
        }
        if (groups.isEmpty()) {
            throw DomainViolation.of("rule", "policy.ruleForm.rule4");
        }
        try {
            return RuleFormat.parse(Map.of("all", groups));
        } catch (DomainViolation e) {
            throw new DomainViolation("rule", e.getMessage());
        }
    }

    private static Object value(Attribute a, String op, String text, String where) {
        try {
            return switch (op) {
                case "in" -> Arrays.stream(text.split(Text.of("policy.ruleForm.valueSeparators"))).filter(s -> !s.isEmpty()).map(s -> code(a, s)).toList();
                case "between" -> {
                    String[] parts = text.split(Text.of("policy.ruleForm.listSeparators"));
                    if (parts.length != 2) {
                        throw DomainViolation.of("rule", "policy.ruleForm.rule5", where);
                    }
                    yield List.of(new BigDecimal(parts[0]), new BigDecimal(parts[1]));
                }
                case "gte", "lte" -> new BigDecimal(text);
                case "eq" -> switch (a) {
                    case AGE_YEARS, HEADCOUNT, REVENUE, ASSETS -> new BigDecimal(text);
                    case DISHONEST -> {
                        if (text.equals(Text.of("policy.ruleForm.yes")) || text.equals("true")) {
                            yield Boolean.TRUE;
                        }
                        if (text.equals(Text.of("policy.ruleForm.no")) || text.equals("false")) {
                            yield Boolean.FALSE;
                        }
                        throw DomainViolation.of("rule", "policy.ruleForm.rule6", where);
                    }
                    default -> code(a, text);
                };
                default -> code(a, text);
            };
        } catch (NumberFormatException e) {
            throw DomainViolation.of("rule", "policy.ruleForm.rule7", where, text);
        }
    }

    /** The form fields for a rule built by this form (all of groups of leaves); empty if the rule has another shape. */
    static Map<String, String> write(Rule rule) {
        Map<String, String> out = new LinkedHashMap<>();
        if (!(rule instanceof Rule.All top) || top.children().size() > GROUPS) {
            return out;
        }
        for (int g = 0; g < top.children().size(); g++) {
            Rule group = top.children().get(g);
            List<Rule> leaves = switch (group) {
                case Rule.All a -> a.children();
                case Rule.Any a -> a.children();
                default -> List.of(group);
            };
            out.put("g" + g + ".join", group instanceof Rule.Any ? "any" : "all");
            for (int r = 0; r < Math.min(ROWS, leaves.size()); r++) {
                if (!(leaves.get(r) instanceof Rule.Leaf l)) {
                    return new LinkedHashMap<>();
                }
                String p = "g" + g + ".r" + r + ".";
                out.put(p + "attr", l.attr().key());
                out.put(p + "op", l.op().key());
                Object v = RuleFormat.plainValue(l);
                if (l.attr() == Attribute.SIZE && !(v instanceof List<?>)) {
                    // A single size goes back into the row's size select, which sends the code.
                    out.put(p + "size", String.valueOf(v));
                    continue;
                }
                out.put(p + "value", v instanceof List<?> list ? String.join(",", list.stream().map(x -> label(l.attr(), x)).toList())
                        : v instanceof Boolean b ? (b ? Text.of("policy.ruleForm.yes") : Text.of("policy.ruleForm.no")) : label(l.attr(), v));
            }
        }
        return out;
    }

    /** Officials type and read sizes, kinds and credit classes by their Chinese labels (小型, 个体工商户); the rule stores the code. */
    private static String code(Attribute a, String text) {
        Class<? extends Enum<?>> type = labelled(a);
        if (type != null) {
            for (Enum<?> e : type.getEnumConstants()) {
                if (text.equals(labelOf(e))) {
                    return e.name();
                }
            }
        }
        return text;
    }

    private static String label(Attribute a, Object value) {
        Class<? extends Enum<?>> type = labelled(a);
        if (type != null) {
            for (Enum<?> e : type.getEnumConstants()) {
                if (e.name().equals(String.valueOf(value))) {
                    return labelOf(e);
                }
            }
        }
        return String.valueOf(value);
    }

    private static Class<? extends Enum<?>> labelled(Attribute a) {
        return switch (a) {
            case SIZE -> cn.yingshang.shared.EnterpriseSize.class;
            case KIND -> cn.yingshang.registry.EntityKind.class;
            default -> null;
        };
    }

    private static String labelOf(Enum<?> e) {
        try {
            return (String) e.getDeclaringClass().getMethod("label").invoke(e);
        } catch (ReflectiveOperationException ex) {
            return e.name();
        }
    }
}
