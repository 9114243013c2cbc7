package cn.yingshang.policy.internal;

import cn.yingshang.platform.Text;
import cn.yingshang.shared.CreditRiskClass;
import cn.yingshang.shared.DomainViolation;
import cn.yingshang.shared.EnterpriseSize;
import cn.yingshang.registry.EntityKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The rule format for storage and exchange: a JSON tree read as plain Java values (Map, List,
 * String, Number, Boolean). Every refusal names the offending node by its path ({@code $.all[1].any[0]}).
 */
public final class RuleFormat {

    private static final Pattern REGION = Pattern.compile("\\d{6}");
    private static final Pattern REGION_PREFIX = Pattern.compile("\\d{1,6}");
    private static final Pattern INDUSTRY = Pattern.compile("[A-T]\\d{0,4}");

    private RuleFormat() {
    }

    public static Rule parse(Object tree) {
        return parse(tree, "$");
    }

    private static Rule parse(Object node, String path) {
        if (!(node instanceof Map<?, ?> map)) {
            throw refuse(path, Text.of("policy.ruleFormat.objectExpected"));
        }
        if (map.containsKey("all") || map.containsKey("any")) {
            String key = map.containsKey("all") ? "all" : "any";
            if (map.size() != 1) {
                throw refuse(path, Text.of("policy.ruleFormat.oneCombinatorKey", key));
            }
            if (!(map.get(key) instanceof List<?> list)) {
                throw refuse(path, Text.of("policy.ruleFormat.arrayExpected", key));
            }
            if (list.isEmpty()) {
                throw refuse(path, Text.of("policy.ruleFormat.emptyGroup", key));
            }
            List<Rule> children = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                children.add(parse(list.get(i), path + "." + key + "[" + i + "]"));
            }
            return key.equals("all") ? new Rule.All(children) : new Rule.Any(children);
        }
        if (map.containsKey("not")) {
            if (map.size() != 1) {
                throw refuse(path, Text.of("policy.ruleFormat.oneNotKey"));
            }
            return new Rule.Not(parse(map.get("not"), path + ".not"));
        }
        return leaf(map, path);
    }

    private static Rule.Leaf leaf(Map<?, ?> map, String path) {
        if (!(map.get("attr") instanceof String attrKey)) {
            throw refuse(path, Text.of("policy.ruleFormat.attrMissing"));
        }
        Attribute attr = Attribute.byKey(attrKey).orElseThrow(() -> refuse(path, Text.of("policy.ruleFormat.attrUnknown", attrKey)));
        if (attr == Attribute.OWNERSHIP) {
            throw refuse(path, Text.of("policy.ruleFormat.ownershipForbidden"));
        }
        if (!(map.get("op") instanceof String opKey)) {
            throw refuse(path, Text.of("policy.ruleFormat.opMissing"));
        }
        Op op = Op.byKey(opKey).orElseThrow(() -> refuse(path, Text.of("policy.ruleFormat.opUnknown", opKey)));
        if (!attr.ops().contains(op)) {
            throw refuse(path, Text.of("policy.ruleFormat.opNotSupported", attrKey, opKey));
        }
        for (Object key : map.keySet()) {
            if (!List.of("attr", "op", "value").contains(key)) {
                throw refuse(path, Text.of("policy.ruleFormat.keyUnknown", key));
            }
        }
        if (!map.containsKey("value") || map.get("value") == null) {
            throw refuse(path, Text.of("policy.ruleFormat.valueMissing"));
        }
        return new Rule.Leaf(attr, op, value(attr, op, map.get("value"), path));
    }

    private static Object value(Attribute attr, Op op, Object raw, String path) {
        return switch (op) {
            case IN -> {
                if (!(raw instanceof List<?> list) || list.isEmpty()) {
                    throw refuse(path, Text.of("policy.ruleFormat.inValues"));
                }
                List<String> values = new ArrayList<>();
                for (Object v : list) {
                    values.add(scalar(attr, v, path));
                }
                yield List.copyOf(values);
            }
            case PREFIX -> {
                if (!(raw instanceof String s) || s.isEmpty()) {
                    throw refuse(path, Text.of("policy.ruleFormat.prefixValue"));
                }
                boolean ok = attr == Attribute.REGION ? REGION_PREFIX.matcher(s).matches() : INDUSTRY.matcher(s).matches();
                if (!ok) {
                    throw refuse(path, Text.of("policy.ruleFormat.prefixInvalid", s, attr.label()));
                }
                yield s;
            }
            case GTE, LTE -> number(raw, path);
            case BETWEEN -> {
                if (!(raw instanceof List<?> list) || list.size() != 2) {
                    throw refuse(path, Text.of("policy.ruleFormat.betweenValues"));
                }
                double lo = number(list.get(0), path);
                double hi = number(list.get(1), path);
                if (lo > hi) {
                    throw refuse(path, Text.of("policy.ruleFormat.betweenOrder"));
                }
                yield new double[] {lo, hi};
            }
            case HAS -> {
                if (!(raw instanceof String s) || s.isBlank()) {
                    throw refuse(path, Text.of("policy.ruleFormat.hasValue"));
                }
                yield s.strip();
            }
            case EQ -> switch (attr.type()) {
                case NUMBER -> number(raw, path);
                case BOOLEAN -> {
                    if (!(raw instanceof Boolean b)) {
                        throw refuse(path, Text.of("policy.ruleFormat.booleanValue", attr.key()));
                    }
                    yield b;
                }
                default -> scalar(attr, raw, path);
            };
        };
    }

    private static String scalar(Attribute attr, Object raw, String path) {
        if (!(raw instanceof String s)) {
            throw refuse(path, Text.of("policy.ruleFormat.stringValue", attr.key()));
        }
        boolean ok = switch (attr.type()) {
            case REGION -> REGION.matcher(s).matches();
            case INDUSTRY -> INDUSTRY.matcher(s).matches();
            case SIZE -> isEnum(EnterpriseSize.class, s);
            case KIND -> isEnum(EntityKind.class, s);
            case CREDIT_CLASS -> isEnum(CreditRiskClass.class, s);
            default -> true;
        };
        if (!ok) {
            throw refuse(path, Text.of("policy.ruleFormat.codeInvalid", s, attr.label()));
        }
        return s;
    }

    private static <E extends Enum<E>> boolean isEnum(Class<E> type, String s) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(s)) {
                return true;
            }
        }
        return false;
    }

    private static double number(Object raw, String path) {
        if (raw instanceof Number n && !(raw instanceof Double d && (d.isNaN() || d.isInfinite()))) {
            return n.doubleValue();
        }
        throw refuse(path, Text.of("policy.ruleFormat.numberValue"));
    }

    private static DomainViolation refuse(String path, String message) {
        return DomainViolation.of("rule", "policy.ruleFormat.rule", path, message);
    }

    /** Back to the JSON tree (Map/List), the stored and exchanged form. */
    public static Object toTree(Rule rule) {
        return switch (rule) {
            case Rule.All a -> Map.of("all", a.children().stream().map(RuleFormat::toTree).toList());
            case Rule.Any a -> Map.of("any", a.children().stream().map(RuleFormat::toTree).toList());
            case Rule.Not n -> Map.of("not", toTree(n.child()));
            case Rule.Leaf l -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("attr", l.attr().key());
                m.put("op", l.op().key());
                m.put("value", plainValue(l));
                yield m;
            }
        };
    }

    /** A leaf's value as JSON would hold it (whole numbers without a fraction). */
    public static Object plainValue(Rule.Leaf l) {
        Object v = l.value();
        if (v instanceof double[] r) {
            return List.of(plain(r[0]), plain(r[1]));
        }
        if (v instanceof Double d) {
            return plain(d);
        }
        return v;
    }

    private static Number plain(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? (Number) (long) d : (Number) d;
    }
}
