package cn.yingshang.shared;

/** Whether a time limit counts working days (工作日) or calendar days (自然日). */
public enum DayCount implements Labelled {
    WORKING,
    NATURAL;

    @Override
    public String messageKey() {
        return "day-count." + name();
    }
}
