package cn.yingshang.credit;

import cn.yingshang.shared.RegionCode;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A dishonest act of a public body. {@code source} names the reporting module or department
 * ("arrears", a department code) and {@code sourceRef} its own id: the same pair recorded twice is
 * one record. {@code amount} (元) only for arrears; {@code bodyDepartmentCode} when the body is a
 * department of the platform's tree, else null.
 */
public record NewGovernmentIntegrityRecord(String bodyName, String bodyDepartmentCode, RegionCode region,
                                           GovernmentDishonestyKind kind, String source, String sourceRef,
                                           String basis, String summary, BigDecimal amount, LocalDate occurredOn) {
}
