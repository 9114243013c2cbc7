package cn.yingshang.policy.internal;

import cn.yingshang.policy.EligibilityRules;
import cn.yingshang.shared.CreditCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** {@link EligibilityRules} on the policy module's own parser, evaluator and entity facts. */
@Component
class PolicyRuleEligibility implements EligibilityRules {

    private final PolicyMatching matching;

    PolicyRuleEligibility(PolicyMatching matching) {
        this.matching = matching;
    }

    @Override
    public void validate(Object ruleTree) {
        RuleFormat.parse(ruleTree);
    }

    @Override
    public Optional<List<Verdict>> check(List<Object> ruleTrees, CreditCode entity, LocalDate asOf) {
        List<Rule> rules = ruleTrees.stream().map(RuleFormat::parse).toList();
        return matching.facts(entity.value()).map(facts -> rules.stream().map(rule -> {
            RuleEvaluator.Explanation e = RuleEvaluator.explain(rule, facts, asOf);
            return new Verdict(e.eligible(), e.conditions().stream()
                    .map(c -> new Condition(PolicyText.requirement(c), PolicyText.actual(c), c.result())).toList());
        }).toList());
    }
}
