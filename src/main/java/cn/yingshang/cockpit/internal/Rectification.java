package cn.yingshang.cockpit.internal;

import cn.yingshang.shared.ChineseBundle;
import cn.yingshang.shared.DomainViolation;
import java.time.LocalDate;

/**
 * A rectification item (整改): a department must put right what a supervisor saw, what a poor
 * rating (差评) found or what an assessment ordered, by a deadline in working days; items from a
 * rating are closed only after a second visit (国办发〔2019〕51号).
 */
@cn.yingshang.shared.DomainType
record Rectification(long id, Origin origin, long originId, long departmentId, String regionCode, String issue,
                     LocalDate openedOn, LocalDate deadline, Status status, String response, LocalDate respondedOn,
                     LocalDate revisitOn, String revisitNote, LocalDate closedOn) {

    enum Origin {
        OBSERVATION("cockpit.rectifications.origin.OBSERVATION"), RATING("cockpit.rectifications.origin.RATING"), ASSESSMENT("cockpit.rectifications.origin.ASSESSMENT"), CASE_REVIEW("cockpit.rectifications.origin.CASE_REVIEW");

        private final String label;

        Origin(String label) {
            this.label = label;
        }

        public String label() {
            return ChineseBundle.text("i18n/cockpit", label);
        }
    }

    enum Status {
        OPEN("cockpit.rectifications.status.OPEN"), RESPONDED("cockpit.rectifications.status.RESPONDED"), CLOSED("cockpit.rectifications.status.CLOSED");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return ChineseBundle.text("i18n/cockpit", label);
        }
    }

    public boolean isOverdue(LocalDate today) {
        LocalDate done = respondedOn;
        return done == null ? today.isAfter(deadline) : done.isAfter(deadline);
    }

    /** Whether this item needs a second visit before it closes. */
    public boolean needsRevisit() {
        return origin == Origin.RATING || origin == Origin.OBSERVATION;
    }

    Rectification respond(String text, LocalDate today) {
        if (status != Status.OPEN) {
            throw DomainViolation.of("response", "cockpit.rectifications.cannotRespond");
        }
        if (text == null || text.isBlank()) {
            throw DomainViolation.of("response", "cockpit.rectifications.responseRequired");
        }
        Status next = needsRevisit() ? Status.RESPONDED : Status.CLOSED;
        return new Rectification(id, origin, originId, departmentId, regionCode, issue, openedOn, deadline, next, text.strip(),
                today, revisitOn, revisitNote, next == Status.CLOSED ? today : null);
    }

    /** The second visit: satisfied closes the item; not satisfied sends it back with a new deadline. */
    Rectification revisit(boolean satisfied, String note, LocalDate today, LocalDate newDeadline) {
        if (status != Status.RESPONDED) {
            throw DomainViolation.of("revisit", "cockpit.rectifications.revisitBeforeResponse");
        }
        if (satisfied) {
            return new Rectification(id, origin, originId, departmentId, regionCode, issue, openedOn, deadline, Status.CLOSED,
                    response, respondedOn, today, note, today);
        }
        return new Rectification(id, origin, originId, departmentId, regionCode, issue, openedOn, newDeadline, Status.OPEN,
                response, null, today, note, null);
    }
}
