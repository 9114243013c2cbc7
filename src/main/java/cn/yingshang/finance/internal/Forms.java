package cn.yingshang.finance.internal;

import cn.yingshang.platform.DepartmentFunction;
import cn.yingshang.shared.CreditRiskClass;
import cn.yingshang.shared.EnterpriseSize;
import java.math.BigDecimal;
import java.util.List;

/** The financing forms, each bound from one page's POST. */
final class Forms {

    private Forms() {
    }

    /** A financing need: amount in 万元, term in months, purpose and what the enterprise can pledge. */
    record NeedForm(BigDecimal amount, Integer termMonths, String purpose, List<Collateral> collateral) {
        static NeedForm empty() {
            return new NeedForm(null, null, "", List.of());
        }

        List<Collateral> pledges() {
            return collateral == null ? List.of() : collateral;
        }
    }

    record ProductForm(String name, Boolean creditLoan, BigDecimal maxAmount, Integer maxTermMonths, BigDecimal rateFrom,
                       List<EnterpriseSize> sizes, List<CreditRiskClass> creditClasses, Boolean noDishonesty, Integer minYears) {
        static ProductForm empty() {
            return new ProductForm("", false, null, null, null, List.of(), List.of(), true, 0);
        }
    }

    /** A bank's answer to a need: GRANTED (product, amount, rate) or REFUSED (reason). */
    record OutcomeForm(String outcome, Long productId, BigDecimal amount, BigDecimal rate, String reason) {
    }

    /** A receivable to confirm: the public payer, the function of its supervising department, the contract and amount (元). */
    record ConfirmationForm(String payerName, DepartmentFunction payerFunction, String contractName, BigDecimal amount) {
        static ConfirmationForm empty() {
            return new ConfirmationForm("", null, "", null);
        }
    }

    record BankForm(String name, String regionCode, String contactName, String contactPhone) {
        static BankForm empty() {
            return new BankForm("", "650100", "", "");
        }
    }
}
