package cn.yingshang.credit.internal;

import cn.yingshang.platform.Text;
import java.time.LocalDate;

/** A record as a page shows it on a given day. */
record RecordView(CreditRecord record, String departmentName, boolean publicNow, boolean repairableNow, String status) {

    static RecordView of(CreditRecord r, String departmentName, LocalDate today) {
        String status;
        if (r.repairedOn() != null && !r.repairedOn().isAfter(today)) {
            status = Text.of("credit.recordView.repaired", r.repairedOn());
        } else if (r.decidedOn().isAfter(today)) {
            status = Text.of("credit.recordView.notYetEffective");
        } else if (r.publicUntil() != null && !today.isBefore(r.publicUntil())) {
            status = Text.of("credit.recordView.expired", r.publicUntil());
        } else if (r.publicUntil() != null) {
            status = Text.of("credit.recordView.publicUntil", r.publicUntil().minusDays(1));
        } else {
            status = Text.of("credit.recordView.public");
        }
        return new RecordView(r, departmentName, r.isPublicOn(today), r.repairableOn(today), status);
    }
}
