package cn.yingshang.policy;

import cn.yingshang.shared.CreditCode;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.modulith.events.Externalized;

/**
 * A policy benefit was paid out (兑现) to an entity: {@code source} is AUTO_GRANT (免申即享, after the
 * objection period) or APPLICATION (即申即享 or an approved application); {@code amount} in 万元.
 */
@Externalized("yingshang.events::policy.granted")
public record PolicyGranted(long policyId, CreditCode creditCode, String entityName, BigDecimal amount, String source,
                            LocalDate paidOn) {
}
