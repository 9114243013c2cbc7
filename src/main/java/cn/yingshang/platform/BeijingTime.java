package cn.yingshang.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

/**
 * The region's one official clock for people: every stored instant (timestamptz, {@link Instant},
 * {@link OffsetDateTime} in whatever offset the driver chose) is shown in Asia/Shanghai. Pages use it
 * as {@code #clock} (see {@code ClockDialect}); Java code that writes times into text or files calls
 * it directly. A {@link LocalDateTime} or {@link LocalDate} is taken as already Beijing time.
 */
public final class BeijingTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private BeijingTime() {
    }

    /** The value on the Beijing wall clock, or null for null (and for a value that is not a time). */
    public static LocalDateTime local(Object value) {
        return switch (value) {
            case null -> null;
            case Instant i -> LocalDateTime.ofInstant(i, ZONE);
            case OffsetDateTime o -> o.atZoneSameInstant(ZONE).toLocalDateTime();
            case ZonedDateTime z -> z.withZoneSameInstant(ZONE).toLocalDateTime();
            case LocalDateTime l -> l;
            case LocalDate d -> d.atStartOfDay();
            case java.util.Date d -> LocalDateTime.ofInstant(d.toInstant(), ZONE);
            default -> null;
        };
    }

    public static String date(Object value) {
        if (value instanceof LocalDate d) {
            return DATE.format(d);
        }
        return format(value, DATE);
    }

    public static String minutes(Object value) {
        return format(value, MINUTES);
    }

    public static String seconds(Object value) {
        return format(value, SECONDS);
    }

    public static String clock(Object value) {
        return format(value, CLOCK);
    }

    private static String format(Object value, DateTimeFormatter pattern) {
        TemporalAccessor local = local(value);
        return local == null ? (value == null ? "" : value.toString()) : pattern.format(local);
    }
}
