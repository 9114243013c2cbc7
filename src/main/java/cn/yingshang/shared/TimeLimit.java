package cn.yingshang.shared;

import java.util.Objects;

/**
 * 时限: a number of working or natural days, as rules state them (10个工作日内转交,
 * 30日内支付). Where it ends is for {@link WorkingDayCalendar#deadline} to say.
 */
public record TimeLimit(int days, DayCount count) {

    public TimeLimit {
        if (days < 0) {
            throw DomainViolation.of("days", "time-limit.days.negative");
        }
        Objects.requireNonNull(count, "count");
    }

    public static TimeLimit workingDays(int days) {
        return new TimeLimit(days, DayCount.WORKING);
    }

    public static TimeLimit naturalDays(int days) {
        return new TimeLimit(days, DayCount.NATURAL);
    }

    /** For people: 5个工作日, 30个自然日. */
    public String label() {
        return ChineseBundle.text("i18n/messages", "time-limit.label", days, count.label());
    }

    @Override
    public String toString() {
        return label();
    }
}
