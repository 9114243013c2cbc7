package cn.yingshang.shared;

import com.nlf.calendar.Lunar;
import com.nlf.calendar.Solar;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * The statutory holidays of any year, as 《全国年节及纪念日放假办法》 (amended 2024-11-10, Art. 2)
 * fixes them: 元旦 1 day (1 January); 春节 4 days from 除夕; 清明节 1 day (the solar term); 劳动节
 * 2 days from 1 May; 端午节 1 day (lunar 5/5); 中秋节 1 day (lunar 8/15); 国庆节 3 days from 1 October.
 * Lunar dates and the solar term come from lunar-java, not from a hand-made table.
 *
 * <p>This is the base of every year's calendar. Each year's notice only moves days around it
 * (bridging days and the weekends worked in exchange, 调休), so a year whose notice is not loaded
 * still has its statutory days off, and a deadline that crosses it is marked provisional.
 */
public final class StatutoryHolidays {

    /** The key lunar-java names the solar term of 清明节 by, read from {@code text/lunar-calendar.properties}. */
    private static final String QINGMING_SOLAR_TERM = solarTerm();

    private StatutoryHolidays() {
    }

    /** The statutory days off of a year, in date order (a date two holidays share is listed once). */
    public static List<CalendarDay> of(int year) {
        Map<LocalDate, String> days = new LinkedHashMap<>();
        days.put(LocalDate.of(year, 1, 1), name("new-year"));
        LocalDate newYear = date(Lunar.fromYmd(year, 1, 1).getSolar());
        for (int i = -1; i <= 2; i++) {
            days.put(newYear.plusDays(i), name("spring-festival"));
        }
        days.put(date(Lunar.fromYmd(year, 3, 1).getJieQiTable().get(QINGMING_SOLAR_TERM)), name("qingming"));
        days.put(LocalDate.of(year, 5, 1), name("labour-day"));
        days.put(LocalDate.of(year, 5, 2), name("labour-day"));
        days.put(date(Lunar.fromYmd(year, 5, 5).getSolar()), name("dragon-boat"));
        days.merge(date(Lunar.fromYmd(year, 8, 15).getSolar()), name("mid-autumn"), StatutoryHolidays::joined);
        for (int d = 1; d <= 3; d++) {
            days.merge(LocalDate.of(year, 10, d), name("national-day"), (a, b) -> joined(b, a));
        }
        List<CalendarDay> out = new ArrayList<>();
        days.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> out.add(CalendarDay.holiday(e.getKey(), text("holiday.statutory", e.getValue()))));
        return out;
    }

    /** The holiday names are display text: they live in the platform bundle (stored with each day in Chinese). */
    private static String name(String holiday) {
        return text("holiday." + holiday);
    }

    private static String joined(String first, String second) {
        return text("holiday.joined", first, second);
    }

    private static String text(String key, Object... args) {
        return ChineseBundle.text("i18n/messages", key, args);
    }

    private static String solarTerm() {
        try (InputStream in = StatutoryHolidays.class.getResourceAsStream("/text/lunar-calendar.properties")) {
            Properties names = new Properties();
            names.load(new InputStreamReader(Objects.requireNonNull(in), StandardCharsets.UTF_8));
            return names.getProperty("qingming-solar-term");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LocalDate date(Solar solar) {
        return LocalDate.of(solar.getYear(), solar.getMonth(), solar.getDay());
    }
}
