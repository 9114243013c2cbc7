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

    /** Every product judged for one borrower; the borrower's facts are read once for all of them. */
    List<Verdict> check(List<LoanProduct> products, CreditCode borrower) {
        List<Object> trees = products.stream().map(Eligibility::rule).toList();
        List<Object> ruled = trees.stream().filter(java.util.Objects::nonNull).toList();
        // an entity the registry does not know qualifies for nothing that has a rule
        java.util.Iterator<EligibilityRules.Verdict> judged = (ruled.isEmpty() ? java.util.Optional.of(List.<EligibilityRules.Verdict>of())
                : rules.check(ruled, borrower, LocalDate.now(clock))).map(List::iterator).orElse(null);
        List<Verdict> verdicts = new java.util.ArrayList<>();
        for (int i = 0; i < products.size(); i++) {
            LoanProduct p = products.get(i);
            verdicts.add(trees.get(i) == null ? new Verdict(p, List.of(), true)
                    : judged == null ? new Verdict(p, List.of(), false) : verdict(p, judged.next()));
        }
        return verdicts;
    }

    private static Verdict verdict(LoanProduct product, EligibilityRules.Verdict v) {
        return new Verdict(product, v.conditions(), v.qualifies());
    }

    /** Refuses further conditions that are not a valid rule, naming the path of the fault. */
    void validate(Object extraRule) {
        if (extraRule != null) {
            rules.validate(extraRule);
        }
    }
}
