package cn.yingshang.credit.internal;

import cn.yingshang.platform.Text;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An application for credit repair (003 §45) and every step of it, as the entity sees them. */
@cn.yingshang.shared.DomainType
record RepairApplication(long id, long recordId, String creditCode, String decidingDepartmentCode, String evidence,
                         String commitment, LocalDate appliedOn, LocalDate dueOn, Status status, LocalDate decidedOn,
                         String decidedBy, String reasons, List<Step> steps) {

    enum Status {
        SUBMITTED("credit.status.SUBMITTED"), APPROVED("credit.status.APPROVED"), REFUSED("credit.status.REFUSED");

        private final String key;

        Status(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        /** The label in the request's language. */
        public String label() {
            return Text.of(key);
        }
    }

    record Step(Instant occurredAt, String actor, String step, String note) {
    }

    public boolean overdueOn(LocalDate date) {
        return status == Status.SUBMITTED && date.isAfter(dueOn);
    }
}
