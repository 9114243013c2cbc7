package cn.yingshang.legal.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One version of a department's discretion benchmark for a penalty item (000 §56, 002 #35): the tiers of
 * circumstances with the fine range of each, reviewed every quarter (002 #49).
 */
public record DiscretionBenchmark(long id, long departmentId, String itemCode, String itemName, String penaltyBasis, int version,
                                  LocalDate publishedOn, LocalDate reviewDue, String status, List<Tier> tiers) {

    /** A tier of circumstances and the fines it allows (both ends included). */
    public record Tier(String tier, String circumstances, BigDecimal minFine, BigDecimal maxFine) {

        public boolean allows(BigDecimal fine) {
            return fine.compareTo(minFine) >= 0 && fine.compareTo(maxFine) <= 0;
        }
    }

    public boolean reviewLate(LocalDate today) {
        return "PUBLISHED".equals(status) && LegalTimeLimit.late(reviewDue, today);
    }

    public java.util.Optional<Tier> tier(String name) {
        return tiers.stream().filter(t -> t.tier().equals(name)).findFirst();
    }
}
