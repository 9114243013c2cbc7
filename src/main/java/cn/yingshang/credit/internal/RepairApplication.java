package cn.yingshang.credit.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An application for credit repair (003 §45) and every step of it, as the entity sees them. */
@cn.yingshang.shared.DomainType
record RepairApplication(long id, long recordId, String creditCode, String decidingDepartmentCode, String evidence,
                         String commitment, LocalDate appliedOn, LocalDate dueOn, Status status, LocalDate decidedOn,
                         String decidedBy, String reasons, List<Step> steps) {

    enum Status {
        SUBMITTED("待认定部门决定"), APPROVED("已修复"), REFUSED("不予修复");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    record Step(Instant occurredAt, String actor, String step, String note) {
    }

    public boolean overdueOn(LocalDate date) {
        return status == Status.SUBMITTED && date.isAfter(dueOn);
    }
}
