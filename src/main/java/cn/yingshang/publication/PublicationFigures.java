package cn.yingshang.publication;

import java.time.LocalDate;

/** How punctually decisions reach the 双公示 feed, for the cockpit and the feed page. */
public interface PublicationFigures {

    /** Decisions decided in [from, to] that are on the feed, and how many of them arrived by their due day. */
    OnTime onTime(LocalDate from, LocalDate to);

    record OnTime(long published, long publishedOnTime) {

        /** Share on time; 1 when nothing was due (no decision, nothing late). */
        public double rate() {
            return published == 0 ? 1.0 : (double) publishedOnTime / published;
        }
    }
}
