package cn.yingshang.publication.internal;

import java.time.LocalDate;
import java.util.Map;

/** One decision on the feed: where it came from, when it was decided, due and published, and the standard's fields. */
@cn.yingshang.shared.DomainType
record Decision(long changeSeq, DecisionKind kind, String source, String sourceId, String creditCode, LocalDate decidedOn,
                LocalDate dueOn, LocalDate publishedOn, Map<String, String> fields) {

    boolean onTime() {
        return !publishedOn.isAfter(dueOn);
    }
}
