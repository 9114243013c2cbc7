package cn.yingshang.credit;

import cn.yingshang.shared.CreditCode;

import java.time.LocalDate;
import java.util.Set;

/**
 * An entity was put on, or came off, a dishonesty list (on removal or approved credit repair,
 * {@code measures} is what remains in force, usually empty).
 */
@org.springframework.modulith.events.Externalized("yingshang.events::credit.dishonesty-changed")
public record DishonestyStatusChanged(CreditCode creditCode, boolean dishonest, Set<DishonestyMeasure> measures,
                                      LocalDate effectiveOn) {
}
