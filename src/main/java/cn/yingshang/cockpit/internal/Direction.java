package cn.yingshang.cockpit.internal;

import cn.yingshang.shared.Labelled;

/** Whether a rising figure is good news (satisfaction) or bad news (overdue share). */
@cn.yingshang.shared.DomainType
enum Direction implements Labelled {
    HIGHER_IS_BETTER, LOWER_IS_BETTER;

    @Override
    public String messageKey() {
        return "cockpit.direction." + name();
    }

    @Override
    public String bundle() {
        return "i18n/cockpit";
    }
}
