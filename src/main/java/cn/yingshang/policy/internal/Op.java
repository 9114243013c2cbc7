package cn.yingshang.policy.internal;

import java.util.Optional;

/** Leaf operators of the rule format; {@code between} includes both ends. */
@cn.yingshang.shared.DomainType
public enum Op {
    EQ("eq", "等于"), IN("in", "属于其一"), PREFIX("prefix", "以…开头（含下级）"), GTE("gte", "不少于"),
    LTE("lte", "不超过"), BETWEEN("between", "介于（含两端）"), HAS("has", "具有");

    private final String key;
    private final String label;

    Op(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public static Optional<Op> byKey(String key) {
        for (Op o : values()) {
            if (o.key.equals(key)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }
}
