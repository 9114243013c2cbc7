package cn.yingshang.services;

import cn.yingshang.shared.CreditCode;
import cn.yingshang.shared.RegionCode;

import java.time.LocalDate;
import org.springframework.modulith.events.Externalized;

/**
 * A service case was decided (办结): {@code outcome} GRANTED (with the e-licence issued for it) or
 * REFUSED (with the reason). {@code itemType} is LICENSING for an administrative licence.
 */
@Externalized("yingshang.events::services.case-finished")
public record ServiceCaseFinished(long caseId, CreditCode creditCode, String itemCode, String itemName, String itemType,
                                  String basis, String departmentCode, RegionCode regionCode, String outcome,
                                  LocalDate appliedOn, LocalDate decidedOn, String licenceCode, String reason) {
}
