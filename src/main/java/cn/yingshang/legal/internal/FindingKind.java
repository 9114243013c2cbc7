package cn.yingshang.legal.internal;

/**
 * What a quarterly review can find in a department's handling of enterprise cases: the wrongs 002 #49 names
 * (久拖不立, 久审不结, 超标的查封, 侵犯企业合法权益, 机械执法, 不作为·慢作为·乱作为), the ways of enforcing 002 #47
 * names (任性执法, 选择性执法, 一刀切式执法), or nothing to rectify.
 */
@cn.yingshang.shared.DomainType
enum FindingKind {
    DELAYED_FILING, DELAYED_TRIAL, EXCESSIVE_SEIZURE, INFRINGED_RIGHTS, MECHANICAL_ENFORCEMENT, INACTION, ARBITRARY_ENFORCEMENT,
    NO_PROBLEM;

    boolean needsRectification() {
        return this != NO_PROBLEM;
    }

    static FindingKind of(String name) {
        for (FindingKind k : values()) {
            if (k.name().equals(name)) {
                return k;
            }
        }
        return null;
    }
}
