package cn.yingshang.appeal;

import java.time.LocalDate;

/**
 * An accepted appeal of category 拖欠账款: the arrears module registers a claim from it. The event
 * carries ids only: it is stored in the event publication registry, where the requester's decrypted
 * identity must never lie; the listener asks {@link AppealIntake#arrearsReport(AppealId)} for what it needs.
 */
public record ArrearsAppealRaised(AppealId appealId, String trackingNumber, LocalDate raisedOn) {
}
