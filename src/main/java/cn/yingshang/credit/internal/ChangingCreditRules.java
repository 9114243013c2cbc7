package cn.yingshang.credit.internal;

import cn.yingshang.credit.Severity;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The credit office changes the scorecard, the publicity periods and the settings; a changed scorecard
 * classifies every entity again at once, so no page shows a class the rules no longer give.
 */
@Component
class ChangingCreditRules {

    private final CreditConfiguration configuration;
    private final BulkClassification bulk;
    private final Clock clock;

    ChangingCreditRules(CreditConfiguration configuration, BulkClassification bulk, Clock clock) {
        this.configuration = configuration;
        this.bulk = bulk;
        this.clock = clock;
    }

    BulkClassification.Result changeScorecard(List<Scorecard.Indicator> indicators, Scorecard.Thresholds thresholds) {
        configuration.changeScorecard(indicators, thresholds);
        return bulk.recomputeAll(LocalDate.now(clock));
    }

    /** Periods and settings change together or not at all. */
    @Transactional
    void changePeriods(Map<Severity, PublicityPeriods.Period> periods, Map<String, Integer> settings) {
        configuration.changePeriods(periods);
        for (var setting : configuration.settings()) {
            Integer value = settings.get(setting.key());
            if (value != null) {
                configuration.changeSetting(setting.key(), value);
            }
        }
    }
}
