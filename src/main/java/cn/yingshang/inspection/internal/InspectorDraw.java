package cn.yingshang.inspection.internal;

import cn.yingshang.shared.DomainViolation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Draws the inspectors for one entity: never one who is linked to the entity (recusal) or who
 * inspected it last time; at least one from each department whose items the visit covers when that
 * department has someone eligible, and at least {@value #MINIMUM} in all. Ranking is
 * HMAC-SHA256(seed, creditCode|certificateNo), lowest first, so the assignment is as verifiable as
 * the selection.
 */
@cn.yingshang.shared.DomainType
final class InspectorDraw {

    static final int MINIMUM = 2;

    /** Each candidate's score computed once (xor with MIN_VALUE: unsigned order as signed order). */
    private record Ranked(Candidate candidate, long score) {
    }

    private InspectorDraw() {
    }

    record Candidate(long accountId, String certificateNo, String displayName, long departmentId, String regionCode) {

        boolean covers(String entityRegion) {
            // an inspector's region code covers the codes starting with it less trailing zeros: 650000 → 65*, 650100 → 6501*
            int length = regionCode.endsWith("0000") ? 2 : regionCode.endsWith("00") ? 4 : regionCode.length();
            return entityRegion.regionMatches(0, regionCode, 0, length);
        }
    }

    static List<Candidate> assign(DrawAlgorithm.Hmac mac, String creditCode, String entityName, String entityRegion,
                                  Set<Long> departments, List<Candidate> pool, Set<Long> recused) {
        List<Ranked> ranked = new ArrayList<>();
        for (Candidate c : pool) {
            if (departments.contains(c.departmentId()) && c.covers(entityRegion) && !recused.contains(c.accountId())) {
                ranked.add(new Ranked(c, mac.score(creditCode + "|" + c.certificateNo()) ^ Long.MIN_VALUE));
            }
        }
        ranked.sort(Comparator.comparingLong(Ranked::score).thenComparing(r -> r.candidate().certificateNo()));
        List<Candidate> eligible = ranked.stream().map(Ranked::candidate).toList();
        if (eligible.size() < MINIMUM) {
            throw DomainViolation.of("inspectors", "inspection.inspectorDraw.inspectors", MINIMUM, entityName, creditCode);
        }
        LinkedHashSet<Candidate> chosen = new LinkedHashSet<>();
        for (Long department : departments.stream().sorted().toList()) {
            eligible.stream().filter(c -> c.departmentId() == department).findFirst().ifPresent(chosen::add);
        }
        for (Candidate c : eligible) {
            if (chosen.size() >= MINIMUM) {
                break;
            }
            chosen.add(c);
        }
        return new ArrayList<>(chosen);
    }
}
