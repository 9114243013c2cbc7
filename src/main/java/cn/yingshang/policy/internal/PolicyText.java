package cn.yingshang.policy.internal;

import cn.yingshang.platform.Text;
import cn.yingshang.registry.EntityKind;
import cn.yingshang.shared.CreditRiskClass;
import cn.yingshang.shared.EnterpriseSize;
import cn.yingshang.shared.Regions;
import java.util.List;

/** Conditions in plain Chinese for enterprises and officers: "企业规模 属于其一 小型、微型（本企业：小型）". */
final class PolicyText {

    private PolicyText() {
    }

    static String condition(RuleEvaluator.Condition c) {
        return Text.of("policy.fact.withOwnValue", requirement(c), actual(c));
    }

    static String requirement(RuleEvaluator.Condition c) {
        Attribute attr = Attribute.byKey(c.attr()).orElseThrow();
        Op op = Op.byKey(c.op()).orElseThrow();
        return attr.label() + " " + op.label() + " " + value(attr, c.expected());
    }

    static String actual(RuleEvaluator.Condition c) {
        if (c.actual() == null) {
            return Text.of("policy.fact.unknown");
        }
        Attribute attr = Attribute.byKey(c.attr()).orElseThrow();
        if (c.actual() instanceof List<?> l && l.isEmpty()) {
            return Text.of("policy.fact.none");
        }
        return value(attr, c.actual());
    }

    static String value(Attribute attr, Object v) {
        if (v instanceof List<?> list) {
            return String.join(Text.of("policy.fact.listSeparator"), list.stream().map(x -> value(attr, x)).toList());
        }
        if (v instanceof Double d) {
            return d == Math.rint(d) ? String.valueOf(d.longValue()) : String.valueOf(d);
        }
        String s = String.valueOf(v);
        return switch (attr) {
            case SIZE -> label(EnterpriseSize.class, s);
            case KIND -> label(EntityKind.class, s);
            case CREDIT_CLASS -> label(CreditRiskClass.class, s);
            case OWNERSHIP -> label(cn.yingshang.shared.Ownership.class, s);
            case DISHONEST -> "true".equals(s) ? Text.of("policy.fact.yes") : Text.of("policy.fact.no");
            case REGION -> Regions.find(s).map(r -> r.name()).orElse(s);
            case INDUSTRY -> cn.yingshang.shared.Industries.find(s).map(i -> i.name()).orElse(s);
            default -> s;
        };
    }

    /**
     * What the application form says it will submit, by label and in words ("企业规模：小型"), never the
     * matching engine's keys and codes ("size MICRO", "dishonest false", "[]").
     */
    static java.util.Map<String, String> facts(EntityFacts f, java.time.LocalDate asOf) {
        java.util.Map<String, String> shown = new java.util.LinkedHashMap<>();
        for (Attribute a : Attribute.values()) {
            Object v = f.valueOf(a, asOf);
            shown.put(a.label(), v == null ? null : v instanceof List<?> l && l.isEmpty() ? Text.of("policy.fact.none") : value(a, v));
        }
        shown.put(Text.of("policy.fact.establishedOn"), f.established() == null ? null : f.established().toString());
        return shown;
    }

    private static <E extends Enum<E>> String label(Class<E> type, String name) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                try {
                    return (String) type.getMethod("label").invoke(e);
                } catch (ReflectiveOperationException ex) {
                    return name;
                }
            }
        }
        return name;
    }
}
