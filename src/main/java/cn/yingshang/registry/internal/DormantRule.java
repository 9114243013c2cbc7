package cn.yingshang.registry.internal;

/**
 * 004 #3: an entity listed on the abnormal-operation list for two consecutive years, and without a
 * tax filing for two consecutive years, is a 僵尸 candidate for the registration authority to
 * review. "Two consecutive years on the list" is read as one period that has lasted at least two
 * years at the evaluation date; "without filing" needs two adjacent years recorded as not filed
 * (an unknown year is not evidence). Entities already reviewed are not listed again.
 */
@cn.yingshang.shared.DomainType
final class DormantRule {

    static final String SQL = """
            EXISTS (SELECT 1 FROM registry_abnormal_period p WHERE p.entity_id = e.id
                    AND p.listed_on <= CAST(:asOf AS date) - INTERVAL '2 years'
                    AND (p.removed_on IS NULL OR p.removed_on > CAST(:asOf AS date)))
            AND EXISTS (SELECT 1 FROM registry_tax_filing t1 JOIN registry_tax_filing t2
                        ON t2.entity_id = t1.entity_id AND t2.year = t1.year + 1
                        WHERE t1.entity_id = e.id AND NOT t1.filed AND NOT t2.filed
                        AND t2.year < EXTRACT(YEAR FROM CAST(:asOf AS date)))
            AND NOT EXISTS (SELECT 1 FROM registry_dormant_review r WHERE r.entity_id = e.id)""";

    private DormantRule() {
    }
}
