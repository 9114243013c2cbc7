package cn.yingshang.services;

import java.time.LocalDate;
import java.util.List;

/**
 * Read-only counts over government service cases (000 §19) and their ratings (001 §25), with the
 * return visits of 差评 (004 #13), for the cockpit's indicators: the ratios are built from these
 * counts, so a region or month sums them.
 * Cases count in the month they were applied for, decisions in the month decided, ratings in the
 * month rated; each by the implementing department (its name as the implementing list gives it) and
 * the case's region.
 */
public interface ServiceFigures {

    enum Measure {
        /** cases applied for */
        CASES,
        /** of those, applied online or on mobile (网办) */
        ONLINE,
        /** applied online for an item handled fully online (全程网办) */
        FULLY_ONLINE,
        /** cases of 即办件 */
        INSTANT,
        /** the statutory limits of the cases, in days */
        STATUTORY_DAYS,
        /** statutory minus promised limit, in days: compression = this / STATUTORY_DAYS */
        COMPRESSED_DAYS,
        /** visits to a window: one to apply at the window, one more to bring materials a notice asked for */
        VISITS,
        /** cases that needed no visit at all (跑零次) */
        ZERO_VISITS,
        /** cases decided */
        DECIDED,
        /** of those, decided no later than due */
        ON_TIME,
        /** of those, without a 补正 notice (一次办结) */
        FIRST_TIME,
        /** ratings given */
        RATINGS,
        /** of those, level 4 or 5 */
        GOOD_RATINGS,
        /** of those, level 1 or 2 (差评) */
        BAD_RATINGS,
        /** 差评 rectified (past 整改: feedback, review, follow-up or closed) */
        BAD_RECTIFIED,
        /** named 差评: each must get a return visit */
        NAMED_BAD,
        /** named 差评 visited */
        RETURN_VISITED
    }

    record Tally(Measure measure, String department, String regionCode, long amount) {
    }

    record CaseRow(long caseId, String itemCode, String itemName, String department, String regionCode, String status,
                   LocalDate date) {
    }

    record CaseList(List<CaseRow> rows, long total) {
    }

    List<Tally> tally(LocalDate from, LocalDate to);

    /**
     * The cases counted in a measure; {@code regionPattern} a SQL LIKE pattern of region codes ("6501%"),
     * {@code department} null for every department.
     */
    CaseList cases(Measure measure, LocalDate from, LocalDate to, String regionPattern, String department, int page, int size);
}
