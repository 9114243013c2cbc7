package cn.yingshang.policy.internal;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** The catalogue of entity attributes a rule may name, with the operators each accepts. */
@cn.yingshang.shared.DomainType
public enum Attribute {
    REGION("region", "行政区划", Type.REGION, EnumSet.of(Op.EQ, Op.IN, Op.PREFIX)),
    INDUSTRY("industry", "行业", Type.INDUSTRY, EnumSet.of(Op.EQ, Op.IN, Op.PREFIX)),
    SIZE("size", "企业规模", Type.SIZE, EnumSet.of(Op.EQ, Op.IN)),
    KIND("kind", "主体类型", Type.KIND, EnumSet.of(Op.EQ, Op.IN)),
    /** Readable, never a condition: 003 §11 (equal treatment whatever the ownership). */
    OWNERSHIP("ownership", "所有制", Type.OWNERSHIP, EnumSet.noneOf(Op.class)),
    AGE_YEARS("ageYears", "成立年限（年）", Type.NUMBER, EnumSet.of(Op.EQ, Op.GTE, Op.LTE, Op.BETWEEN)),
    HEADCOUNT("headcount", "从业人数", Type.NUMBER, EnumSet.of(Op.EQ, Op.GTE, Op.LTE, Op.BETWEEN)),
    REVENUE("revenue", "营业收入（万元）", Type.NUMBER, EnumSet.of(Op.GTE, Op.LTE, Op.BETWEEN)),
    ASSETS("assets", "资产总额（万元）", Type.NUMBER, EnumSet.of(Op.GTE, Op.LTE, Op.BETWEEN)),
    QUALIFICATIONS("qualifications", "资质", Type.LABELS, EnumSet.of(Op.HAS)),
    TAGS("tags", "标签", Type.LABELS, EnumSet.of(Op.HAS)),
    CREDIT_CLASS("creditClass", "信用风险分类", Type.CREDIT_CLASS, EnumSet.of(Op.EQ, Op.IN)),
    DISHONEST("dishonest", "列入失信名单", Type.BOOLEAN, EnumSet.of(Op.EQ));

    enum Type { REGION, INDUSTRY, SIZE, KIND, OWNERSHIP, NUMBER, LABELS, CREDIT_CLASS, BOOLEAN }

    private final String key;
    private final String label;
    private final Type type;
    private final Set<Op> ops;

    Attribute(String key, String label, Type type, Set<Op> ops) {
        this.key = key;
        this.label = label;
        this.type = type;
        this.ops = ops;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
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
