package cn.yingshang.policy;

import cn.yingshang.shared.CreditCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The policy rule engine lent to other modules: a lender's loan product states who may borrow in the
 * same rule format a policy states who may apply (all / any / not over entity attributes), and the
 * same evaluator says, condition by condition, why an enterprise qualifies or not (003 §21, 004 #10).
 * Rules travel as the JSON tree (maps and lists) the policy API exchanges.
 */
public interface EligibilityRules {

    /** Refuses a tree that is not a valid rule with a violation naming the path of the fault. */
    void validate(Object ruleTree);

    /**
     * Each rule against what the platform knows of the entity as of a date, in the order given, the
     * entity's facts read once; empty for an unknown entity.
     */
    Optional<List<Verdict>> check(List<Object> ruleTrees, CreditCode entity, LocalDate asOf);

    /** {@code eligible} is null when a fact the rule needs is unknown. */
    record Verdict(Boolean eligible, List<Condition> conditions) {
        public boolean qualifies() {
            return Boolean.TRUE.equals(eligible);
        }
    }

    /**
     * One condition in words for the enterprise and the lender: what is required ("企业规模 属于其一 小型、微型"),
     * what the entity has ("小型"), and whether it is met (null: not known).
     */
    record Condition(String requirement, String actual, Boolean met) {
    }
}
