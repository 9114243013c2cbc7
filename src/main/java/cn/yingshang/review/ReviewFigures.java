package cn.yingshang.review;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Read-only counts of fair competition reviews for monitoring (000 §5; the cockpit): documents
 * issued and whether they were reviewed before issue, reviews signed and the Art. 12 exceptions
 * among them, by the drafting department, and the documents behind each count.
 */
public interface ReviewFigures {

    /** What is counted within [from, to]. */
    enum Measure {
        /** documents issued in the period */
        ISSUED,
        /** of those, with a review record signed no later than the issue */
        ISSUED_AFTER_REVIEW,
        /** review records signed in the period */
        REVIEWED,
        /** of those, invoking an Art. 12 exception */
        EXCEPTIONS
    }

    /** {@code departmentId} is the drafting department (null when the document names none). */
    record Tally(Measure measure, Long departmentId, long count) {
    }

    record ReviewCase(long documentId, String title, Long departmentId, String status, LocalDate date, String link) {
    }

    record CaseList(List<ReviewCase> items, long total) {
    }

    List<Tally> tally(LocalDate from, LocalDate to);

    /** The documents counted in a measure; {@code departmentIds} null means every department. */
    CaseList cases(Measure measure, LocalDate from, LocalDate to, Collection<Long> departmentIds, int page, int size);
}
