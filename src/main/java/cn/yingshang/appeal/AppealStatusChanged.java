package cn.yingshang.appeal;

import java.time.Instant;
import org.springframework.modulith.events.Externalized;

/**
 * An appeal moved from one status to another by {@code action} (names of the appeal workflow:
 * SUBMITTED, ACCEPTED, DISPATCHED, … CLOSED). Ids and codes only: no requester identity leaves
 * the module this way.
 */
@Externalized("yingshang.events::appeal.status-changed")
public record AppealStatusChanged(long appealId, String trackingNumber, String channel, String from, String to,
                                  String action, Instant occurredAt) {
}
