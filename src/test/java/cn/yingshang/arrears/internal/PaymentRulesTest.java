package cn.yingshang.arrears.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yingshang.shared.CalendarDay;
import cn.yingshang.shared.DomainViolation;
import cn.yingshang.shared.TimeLimit;
import cn.yingshang.shared.WorkingDayCalendar;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 国令802号 Art. 9, 10 and 17 as tables: due dates count natural days; interest as of a day. */
class PaymentRulesTest {

    /** 2025 national days around 国庆: 10/1–10/8 off, Saturday 10/11 worked. */
    static final WorkingDayCalendar CALENDAR;

    static {
        List<CalendarDay> days = new ArrayList<>();
        for (int d = 1; d <= 8; d++) {
            days.add(CalendarDay.holiday(LocalDate.of(2025, 10, d), "国庆节、中秋节"));
        }
        days.add(CalendarDay.workingWeekend(LocalDate.of(2025, 9, 28), "国庆节调休"));
        days.add(CalendarDay.workingWeekend(LocalDate.of(2025, 10, 11), "国庆节调休"));
        CALENDAR = WorkingDayCalendar.of(days);
    }

    static ContractTerms byDelivery(PayerType type, String delivered, Integer agreedDays) {
        return new ContractTerms(type, LocalDate.parse(delivered), SettlementBasis.DELIVERY, null, null, null, agreedDays, Set.of());
    }

    @ParameterizedTest(name = "{0}: {1} + {2} days → due {3}")
    @DisplayName("国令802号 Art. 9: 机关、事业单位 30 natural days from delivery, large enterprises 60; a period ending on a rest day ends on the next working day")
    @CsvSource(nullValues = "-", textBlock = """
            # payer,                delivered,  agreed, due
            GOVERNMENT_ORGAN,       2025-06-02, -,      2025-07-02
            PUBLIC_INSTITUTION,     2025-06-02, -,      2025-07-02
            GOVERNMENT_ORGAN,       2025-06-05, -,      2025-07-07
            PUBLIC_INSTITUTION,     2025-09-01, -,      2025-10-09
            GOVERNMENT_ORGAN,       2025-06-02, 45,     2025-07-17
            GOVERNMENT_ORGAN,       2025-06-02, 60,     2025-08-01
            GOVERNMENT_ORGAN,       2025-06-02, 15,     2025-06-17
            LARGE_ENTERPRISE,       2025-06-02, -,      2025-08-01
            STATE_OWNED_ENTERPRISE, 2025-06-02, -,      2025-08-01
            LARGE_ENTERPRISE,       2025-06-02, 45,     2025-07-17
            LARGE_ENTERPRISE,       2025-08-01, 60,     2025-09-30
            LARGE_ENTERPRISE,       2025-08-02, 60,     2025-10-09
            """)
    void dueFromDelivery(PayerType type, LocalDate delivered, Integer agreed, LocalDate due) {
        PaymentDue result = PaymentRules.due(byDelivery(type, delivered.toString(), agreed), CALENDAR);
        assertThat(result.clockStart()).isEqualTo(delivered);
        assertThat(result.dueOn()).isEqualTo(due);
        assertThat(result.violations()).isEmpty();
    }

    @Test
    @DisplayName("国令802号 Art. 9: a public body's contract term over 60 days is a violation, and the 60-day limit applies")
    void publicBodyTermOverSixtyDays() {
        PaymentDue at61 = PaymentRules.due(byDelivery(PayerType.PUBLIC_INSTITUTION, "2025-06-02", 61), CALENDAR);
        assertThat(at61.violations()).containsExactly(Violation.TERM_OVER_60_DAYS);
        assertThat(at61.term()).isEqualTo(TimeLimit.naturalDays(60));
        assertThat(at61.dueOn()).isEqualTo(LocalDate.of(2025, 8, 1));

        PaymentDue at60 = PaymentRules.due(byDelivery(PayerType.PUBLIC_INSTITUTION, "2025-06-02", 60), CALENDAR);
        assertThat(at60.violations()).isEmpty();
    }

    @Test
    @DisplayName("国令802号 Art. 9: a large enterprise's agreed term over 60 days stands but is flagged for a reasonableness review")
    void largeEnterpriseLongTerm() {
        PaymentDue due = PaymentRules.due(byDelivery(PayerType.LARGE_ENTERPRISE, "2025-06-02", 90), CALENDAR);
        assertThat(due.dueOn()).isEqualTo(LocalDate.of(2025, 9, 1)); // 8/31 is a Sunday
        assertThat(due.violations()).containsExactly(Violation.LONG_TERM_TO_REVIEW);
        assertThat(PaymentRules.due(byDelivery(PayerType.LARGE_ENTERPRISE, "2025-06-02", 60), CALENDAR).violations()).isEmpty();
    }

    @ParameterizedTest(name = "{0}: settled {2}, accepted {3}, period {4} → clock {5}, due {6}")
    @DisplayName("国令802号 Art. 10: the clock starts at delivery, at agreed settlement, at acceptance, or at the end of an overdue acceptance period")
    @CsvSource(nullValues = "-", textBlock = """
            # basis,    delivered,  settled,    accepted,   period, clock,      due
            DELIVERY,   2025-06-02, -,          -,          -,      2025-06-02, 2025-07-02
            SETTLEMENT, 2025-06-02, 2025-06-16, -,          -,      2025-06-16, 2025-07-16
            ACCEPTANCE, 2025-06-02, -,          2025-06-10, 15,     2025-06-10, 2025-07-10
            ACCEPTANCE, 2025-06-02, -,          2025-06-17, 15,     2025-06-17, 2025-07-17
            ACCEPTANCE, 2025-06-02, -,          2025-06-30, 15,     2025-06-17, 2025-07-17
            ACCEPTANCE, 2025-06-02, -,          -,          15,     2025-06-17, 2025-07-17
            ACCEPTANCE, 2025-06-02, -,          2025-06-30, -,      2025-06-30, 2025-07-30
            ACCEPTANCE, 2025-06-02, -,          -,          12,     2025-06-16, 2025-07-16
            """)
    void clockStart(SettlementBasis basis, LocalDate delivered, LocalDate settled, LocalDate accepted, Integer period,
                    LocalDate clock, LocalDate due) {
        ContractTerms terms = new ContractTerms(PayerType.GOVERNMENT_ORGAN, delivered, basis, settled, accepted, period, null, Set.of());
        PaymentDue result = PaymentRules.due(terms, CALENDAR);
        assertThat(result.clockStart()).isEqualTo(clock);
        assertThat(result.dueOn()).isEqualTo(due);
    }

    @Test
    @DisplayName("国令802号 Art. 10: payment on acceptance needs the acceptance date or the agreed acceptance period")
    void acceptanceNeedsDateOrPeriod() {
        assertThatThrownBy(() -> new ContractTerms(PayerType.GOVERNMENT_ORGAN, LocalDate.of(2025, 6, 2),
                SettlementBasis.ACCEPTANCE, null, null, null, null, Set.of()))
                .isInstanceOf(DomainViolation.class).hasMessageContaining("验收");
    }

    @Test
    @DisplayName("003 §53, Art. 11, 12, 14: reported practices are kept as violations next to the term checks")
    void reportedPracticesAreViolations() {
        ContractTerms terms = new ContractTerms(PayerType.GOVERNMENT_ORGAN, LocalDate.of(2025, 6, 2), SettlementBasis.DELIVERY,
                null, null, null, 90, Set.of(Violation.AUDIT_AS_SETTLEMENT_CONDITION, Violation.PAID_WHEN_PAID,
                Violation.FORCED_COMMERCIAL_BILLS, Violation.PERCENTAGE_DEDUCTION,
                Violation.REPRESENTATIVE_CHANGE_AS_EXCUSE, Violation.INTERNAL_PROCEDURE_AS_EXCUSE));
        assertThat(PaymentRules.due(terms, CALENDAR).violations()).containsExactlyInAnyOrder(
                Violation.TERM_OVER_60_DAYS, Violation.AUDIT_AS_SETTLEMENT_CONDITION, Violation.PAID_WHEN_PAID,
                Violation.FORCED_COMMERCIAL_BILLS, Violation.PERCENTAGE_DEDUCTION,
                Violation.REPRESENTATIVE_CHANGE_AS_EXCUSE, Violation.INTERNAL_PROCEDURE_AS_EXCUSE);
        assertThatThrownBy(() -> new ContractTerms(PayerType.GOVERNMENT_ORGAN, LocalDate.of(2025, 6, 2),
                SettlementBasis.DELIVERY, null, null, null, null, Set.of(Violation.TERM_OVER_60_DAYS)))
                .isInstanceOf(DomainViolation.class);
    }

    @ParameterizedTest(name = "owed {0}, rate {1}, payments {2}, as of {3} → {4}")
    @DisplayName("国令802号 Art. 17: overdue interest at the agreed yearly rate, or 0.05 % a day when the contract is silent, from the day after the due date")
    @CsvSource(nullValues = "-", textBlock = """
            # owed,  yearly %, payments (date:amount),             as of,      interest
            100000,  -,        -,                                  2025-07-01, 0.00
            100000,  -,        -,                                  2025-06-20, 0.00
            100000,  -,        -,                                  2025-07-02, 50.00
            100000,  -,        -,                                  2025-07-11, 500.00
            100000,  3.65,     -,                                  2025-07-11, 100.00
            100000,  -,        2025-07-05:40000,                   2025-07-11, 380.00
            100000,  -,        2025-06-20:40000,                   2025-07-11, 300.00
            100000,  -,        2025-07-03:100000,                  2025-07-11, 100.00
            100000,  -,        2025-07-05:40000 2025-07-09:60000,  2025-07-11, 320.00
            100000,  -,        2025-07-20:40000,                   2025-07-11, 500.00
            """)
    void interest(BigDecimal owed, BigDecimal rate, String payments, LocalDate asOf, BigDecimal expected) {
        List<OverdueInterest.Paid> paid = payments == null ? List.of() : java.util.Arrays.stream(payments.split(" "))
                .map(p -> new OverdueInterest.Paid(LocalDate.parse(p.split(":")[0]), new BigDecimal(p.split(":")[1])))
                .toList();
        assertThat(OverdueInterest.asOf(owed, LocalDate.of(2025, 7, 1), paid, rate, asOf)).isEqualByComparingTo(expected);
    }
}
