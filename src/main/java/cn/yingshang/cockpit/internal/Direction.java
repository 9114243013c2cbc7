package cn.yingshang.cockpit.internal;

/** Whether a rising figure is good news (satisfaction) or bad news (overdue share). */
@cn.yingshang.shared.DomainType
enum Direction {
    HIGHER_IS_BETTER("越高越好"), LOWER_IS_BETTER("越低越好");

    private final String label;

    Direction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
