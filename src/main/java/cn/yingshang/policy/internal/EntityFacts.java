package cn.yingshang.policy.internal;

import cn.yingshang.registry.MarketEntity;
import java.time.LocalDate;
import java.time.Period;
import java.util.Set;

/**
 * What a rule can see of an entity; null is unknown. {@code ownership} is carried for reading only.
 * Money in 万元.
 */
@cn.yingshang.shared.DomainType
public record EntityFacts(String region, String industry, String size, String kind, String ownership,
                          LocalDate established, Integer headcount, Double revenue, Double assets,
                          Set<String> qualifications, Set<String> tags, String creditClass, Boolean dishonest,
                          boolean active) {

    public EntityFacts {
        // null: unknown (the explain API's entity may leave them out); the registry always knows them
        qualifications = qualifications == null ? null : Set.copyOf(qualifications);
        tags = tags == null ? null : Set.copyOf(tags);
    }

    public static EntityFacts of(MarketEntity e, CreditStatus credit) {
        return new EntityFacts(e.region().code(), e.industry().code(), e.size() == null ? null : e.size().name(),
                e.kind().name(), e.ownership().name(), e.established(), e.headcount(),
                e.revenue() == null ? null : e.revenue().doubleValue(), e.assets() == null ? null : e.assets().doubleValue(),
                e.qualifications(), e.tags(), credit.creditClass(), credit.dishonest(),
                e.status() == cn.yingshang.registry.EntityStatus.ACTIVE);
    }

    /** Whole years completed as of the date; null when the establishment date is unknown. */
    public Integer ageYears(LocalDate asOf) {
        return established == null ? null : Math.max(0, Period.between(established, asOf).getYears());
    }

    /** The value of an attribute as the explanation shows it. */
    public Object valueOf(Attribute attr, LocalDate asOf) {
        return switch (attr) {
            case REGION -> region;
            case INDUSTRY -> industry;
            case SIZE -> size;
            case KIND -> kind;
            case OWNERSHIP -> ownership;
            case AGE_YEARS -> ageYears(asOf);
            case HEADCOUNT -> headcount;
            case REVENUE -> revenue;
            case ASSETS -> assets;
            case QUALIFICATIONS -> qualifications == null ? null : qualifications.stream().sorted().toList();
            case TAGS -> tags == null ? null : tags.stream().sorted().toList();
            case CREDIT_CLASS -> creditClass;
            case DISHONEST -> dishonest;
        };
    }

    /** The credit side of the facts, from the policy module's projection of credit events. */
    public record CreditStatus(String creditClass, Boolean dishonest, boolean excludedFromAutoGrant) {
        public static final CreditStatus ORDINARY = new CreditStatus("B", false, false);
    }
}
