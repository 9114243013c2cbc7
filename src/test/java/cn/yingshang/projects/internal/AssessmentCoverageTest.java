package cn.yingshang.projects.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AssessmentCoverageTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    @Test
    void inForceIsReusedNegativeListWinsExpiredAndMissingAreOwn() {
        var energy = new AssessmentCoverage.ParkAssessment(AssessmentKind.ENERGY, "e", TODAY.minusYears(1), null);
        var eia = new AssessmentCoverage.ParkAssessment(AssessmentKind.PLANNING_EIA, "p", TODAY.minusYears(1), TODAY.plusYears(1));
        var flood = new AssessmentCoverage.ParkAssessment(AssessmentKind.FLOOD, "f", TODAY.minusYears(5), TODAY.minusDays(1));
        var seismic = new AssessmentCoverage.ParkAssessment(AssessmentKind.SEISMIC, "s", TODAY.minusYears(5), TODAY);
        var lines = AssessmentCoverage.of(Map.of(AssessmentKind.ENERGY, energy, AssessmentKind.PLANNING_EIA, eia,
                AssessmentKind.FLOOD, flood, AssessmentKind.SEISMIC, seismic), Map.of(AssessmentKind.PLANNING_EIA, "chemicals"), TODAY);
        assertThat(lines).hasSize(AssessmentKind.values().length);
        assertThat(status(lines, AssessmentKind.ENERGY)).isEqualTo(AssessmentCoverage.Status.REUSED);
        assertThat(status(lines, AssessmentKind.SEISMIC)).isEqualTo(AssessmentCoverage.Status.REUSED);
        assertThat(status(lines, AssessmentKind.PLANNING_EIA)).isEqualTo(AssessmentCoverage.Status.NEGATIVE_LIST);
        assertThat(status(lines, AssessmentKind.FLOOD)).isEqualTo(AssessmentCoverage.Status.OWN_NEEDED);
        assertThat(status(lines, AssessmentKind.LIGHTNING)).isEqualTo(AssessmentCoverage.Status.OWN_NEEDED);
        assertThat(AssessmentCoverage.reused(lines)).isEqualTo(2);
    }

    private static AssessmentCoverage.Status status(java.util.List<AssessmentCoverage.Line> lines, AssessmentKind kind) {
        return lines.stream().filter(l -> l.kind() == kind).findFirst().orElseThrow().status();
    }
}
