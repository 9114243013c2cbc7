package cn.yingshang.cockpit.internal;

/** Where a figure stands against its thresholds; the map colours by it. */
@cn.yingshang.shared.DomainType
enum FigureStatus {
    INSUFFICIENT("样本不足", "#b7bec8"), ON_TRACK("达标", "#2e8b57"), WATCH("关注", "#e0a100"), BREACH("预警", "#c0392b");

    private final String label;
    private final String colour;

    FigureStatus(String label, String colour) {
        this.label = label;
        this.colour = colour;
    }

    public String label() {
        return label;
    }

    public String colour() {
        return colour;
    }
}
