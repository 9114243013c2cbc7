package cn.yingshang.finance.internal;

import cn.yingshang.policy.EligibilityRules;
import cn.yingshang.shared.CreditCode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** Whether an enterprise qualifies for a loan product, condition by condition, judged by the policy rule engine. */
@Component
class ProductEligibility {

    /** {@code criteria} are the product's conditions in words with the enterprise's value; empty for an open product. */
    record Verdict(LoanProduct product, List<EligibilityRules.Condition> criteria, boolean qualifies) {
    }

    private final EligibilityRules rules;
    private final Clock clock;

    ProductEligibility(EligibilityRules rules, Clock clock) {
        this.rules = rules;
        this.clock = clock;
    }

    Verdict check(LoanProduct product, CreditCode borrower) {
        Object rule = Eligibility.rule(product);
        if (rule == null) {
            return new Verdict(product, List.of(), true);
        }
        return rules.check(rule, borrower, LocalDate.now(clock))
                .map(v -> new Verdict(product, v.conditions(), v.qualifies()))
                .orElseGet(() -> new Verdict(product, List.of(), false));
    }

    List<Verdict> check(List<LoanProduct> products, CreditCode borrower) {
        return products.stream().map(p -> check(p, borrower)).toList();
    }

    /** Refuses further conditions that are not a valid rule, naming the path of the fault. */
    void validate(Object extraRule) {
        if (extraRule != null) {
            rules.validate(extraRule);
        }
    }
}
