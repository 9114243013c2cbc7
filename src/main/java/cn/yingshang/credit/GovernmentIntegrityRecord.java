package cn.yingshang.credit;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A government-integrity record as the cockpit and the public see it. */
public record GovernmentIntegrityRecord(long id, String bodyName, String regionCode, GovernmentDishonestyKind kind,
                                        String basis, String summary, BigDecimal amount, LocalDate occurredOn,
                                        LocalDate resolvedOn, boolean published) {
}
