package cn.yingshang.cockpit.internal;

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
        OBSERVATION("监督员意见"), RATING("服务差评"), ASSESSMENT("考评整改通知"), CASE_REVIEW("案件评查");

        private final String label;

        Origin(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    enum Status {
        OPEN("待整改"), RESPONDED("已整改待回访"), CLOSED("已办结");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
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
            throw new DomainViolation("response", "该整改事项当前不能提交整改情况");
        }
        if (text == null || text.isBlank()) {
            throw new DomainViolation("response", "请写明整改措施与结果");
        }
        Status next = needsRevisit() ? Status.RESPONDED : Status.CLOSED;
        return new Rectification(id, origin, originId, departmentId, regionCode, issue, openedOn, deadline, next, text.strip(),
                today, revisitOn, revisitNote, next == Status.CLOSED ? today : null);
    }

    /** The second visit: satisfied closes the item; not satisfied sends it back with a new deadline. */
    Rectification revisit(boolean satisfied, String note, LocalDate today, LocalDate newDeadline) {
        if (status != Status.RESPONDED) {
            throw new DomainViolation("revisit", "整改情况提交后才能回访");
        }
        if (satisfied) {
            return new Rectification(id, origin, originId, departmentId, regionCode, issue, openedOn, deadline, Status.CLOSED,
                    response, respondedOn, today, note, today);
        }
        return new Rectification(id, origin, originId, departmentId, regionCode, issue, openedOn, newDeadline, Status.OPEN,
                response, null, today, note, null);
    }
}
