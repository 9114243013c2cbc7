package cn.yingshang.cockpit.internal;

import cn.yingshang.shared.RegionCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns one module's public API (its facade queries or the events the cockpit kept) into counts
 * for indicators, and lists the cases behind a count. One source per module; each knows its own
 * measures by name ("abnormal", "active", "overdue" …), so an indicator is data naming them.
 */
interface FigureSource {

    /** The name indicators refer to in their {@code source} column. */
    String key();

    /** Measure name → Chinese label, for the indicator editor and the case list heading. */
    Map<String, String> measures();

    /** Counts of the asked measures in the month, by region (any level; the engine rolls up) and department (null: none). */
    List<Tally> tally(YearMonth month, Set<String> measures, Map<String, String> filters);

    /** The cases counted in a measure for the month within a region (650000: all) and optionally one department. */
    CasePage cases(String measure, YearMonth month, RegionCode region, Long departmentId, Map<String, String> filters,
                   int page, int size);

    record Tally(String measure, RegionCode region, Long departmentId, BigDecimal amount) {

        static Tally of(String measure, RegionCode region, Long departmentId, long amount) {
            return new Tally(measure, region, departmentId, BigDecimal.valueOf(amount));
        }
    }

    /** One case behind a figure, with where to open it. */
    record CaseRow(String reference, String title, String region, String department, String status, LocalDate date,
                   String link) {
    }

    record CasePage(List<CaseRow> rows, int page, int size, long total) {

        public int totalPages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }

        public int number() {
            return page;
        }

        static CasePage empty(int page, int size) {
            return new CasePage(List.of(), page, size, 0);
        }
    }

    /** The last day of the month, or today when the month is still running: the "as of" day of snapshot measures. */
    static LocalDate asOf(YearMonth month, LocalDate today) {
        return month.atEndOfMonth().isAfter(today) ? today : month.atEndOfMonth();
    }
}
