package cn.yingshang.policy.internal;

import cn.yingshang.platform.Text;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** The catalogue of entity attributes a rule may name, with the operators each accepts. */
@cn.yingshang.shared.DomainType
public enum Attribute {
    REGION("region", "policy.attribute.REGION", Type.REGION, EnumSet.of(Op.EQ, Op.IN, Op.PREFIX)),
    INDUSTRY("industry", "policy.attribute.INDUSTRY", Type.INDUSTRY, EnumSet.of(Op.EQ, Op.IN, Op.PREFIX)),
    SIZE("size", "policy.attribute.SIZE", Type.SIZE, EnumSet.of(Op.EQ, Op.IN)),
    KIND("kind", "policy.attribute.KIND", Type.KIND, EnumSet.of(Op.EQ, Op.IN)),
    /** Readable, never a condition: 003 §11 (equal treatment whatever the ownership). */
    OWNERSHIP("ownership", "policy.attribute.OWNERSHIP", Type.OWNERSHIP, EnumSet.noneOf(Op.class)),
    AGE_YEARS("ageYears", "policy.attribute.AGE_YEARS", Type.NUMBER, EnumSet.of(Op.EQ, Op.GTE, Op.LTE, Op.BETWEEN)),
    HEADCOUNT("headcount", "policy.attribute.HEADCOUNT", Type.NUMBER, EnumSet.of(Op.EQ, Op.GTE, Op.LTE, Op.BETWEEN)),
    REVENUE("revenue", "policy.attribute.REVENUE", Type.NUMBER, EnumSet.of(Op.GTE, Op.LTE, Op.BETWEEN)),
    ASSETS("assets", "policy.attribute.ASSETS", Type.NUMBER, EnumSet.of(Op.GTE, Op.LTE, Op.BETWEEN)),
    QUALIFICATIONS("qualifications", "policy.attribute.QUALIFICATIONS", Type.LABELS, EnumSet.of(Op.HAS)),
    TAGS("tags", "policy.attribute.TAGS", Type.LABELS, EnumSet.of(Op.HAS)),
    CREDIT_CLASS("creditClass", "policy.attribute.CREDIT_CLASS", Type.CREDIT_CLASS, EnumSet.of(Op.EQ, Op.IN)),
    DISHONEST("dishonest", "policy.attribute.DISHONEST", Type.BOOLEAN, EnumSet.of(Op.EQ));

    enum Type { REGION, INDUSTRY, SIZE, KIND, OWNERSHIP, NUMBER, LABELS, CREDIT_CLASS, BOOLEAN }

    private final String key;
    private final String labelKey;
    private final Type type;
    private final Set<Op> ops;

    Attribute(String key, String label, Type type, Set<Op> ops) {
        this.key = key;
        this.labelKey = label;
        this.type = type;
        this.ops = ops;
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

    Type type() {
        return type;
    }

    public Set<Op> ops() {
        return ops;
    }

    public boolean isCondition() {
        return !ops.isEmpty();
    }

    public static Optional<Attribute> byKey(String key) {
        for (Attribute a : values()) {
            if (a.key.equals(key)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
