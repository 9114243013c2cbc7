package cn.yingshang.projects.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a project in a park owes for each assessment kind (001 §24): nothing when the park's regional
 * assessment is in force (its result is given free); its own assessment when the kind is on the
 * park's negative list, when the park has none for the kind, or when the park's has expired.
 */
@cn.yingshang.shared.DomainType
final class AssessmentCoverage {

    enum Status {
        /** the park's result applies, free of charge */
        REUSED,
        /** on the park's negative list: the project is assessed on its own */
        NEGATIVE_LIST,
        /** the park has no result in force for this kind */
        OWN_NEEDED;

        public String key() {
            return "projects.assessment.status." + name();
        }
    }

    record ParkAssessment(AssessmentKind kind, String document, LocalDate doneOn, LocalDate validUntil) {
        boolean inForce(LocalDate today) {
            return validUntil == null || !validUntil.isBefore(today);
        }
    }

    record Line(AssessmentKind kind, Status status, ParkAssessment assessment, String negativeScope) {
    }

    private AssessmentCoverage() {
    }

    static List<Line> of(Map<AssessmentKind, ParkAssessment> park, Map<AssessmentKind, String> negativeList, LocalDate today) {
        List<Line> lines = new ArrayList<>();
        for (AssessmentKind kind : AssessmentKind.values()) {
            ParkAssessment held = park.get(kind);
            if (negativeList.containsKey(kind)) {
                lines.add(new Line(kind, Status.NEGATIVE_LIST, held, negativeList.get(kind)));
            } else if (held != null && held.inForce(today)) {
                lines.add(new Line(kind, Status.REUSED, held, null));
            } else {
                lines.add(new Line(kind, Status.OWN_NEEDED, held, null));
            }
        }
        return lines;
    }

    static long reused(List<Line> lines) {
        return lines.stream().filter(l -> l.status() == Status.REUSED).count();
    }
}
