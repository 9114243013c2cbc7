package cn.yingshang.publication;

import cn.yingshang.shared.RegionCode;
import java.time.LocalDate;
import java.util.List;

/** How punctually decisions reach the 双公示 feed, for the cockpit and the feed page. */
public interface PublicationFigures {

    /** Decisions decided in [from, to] that are on the feed, and how many of them arrived by their due day. */
    OnTime onTime(LocalDate from, LocalDate to);

    /** The same per region of the decision (the entity's region), for the cockpit's map. */
    List<RegionFigure> byRegion(LocalDate from, LocalDate to);

    /** The decisions behind a figure: decided in [from, to] within {@code region} (650000: all), only the on-time ones if asked. */
    CaseList cases(LocalDate from, LocalDate to, RegionCode region, boolean onTimeOnly, int offset, int limit);

    record RegionFigure(RegionCode region, long published, long publishedOnTime) {
    }

    /** {@code kind} is LICENSING or PENALTY; {@code reference} the licence or decision number. */
    record DecisionCase(String kind, String reference, String subjectName, String creditCode, RegionCode region,
                        LocalDate decidedOn, LocalDate dueOn, LocalDate publishedOn, boolean onTime) {
    }

    record CaseList(List<DecisionCase> items, long total) {
    }

    record OnTime(long published, long publishedOnTime) {

        /** Share on time; 1 when nothing was due (no decision, nothing late). */
        public double rate() {
            return published == 0 ? 1.0 : (double) publishedOnTime / published;
        }
    }
}
