package cn.yingshang.arrears.internal;

import cn.yingshang.arrears.GovernmentArrearsCleared;
import cn.yingshang.arrears.GovernmentArrearsOverdue;
import cn.yingshang.credit.GovernmentDishonestyKind;
import cn.yingshang.credit.GovernmentIntegrityRecords;
import cn.yingshang.credit.NewGovernmentIntegrityRecord;
import cn.yingshang.shared.RegionCode;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * 003 §55: a 机关's or 事业单位's unpaid arrears are government dishonesty. After the daily check
 * commits, each overdue claim becomes a government-integrity record in the credit module (one per
 * claim: credit records idempotently per source and reference), resolved once the claim is paid.
 */
@Component
class GovernmentIntegrityFeed {

    static final String SOURCE = "arrears";

    private final GovernmentIntegrityRecords records;

    GovernmentIntegrityFeed(GovernmentIntegrityRecords records) {
        this.records = records;
    }

    @ApplicationModuleListener
    void on(GovernmentArrearsOverdue overdue) {
        records.record(new NewGovernmentIntegrityRecord(overdue.payerName(), null, overdue.regionCode(),
                GovernmentDishonestyKind.ARREARS, SOURCE, overdue.reference(),
                ArrearsText.text("arrears.integrity.basis"),
                ArrearsText.text("arrears.integrity.fact", overdue.reference(), overdue.dueOn()),
                overdue.overdueAmount(), overdue.dueOn().plusDays(1)));
    }

    @ApplicationModuleListener
    void on(GovernmentArrearsCleared cleared) {
        records.resolve(SOURCE, cleared.reference(), cleared.clearedOn());
    }
}
