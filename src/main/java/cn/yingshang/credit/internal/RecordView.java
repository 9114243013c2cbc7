package cn.yingshang.credit.internal;

import cn.yingshang.platform.Text;
import java.time.LocalDate;

/** A record as a page shows it on a given day. */
record RecordView(CreditRecord record, String departmentName, boolean publicNow, boolean repairableNow, String status) {

    static RecordView of(CreditRecord r, String departmentName, LocalDate today) {
        String status;
        if (r.repairedOn() != null && !r.repairedOn().isAfter(today)) {
            status = Text.of("credit.recordView.text", r.repairedOn());
        } else if (r.decidedOn().isAfter(today)) {
            status = Text.of("credit.recordView.text2");
        } else if (r.publicUntil() != null && !today.isBefore(r.publicUntil())) {
            status = Text.of("credit.recordView.text3", r.publicUntil());
        } else if (r.publicUntil() != null) {
            status = Text.of("credit.recordView.text4", r.publicUntil().minusDays(1));
        } else {
            status = Text.of("credit.recordView.text5");
        }
        return new RecordView(r, departmentName, r.isPublicOn(today), r.repairableOn(today), status);
    }
}
