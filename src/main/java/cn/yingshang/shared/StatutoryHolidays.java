package cn.yingshang.shared;

import com.nlf.calendar.Lunar;
import com.nlf.calendar.Solar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    private StatutoryHolidays() {
    }

    /** The statutory days off of a year, in date order (a date two holidays share is listed once). */
    public static List<CalendarDay> of(int year) {
        Map<LocalDate, String> days = new LinkedHashMap<>();
        days.put(LocalDate.of(year, 1, 1), "元旦");
        LocalDate newYear = date(Lunar.fromYmd(year, 1, 1).getSolar());
        for (int i = -1; i <= 2; i++) {
            days.put(newYear.plusDays(i), "春节");
        }
        days.put(date(Lunar.fromYmd(year, 3, 1).getJieQiTable().get("清明")), "清明节");
        days.put(LocalDate.of(year, 5, 1), "劳动节");
        days.put(LocalDate.of(year, 5, 2), "劳动节");
        days.put(date(Lunar.fromYmd(year, 5, 5).getSolar()), "端午节");
        days.merge(date(Lunar.fromYmd(year, 8, 15).getSolar()), "中秋节", (a, b) -> a + "、" + b);
        for (int d = 1; d <= 3; d++) {
            days.merge(LocalDate.of(year, 10, d), "国庆节", (a, b) -> b + "、" + a);
        }
        List<CalendarDay> out = new ArrayList<>();
        days.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> out.add(CalendarDay.holiday(e.getKey(), e.getValue() + "（法定）")));
        return out;
    }

    private static LocalDate date(Solar solar) {
        return LocalDate.of(solar.getYear(), solar.getMonth(), solar.getDay());
    }
}
