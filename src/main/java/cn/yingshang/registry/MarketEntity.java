package cn.yingshang.registry;

import cn.yingshang.shared.CreditCode;
import cn.yingshang.shared.EnterpriseSize;
import cn.yingshang.shared.IndustryCode;
import cn.yingshang.shared.Ownership;
import cn.yingshang.shared.RegionCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Set;

/**
 * A market entity as registered. Money is in 万元. Size is derived from industry, headcount,
 * revenue and assets (工信部联企业〔2011〕300号) and is null when a needed figure is unknown.
 */
public record MarketEntity(CreditCode creditCode, String name, EntityKind kind, Ownership ownership, RegionCode region,
                           IndustryCode industry, LocalDate established, BigDecimal registeredCapital,
                           Integer headcount, BigDecimal revenue, BigDecimal assets, EnterpriseSize size,
                           EntityStatus status, Set<String> qualifications, Set<String> tags) {

    public MarketEntity {
        qualifications = qualifications == null ? Set.of() : Set.copyOf(qualifications);
        tags = tags == null ? Set.of() : Set.copyOf(tags);
    }

    /** Whole years completed since establishment as of the given date. */
    public int ageYears(LocalDate asOf) {
        return Math.max(0, Period.between(established, asOf).getYears());
    }

    public boolean isSme() {
        return size == EnterpriseSize.MEDIUM || size == EnterpriseSize.SMALL || size == EnterpriseSize.MICRO;
    }
}
