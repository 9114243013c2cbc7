package cn.yingshang.cockpit.internal;

import cn.yingshang.shared.ChineseBundle;
import cn.yingshang.shared.DomainViolation;

/** 政务服务"好差评" (国办发〔2019〕51号): five levels; 不满意 and 非常不满意 are 差评. */
@cn.yingshang.shared.DomainType
enum ServiceLevel {
    VERY_DISSATISFIED(1), DISSATISFIED(2), FAIR(3), SATISFIED(4), VERY_SATISFIED(5);

    private final int level;

    ServiceLevel(int level) {
        this.level = level;
    }

    static ServiceLevel of(int level) {
        for (ServiceLevel l : values()) {
            if (l.level == level) {
                return l;
            }
        }
        throw DomainViolation.of("level", "cockpit.surveys.ratingRange");
    }

    public int level() {
        return level;
    }

    public String label() {
        return ChineseBundle.text("i18n/cockpit", "cockpit.serviceLevel." + name());
    }

    /** 差评: the two lowest levels; each is verified, rectified by a deadline and revisited. */
    public boolean isPoor() {
        return level <= 2;
    }

    /** Counted as satisfied in surveys: 基本满意 and above. */
    public boolean isSatisfied() {
        return level >= 3;
    }

    String name2() {
        return String.valueOf(level);
    }
}
