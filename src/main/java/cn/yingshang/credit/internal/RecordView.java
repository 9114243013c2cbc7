package cn.yingshang.credit.internal;

import java.time.LocalDate;

/** A record as a page shows it on a given day. */
record RecordView(CreditRecord record, String departmentName, boolean publicNow, boolean repairableNow, String status) {

    static RecordView of(CreditRecord r, String departmentName, LocalDate today) {
        String status;
        if (r.repairedOn() != null && !r.repairedOn().isAfter(today)) {
            status = "已信用修复（" + r.repairedOn() + "起停止公示）";
        } else if (r.decidedOn().isAfter(today)) {
            status = "尚未生效";
        } else if (r.publicUntil() != null && !today.isBefore(r.publicUntil())) {
            status = "公示期满（" + r.publicUntil() + "起停止公示）";
        } else if (r.publicUntil() != null) {
            status = "公示中，至" + r.publicUntil().minusDays(1);
        } else {
            status = "公示中";
        }
        return new RecordView(r, departmentName, r.isPublicOn(today), r.repairableOn(today), status);
    }
}
