package cn.yingshang.shared;

/** Whether a time limit counts working days (工作日) or calendar days (自然日). */
public enum DayCount {
    WORKING("工作日"),
    NATURAL("自然日");

    private final String label;

    DayCount(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
