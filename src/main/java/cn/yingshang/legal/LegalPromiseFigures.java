package cn.yingshang.legal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Read-only counts of whether the political-legal bodies keep their promises to enterprises, by the
 * acting body (a department of the tree), for monitoring (the cockpit): filings reviewed within 7 days
 * (002 #12), mediations ended within 30 (002 #13), unrelated property released within 3 (002 #23),
 * stalled cases closed (002 #28), defaulters repaired within 3 days of performing (002 #37), judgments against
 * public bodies and state-owned enterprises performed (002 #31).
 */
public interface LegalPromiseFigures {

    /** What is counted within [from, to], each by the day the step happened. */
    enum Measure {
        FILINGS_REVIEWED, FILINGS_REVIEWED_ON_TIME,
        MEDIATIONS_ENDED, MEDIATIONS_ENDED_ON_TIME,
        RELEASES, RELEASES_ON_TIME,
        STALLED_ENTERED, STALLED_CLOSED,
        DEFAULTERS_PERFORMED, DEFAULTERS_REPAIRED_ON_TIME,
        PUBLIC_DEBTOR_JUDGMENTS_PERFORMED
    }

    record Tally(Measure measure, long bodyId, long count) {
    }

    record LegalCase(String reference, String title, long bodyId, String status, LocalDate date, String link) {
    }

    record CaseList(List<LegalCase> items, long total) {
    }

    List<Tally> tally(LocalDate from, LocalDate to);

    /** The records counted in a measure; {@code bodyIds} null means every body. */
    CaseList cases(Measure measure, LocalDate from, LocalDate to, Collection<Long> bodyIds, int page, int size);
}
