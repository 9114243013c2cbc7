package cn.yingshang.inspection;

import cn.yingshang.shared.CreditRiskClass;
import cn.yingshang.shared.RegionCode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/** Figures the cockpit shows about inspections. */
public interface InspectionFigures {

    Figures figures(int year);

    /**
     * The same figures per prefecture (the inspected entity's region rolled up to its prefecture) and per
     * month, for the months from {@code from} to {@code to}. A month counts what happened in it: pools and
     * window exclusions of the draws committed then, tasks drawn then, results published then. Pools frozen
     * before counts were kept per region appear under {@code 650000} (the whole region, no prefecture).
     * Months and prefectures with nothing to count are left out.
     */
    List<PrefectureMonth> byPrefecture(YearMonth from, YearMonth to);

    /**
     * The inspection tasks (or, for pools and the window, the plans) behind a figure of {@link #byPrefecture},
     * within a region (650000: all); {@code riskClass} only for {@code POOL} and {@code DRAWN}.
     */
    CaseList cases(CaseKind kind, CreditRiskClass riskClass, YearMonth from, YearMonth to, RegionCode region, int offset, int limit);

    /**
     * @param coverage per class: entities in the pools outside key supervision and tasks drawn from them
     */
    record PrefectureMonth(RegionCode prefecture, YearMonth month, Map<CreditRiskClass, ClassCoverage> coverage,
                           int keySupervisionVisits, int tasks, int visitsAvoidedByJoint, int entitiesSparedByWindow,
                           double expectedVisitsAvoidedByWindow, int published, int publishedOnTime) {
    }

    /** What a case list lists. */
    enum CaseKind {
        /** plans whose pools were frozen in the period, with the region's entities of the class in the pool */
        POOL,
        /** tasks drawn in the period outside key supervision, of the class */
        DRAWN,
        /** tasks drawn in the period under key supervision */
        KEY_SUPERVISION,
        /** every task drawn in the period */
        TASKS,
        /** tasks drawn in the period whose one joint visit covered several departments' items */
        JOINT,
        /** plans whose pools left out entities of the region inspected within the window */
        SPARED_BY_WINDOW,
        /** tasks whose result was published in the period */
        PUBLISHED,
        /** of those, published within the limit */
        PUBLISHED_ON_TIME
    }

    /** One task (or plan) behind a figure, with the workbench page that opens it. */
    record InspectionCase(String reference, String title, RegionCode region, String status, LocalDate date, String link) {
    }

    record CaseList(List<InspectionCase> items, long total) {
    }

    /**
     * @param coverage              per class: entities in the frozen pools, and how many were drawn (key supervision counted apart)
     * @param visitsAvoidedByJoint  visits saved because one joint visit covered several departments' items
     * @param entitiesSparedByWindow entities left out of pools because any department inspected them within the window
     * @param expectedVisitsAvoidedByWindow those entities weighted by their class's ratio: the visits expected to be saved
     * @param published             results published; {@code publishedOnTime} within the limit
     */
    record Figures(int year, Map<CreditRiskClass, ClassCoverage> coverage, int keySupervisionVisits, int tasks,
                   int visitsAvoidedByJoint, int entitiesSparedByWindow, double expectedVisitsAvoidedByWindow,
                   int published, int publishedOnTime, int overdueUnpublished, int flaggedVisits) {

        public double onTimeRate() {
            return published == 0 ? 1.0 : (double) publishedOnTime / published;
        }
    }

    record ClassCoverage(int inPool, int drawn) {
        public double rate() {
            return inPool == 0 ? 0.0 : (double) drawn / inPool;
        }
    }
}
