package cn.yingshang.appeal;

import java.time.LocalDate;

/**
 * An accepted appeal of category 拖欠账款: the arrears module registers a claim from it.
 * {@code requesterCreditCode} is the SME's code when the requester gave one.
 */
public record ArrearsAppealRaised(long appealId, String trackingNumber, String requesterCreditCode,
                                  String requesterName, String content, LocalDate raisedOn) {
}
