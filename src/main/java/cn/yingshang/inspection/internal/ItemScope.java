package cn.yingshang.inspection.internal;

import cn.yingshang.platform.Text;
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
            throw DomainViolation.of("scopeRegion", "inspection.itemScope.scopeRegion");
        }
        if (!industry.matches("[A-T]?\\d{0,4}")) {
            throw DomainViolation.of("scopeIndustry", "inspection.itemScope.scopeIndustry");
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
        String k = kinds.isEmpty() ? Text.of("inspection.scope.allKinds") : kinds.stream().map(EntityKind::label).sorted().collect(Collectors.joining(Text.of("inspection.scope.separator")));
        return (region.isEmpty() ? Text.of("inspection.scope.allRegions") : Text.of("inspection.scope.regionPrefix", region)) + " · " + (industry.isEmpty() ? Text.of("inspection.scope.allIndustries") : Text.of("inspection.scope.industryPrefix", industry))
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
