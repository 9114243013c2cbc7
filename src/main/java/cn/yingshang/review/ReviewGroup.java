package cn.yingshang.review;

import cn.yingshang.platform.Text;

/** The four groups of review standards (公平竞争审查条例 Art. 8–11); labels and articles in i18n/review.properties. */
public enum ReviewGroup {
    MARKET_ACCESS,
    FREE_FLOW,
    PRODUCTION_COST,
    PRODUCTION_CONDUCT;

    /** The bundle key of the group's label; its article is under {@code <key>.article}. */
    public String key() {
        return "review.reviewGroup." + name();
    }

    public String label() {
        return Text.of(key());
    }

    public String article() {
        return Text.of(key() + ".article");
    }
}
