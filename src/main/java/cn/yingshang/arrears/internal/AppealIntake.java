package cn.yingshang.arrears.internal;

import cn.yingshang.appeal.ArrearsAppealRaised;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** 12345 appeals of category 拖欠账款 enter the ledger (004 #37: 畅通投诉渠道, 对清欠线索建立台账). */
@Component
class AppealIntake {

    private final ArrearsLedger ledger;

    AppealIntake(ArrearsLedger ledger) {
        this.ledger = ledger;
    }

    @ApplicationModuleListener
    void on(ArrearsAppealRaised appeal) {
        ledger.registerFromAppeal(appeal);
    }
}
