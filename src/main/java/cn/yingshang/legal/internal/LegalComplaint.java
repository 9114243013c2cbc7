package cn.yingshang.legal.internal;

import java.time.LocalDate;

/**
 * A complaint about a political-legal body received on its channel and passed into the appeal module:
 * the channel's ticket, the body that answers it, and whether it was passed on within its limit.
 */
@cn.yingshang.shared.DomainType
public record LegalComplaint(long id, String channel, String ticket, long bodyId, String title, LocalDate receivedOn,
                             LocalDate transferDue, LocalDate transferredOn, long appealId, String trackingNumber) {

    /** Passed on after the last day of its limit (002 #48: 快速通道). */
    public boolean transferredLate() {
        return LegalTimeLimit.late(transferDue, transferredOn);
    }
}
