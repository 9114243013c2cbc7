package cn.yingshang.projects.internal;

import cn.yingshang.platform.DepartmentId;
import cn.yingshang.shared.CreditCode;
import cn.yingshang.shared.RegionCode;
import java.math.BigDecimal;
import java.time.LocalDate;

/** An investment project as the ledger holds it; investment in 万元. */
@cn.yingshang.shared.DomainType
record Project(long id, String name, CreditCode investor, String investorName, String industryChain, RegionCode region,
               BigDecimal investment, DepartmentId department, long stewardAccountId, String stewardName,
               ProjectStage stage, LocalDate stageSince, LocalDate attractedOn) {
}
