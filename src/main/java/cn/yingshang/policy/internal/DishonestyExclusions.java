package cn.yingshang.policy.internal;

import cn.yingshang.platform.Text;
import cn.yingshang.credit.CreditProfiles;
import cn.yingshang.credit.DishonestyMeasure;
import cn.yingshang.shared.CreditCode;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The dishonesty measures that keep an entity from a benefit, applied by the platform itself, not left
 * to each rule's author (issue 21 item 2): 003 §37 — an entity on the list for subsidised employment that
 * did not last is barred from the same kind of policy until repaired (EXCLUDED_FROM_SUBSIDIES: every
 * fiscal subsidy, reward and interest discount); 000 §54 — 联合惩戒 may exclude from 免申即享 and from
 * instant grants (EXCLUDED_FROM_AUTO_GRANT). Read from the credit module's facade on the day it matters.
 */
@Component
class DishonestyExclusions {

    /** The benefits that are 财政补贴 of the same kind as the 用工补贴 of 003 §37. */
    static final Set<Policy.BenefitType> FISCAL = EnumSet.of(Policy.BenefitType.SUBSIDY, Policy.BenefitType.REWARD,
            Policy.BenefitType.INTEREST_DISCOUNT);

    private final CreditProfiles credit;

    DishonestyExclusions(CreditProfiles credit) {
        this.credit = credit;
    }

    /** Why the entity may not have this policy's benefit on that day at all, if it may not. */
    Optional<String> barred(String creditCode, Policy policy, LocalDate on) {
        Set<DishonestyMeasure> measures = credit.measuresInForce(CreditCode.of(creditCode), on);
        if (FISCAL.contains(policy.benefitType()) && measures.contains(DishonestyMeasure.EXCLUDED_FROM_SUBSIDIES)) {
            return Optional.of(Text.of("policy.exclusion.dishonestReason", DishonestyMeasure.EXCLUDED_FROM_SUBSIDIES.label()));
        }
        if (policy.mode() == Policy.GrantMode.AUTO_GRANT && measures.contains(DishonestyMeasure.EXCLUDED_FROM_AUTO_GRANT)) {
            return Optional.of(Text.of("policy.exclusion.dishonestListed", DishonestyMeasure.EXCLUDED_FROM_AUTO_GRANT.label()));
        }
        return Optional.empty();
    }

    /** Whether an instant grant (即申即享) must wait for an officer's review instead. */
    boolean noInstantGrant(String creditCode, LocalDate on) {
        return credit.measuresInForce(CreditCode.of(creditCode), on).contains(DishonestyMeasure.EXCLUDED_FROM_AUTO_GRANT);
    }
}
