package cn.yingshang.platform;

import java.time.LocalDate;
import java.util.List;

/**
 * One line of a landing page's "what do I do now": how many things wait (or a standing fact such
 * as the credit class), the nearest deadline among them, how many are already late, and where to
 * go to deal with them, with an optional note (a trend). {@code latest} lists a few items by name (the office's latest alerts).
 */
public record ToDo(int order, String label, String figure, LocalDate nearestDeadline, long overdue, String href,
                   String note, List<Line> latest) {

    public ToDo {
        latest = latest == null ? List.of() : List.copyOf(latest);
    }

    /** A count of waiting work, with the nearest deadline (null: none has one) and how many are overdue. */
    public static ToDo count(int order, String label, long count, LocalDate nearestDeadline, long overdue, String href) {
        return new ToDo(order, label, Long.toString(count), nearestDeadline, overdue, href, null, List.of());
    }

    /** A fact rather than a count (credit class A, 3 new policies), linking to its page. */
    public static ToDo fact(int order, String label, String figure, String href) {
        return new ToDo(order, label, figure, null, 0, href, null, List.of());
    }

    public ToDo withLatest(List<Line> lines) {
        return new ToDo(order, label, figure, nearestDeadline, overdue, href, note, lines);
    }

    /** A sentence under the figure: a trend (较上月下降 2 个百分点), what the figure means. */
    public ToDo withNote(String text) {
        return new ToDo(order, label, figure, nearestDeadline, overdue, href, text, latest);
    }

    public boolean urgent() {
        return overdue > 0;
    }

    public boolean clear() {
        return "0".equals(figure);
    }

    /** One named item under a to-do: an alert, an appeal. */
    public record Line(String text, String href, LocalDate date) {
    }
}
