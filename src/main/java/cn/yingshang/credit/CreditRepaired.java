package cn.yingshang.credit;

import cn.yingshang.shared.CreditCode;

import java.time.LocalDate;

/**
 * A record was repaired (信用修复 approved by the department that imposed it): it is no longer public
 * and the measures based on it are lifted from {@code repairedOn}. Policy and inspection listen to
 * restore eligibility and ordinary inspection ratios.
 */
public record CreditRepaired(CreditCode creditCode, long recordId, CreditRecordKind kind, String sourceDepartmentCode,
                             LocalDate repairedOn) {
}
