package cn.yingshang.projects.internal;

/** The factor needs 003 §13 (二) has secured for a private investor's project: water, heat, power, gas, drainage, telecoms, roads. */
@cn.yingshang.shared.DomainType
enum GuaranteeKind {
    WATER, HEAT, POWER, GAS, DRAINAGE, TELECOM, ROAD;

    public String key() {
        return "projects.guarantee.kind." + name();
    }
}
