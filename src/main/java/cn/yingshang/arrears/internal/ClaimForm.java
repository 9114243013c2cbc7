package cn.yingshang.arrears.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What an SME or a department submits for a claim. The payer is either a public body from the
 * register ({@code payerId}) or a large enterprise by its credit code ({@code payerCreditCode}).
 * {@code payeeCreditCode} is only read from department users; an SME reports for itself.
 */
record ClaimForm(String payeeCreditCode, Long payerId, String payerCreditCode, String contractName, BigDecimal amount,
                 BigDecimal disputedAmount, LocalDate deliveredOn, String basis, LocalDate settlementConfirmedOn,
                 LocalDate acceptedOn, Integer acceptancePeriodDays, Integer agreedTermDays, String paymentMethod,
                 BigDecimal contractRatePercent, List<String> practices, String description) {

    ClaimForm {
        practices = practices == null ? List.of() : List.copyOf(practices);
    }

    static ClaimForm empty() {
        return new ClaimForm("", null, "", "", null, null, null, "DELIVERY", null, null, null, null, "BANK_TRANSFER", null,
                List.of(), "");
    }

    /**
     * The form as typed, for showing it again when a value did not even parse ("abc" as an amount):
     * what parses is kept, what does not is left empty and marked by the binding error.
     */
    static ClaimForm asTyped(java.util.function.Function<String, String> field, List<String> practices) {
        return new ClaimForm(text(field.apply("payeeCreditCode")), number(field.apply("payerId"), Long::valueOf),
                text(field.apply("payerCreditCode")), text(field.apply("contractName")), number(field.apply("amount"), BigDecimal::new),
                number(field.apply("disputedAmount"), BigDecimal::new), number(field.apply("deliveredOn"), LocalDate::parse),
                text(field.apply("basis")), number(field.apply("settlementConfirmedOn"), LocalDate::parse),
                number(field.apply("acceptedOn"), LocalDate::parse), number(field.apply("acceptancePeriodDays"), Integer::valueOf),
                number(field.apply("agreedTermDays"), Integer::valueOf), text(field.apply("paymentMethod")),
                number(field.apply("contractRatePercent"), BigDecimal::new), practices, text(field.apply("description")));
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static <T> T number(String s, java.util.function.Function<String, T> parse) {
        try {
            return s == null || s.isBlank() ? null : parse.apply(s.strip());
        } catch (RuntimeException e) {
            return null;
        }
    }
}
