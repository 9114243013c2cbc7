package cn.yingshang.inspection.internal;

import cn.yingshang.registry.EntityKind;
import cn.yingshang.registry.EntityStatus;
import cn.yingshang.registry.MarketEntity;
import cn.yingshang.shared.DomainViolation;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Which entities an item applies to: region and industry code prefixes, entity kinds (empty = all). */
@cn.yingshang.shared.DomainType
record ItemScope(String region, String industry, Set<EntityKind> kinds) {

    ItemScope {
        region = region == null ? "" : region.strip();
        industry = industry == null ? "" : industry.strip().toUpperCase();
        kinds = kinds == null || kinds.isEmpty() ? Set.of() : Set.copyOf(kinds);
        if (!region.matches("\\d{0,6}")) {
            throw new DomainViolation("scopeRegion", "区划范围须为行政区划代码或其前缀（数字）");
        }
        if (!industry.matches("[A-T]?\\d{0,4}")) {
            throw new DomainViolation("scopeIndustry", "行业范围须为国民经济行业代码或其前缀，如 H、F51");
        }
    }

    static ItemScope parse(String region, String industry, String kinds) {
        Set<EntityKind> set = kinds == null || kinds.isBlank() ? Set.of()
                : Arrays.stream(kinds.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(EntityKind::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(EntityKind.class)));
        return new ItemScope(region, industry, set);
    }

    public String kindsText() {
        return kinds.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    public String label() {
        String k = kinds.isEmpty() ? "各类主体" : kinds.stream().map(EntityKind::label).sorted().collect(Collectors.joining("、"));
        return (region.isEmpty() ? "全区" : "区划 " + region + "*") + " · " + (industry.isEmpty() ? "各行业" : "行业 " + industry + "*")
                + " · " + k;
    }

    /** Only entities that still exist (存续) are inspected. */
    boolean covers(MarketEntity e) {
        return covers(e.region().code(), e.industry().code(), e.kind(), e.status());
    }

    boolean covers(String regionCode, String industryCode, EntityKind kind, EntityStatus status) {
        return status == EntityStatus.ACTIVE && regionCode.startsWith(region) && industryCode.startsWith(industry)
                && (kinds.isEmpty() || kinds.contains(kind));
    }
}
