package cn.yingshang.legal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.platform.DepartmentFunction;
import cn.yingshang.shared.WorkingDayCalendar;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The limits of the administrator's property query, the dispute channels and the quarterly benchmark review, each at
 * its boundary (the last day in time, the first day late), as the migrations set them; and the routing of disputes.
 */
class LegalServiceLimitsTest {

    static final WorkingDayCalendar WEEKDAYS = WorkingDayCalendar.mondayToFriday();
    static final LocalDate FRIDAY = LocalDate.of(2026, 12, 4);

    @Test
    @DisplayName("004 #43: a property query made on Friday is answered in time on the fifth working day (next Friday), late on Saturday")
    void propertyQuery() {
        assertBoundary(new LegalTimeLimit("PROPERTY_QUERY_ANSWER", 5, LimitUnit.WORKING_DAYS, "004 #43"), LocalDate.of(2026, 12, 11));
    }

    @Test
    @DisplayName("Dispute clocks: mediation 30 days (002 #13), labour mediation 15 (LDMAL 14), arbitration acceptance 5 (AL 24, LDMAL 29), labour award 45 (LDMAL 43), legal aid 7 (LAL 43), foreign advice 5 working days (002 #44)")
    void disputes() {
        assertBoundary(new LegalTimeLimit("DISPUTE_MEDIATION", 30, LimitUnit.NATURAL_DAYS, "002 #13"), LocalDate.of(2027, 1, 3));
        assertBoundary(new LegalTimeLimit("DISPUTE_LABOUR_MEDIATION", 15, LimitUnit.NATURAL_DAYS, "LDMAL 14"), LocalDate.of(2026, 12, 19));
        assertBoundary(new LegalTimeLimit("DISPUTE_ARBITRATION_ACCEPT", 5, LimitUnit.NATURAL_DAYS, "AL 24"), LocalDate.of(2026, 12, 9));
        assertBoundary(new LegalTimeLimit("DISPUTE_LABOUR_ARBITRATION_ACCEPT", 5, LimitUnit.NATURAL_DAYS, "LDMAL 29"), LocalDate.of(2026, 12, 9));
        assertBoundary(new LegalTimeLimit("DISPUTE_LABOUR_ARBITRATION", 45, LimitUnit.NATURAL_DAYS, "LDMAL 43"), LocalDate.of(2027, 1, 18));
        assertBoundary(new LegalTimeLimit("DISPUTE_LEGAL_AID_DECISION", 7, LimitUnit.NATURAL_DAYS, "LAL 43"), LocalDate.of(2026, 12, 11));
        assertBoundary(new LegalTimeLimit("DISPUTE_FOREIGN_ADVICE", 5, LimitUnit.WORKING_DAYS, "002 #44"), LocalDate.of(2026, 12, 11));
    }

    @Test
    @DisplayName("002 #49: a benchmark published on 4 December is reviewed in time on 4 March, late on 5 March")
    void quarterlyReview() {
        assertBoundary(new LegalTimeLimit("BENCHMARK_REVIEW", 3, LimitUnit.MONTHS, "002 #49"), LocalDate.of(2027, 3, 4));
    }

    @Test
    @DisplayName("Disputes go to the body that handles them: labour to human resources, IP mediation to market regulation, the rest to justice")
    void routing() {
        assertThat(DisputeRouting.route("MEDIATION", "COMMERCIAL").body()).isEqualTo(DepartmentFunction.JUSTICE);
        assertThat(DisputeRouting.route("MEDIATION", "LABOUR").concludeLimit()).isEqualTo("DISPUTE_LABOUR_MEDIATION");
        assertThat(DisputeRouting.route("MEDIATION", "INTELLECTUAL_PROPERTY").body()).isEqualTo(DepartmentFunction.MARKET_REGULATION);
        var labour = DisputeRouting.route("ARBITRATION", "LABOUR");
        assertThat(labour.body()).isEqualTo(DepartmentFunction.HUMAN_RESOURCES);
        assertThat(labour.concludeFromAcceptance()).isTrue();
        assertThat(DisputeRouting.route("ARBITRATION", "FOREIGN_TRADE").acceptLimit()).isEqualTo("DISPUTE_ARBITRATION_ACCEPT");
        assertThat(DisputeRouting.route("LEGAL_AID", "LABOUR").body()).isEqualTo(DepartmentFunction.JUSTICE);
        assertThat(DisputeRouting.route("FOREIGN_ADVICE", "FOREIGN_TRADE").concludeLimit()).isEqualTo("DISPUTE_FOREIGN_ADVICE");
    }

    @Test
    @DisplayName("002 #35: benchmark tiers rise from lighter to heavier, each range ordered; an exempt tier fines nothing; a fine at a range's end is inside")
    void tiers() {
        var lighter = new DiscretionBenchmark.Tier("LIGHTER", "a", new BigDecimal("1000"), new BigDecimal("3000"));
        var ordinary = new DiscretionBenchmark.Tier("ORDINARY", "b", new BigDecimal("3000"), new BigDecimal("7000"));
        var heavier = new DiscretionBenchmark.Tier("HEAVIER", "c", new BigDecimal("7000"), new BigDecimal("10000"));
        assertThat(DiscretionTiers.problem(List.of(lighter, ordinary, heavier))).isNull();
        assertThat(DiscretionTiers.problem(List.of(lighter, heavier))).isEqualTo("legal.benchmark.tierRequired");
        assertThat(DiscretionTiers.problem(List.of(ordinary,
                new DiscretionBenchmark.Tier("LIGHTER", "a", new BigDecimal("1000"), new BigDecimal("8000")), heavier)))
                .isEqualTo("legal.benchmark.rangesNotRising");
        assertThat(DiscretionTiers.problem(List.of(new DiscretionBenchmark.Tier("EXEMPT", "x", BigDecimal.ONE, BigDecimal.ONE),
                lighter, ordinary, heavier))).isEqualTo("legal.benchmark.exemptFinesNothing");
        assertThat(ordinary.allows(new BigDecimal("7000"))).isTrue();
        assertThat(ordinary.allows(new BigDecimal("7000.01"))).isFalse();
    }

    private static void assertBoundary(LegalTimeLimit limit, LocalDate lastDayInTime) {
        LocalDate due = limit.due(FRIDAY, WEEKDAYS);
        assertThat(due).as(limit.code()).isEqualTo(lastDayInTime);
        assertThat(LegalTimeLimit.late(due, lastDayInTime)).as("last day in time").isFalse();
        assertThat(LegalTimeLimit.late(due, lastDayInTime.plusDays(1))).as("first day late").isTrue();
    }
}
