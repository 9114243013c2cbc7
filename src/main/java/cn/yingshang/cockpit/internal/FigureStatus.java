package cn.yingshang.cockpit.internal;

import cn.yingshang.shared.Labelled;

/** Where a figure stands against its thresholds; the map colours by it. */
@cn.yingshang.shared.DomainType
enum FigureStatus implements Labelled {
    INSUFFICIENT("#b7bec8"), ON_TRACK("#2e8b57"), WATCH("#e0a100"), BREACH("#c0392b");
    private final String colour;

    FigureStatus(String colour) {
        this.colour = colour;
    }

    @Override
    public String messageKey() {
        return "cockpit.figure-status." + name();
    }

    @Override
    public String bundle() {
        return "i18n/cockpit";
    }

    public String colour() {
        return colour;
    }
}
