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
}
