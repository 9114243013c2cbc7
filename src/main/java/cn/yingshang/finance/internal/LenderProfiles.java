package cn.yingshang.finance.internal;

import cn.yingshang.credit.CreditProfiles;
import cn.yingshang.registry.MarketEntities;
import cn.yingshang.registry.MarketEntity;
import cn.yingshang.shared.CreditCode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Builds the credit profile from the registry's and the credit module's public APIs, with the policies
 * granted and arrears owed that {@link ProfileFacts} keeps from the policy and arrears modules' events.
 */
@Component
class LenderProfiles {

    private final MarketEntities entities;
    private final CreditProfiles credit;
    private final Clock clock;
    private final ProfileFacts facts;

    LenderProfiles(MarketEntities entities, CreditProfiles credit, Clock clock, ProfileFacts facts) {
        this.facts = facts;
        this.entities = entities;
        this.credit = credit;
        this.clock = clock;
    }

    Optional<CreditProfile> of(String creditCode) {
        CreditCode code = CreditCode.of(creditCode);
        LocalDate today = LocalDate.now(clock);
        return entities.find(code).map(entity -> profile(entity, code, today));
    }

    private CreditProfile profile(MarketEntity entity, CreditCode code, LocalDate today) {
        return new CreditProfile(entity, credit.riskClass(code), credit.isDishonest(code, today), credit.measuresInForce(code, today),
                entities.taxFilings(code), entities.abnormalPeriods(code), entity.ageYears(today), facts.of(code.value()));
    }
}
