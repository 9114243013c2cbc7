package cn.yingshang.policy.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every morning the approved 免申即享 lists whose objection period (003 §36) ended are paid, except
 * what an objection or a dishonesty measure holds back. Idempotent, so several nodes may run it.
 */
@Component
class DuePayouts {

    private final Grants grants;
    private final PolicyStore store;
    private final DishonestyExclusions exclusions;
    private final Clock clock;

    DuePayouts(Grants grants, PolicyStore store, DishonestyExclusions exclusions, Clock clock) {
        this.grants = grants;
        this.store = store;
        this.exclusions = exclusions;
        this.clock = clock;
    }

    @Scheduled(cron = "0 0 1 * * *", zone = "Asia/Shanghai")
    void payToday() {
        payAsOf(LocalDate.now(clock));
    }

    int payAsOf(LocalDate today) {
        return grants.payDue(today,
                (code, policyId) -> store.find(policyId).flatMap(p -> exclusions.barred(code, p, today)).isPresent(),
                (code, policyId) -> store.find(policyId).flatMap(p -> exclusions.barred(code, p, today)).orElse(""));
    }
}
