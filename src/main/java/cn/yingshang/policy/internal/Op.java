package cn.yingshang.policy.internal;

import cn.yingshang.platform.Text;
import java.util.Optional;

/** Leaf operators of the rule format; {@code between} includes both ends. */
@cn.yingshang.shared.DomainType
public enum Op {
    EQ("eq", "policy.op.EQ"), IN("in", "policy.op.IN"), PREFIX("prefix", "policy.op.PREFIX"), GTE("gte", "policy.op.GTE"),
    LTE("lte", "policy.op.LTE"), BETWEEN("between", "policy.op.BETWEEN"), HAS("has", "policy.op.HAS");

    private final String key;
    private final String labelKey;

    Op(String key, String label) {
        this.key = key;
        this.labelKey = label;
    }

    public String key() {
        return key;
    }

    /** The bundle key of the label. */
    public String labelKey() {
        return labelKey;
    }

    /** The label in the request's language. */
    public String label() {
        return Text.of(labelKey);
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
