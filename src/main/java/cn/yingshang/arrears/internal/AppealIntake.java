package cn.yingshang.arrears.internal;

import cn.yingshang.appeal.ArrearsAppealRaised;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * 12345 appeals of category 拖欠账款 enter the ledger (004 #37: 畅通投诉渠道, 对清欠线索建立台账). The
 * event carries the appeal's id only; the requester is read through the appeal module's facade, so no
 * decrypted identity is ever stored in the event registry.
 */
@Component
class AppealIntake {

    private final ArrearsLedger ledger;
    private final cn.yingshang.appeal.AppealIntake appeals;

    AppealIntake(ArrearsLedger ledger, cn.yingshang.appeal.AppealIntake appeals) {
        this.ledger = ledger;
        this.appeals = appeals;
    }

    @ApplicationModuleListener
    void on(ArrearsAppealRaised appeal) {
        appeals.arrearsReport(appeal.appealId()).ifPresent(report -> ledger.registerFromAppeal(appeal, report));
    }
}
