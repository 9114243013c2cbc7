package cn.yingshang.services.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A part is done when its case is granted, refused when refused; the bundle is done when its last
 * part is. Runs in the deciding transaction, so a decision and its bundle's progress commit together;
 * the bundle row is locked so two last parts finishing at once cannot both miss the other.
 */
@Component
class FollowingBundleParts {

    private final Bundles bundles;
    private final Clock clock;

    FollowingBundleParts(Bundles bundles, Clock clock) {
        this.bundles = bundles;
        this.clock = clock;
    }

    @EventListener
    void on(CaseDecided decided) {
        bundles.bundleOfCase(decided.caseId()).ifPresent(bundleId -> {
            bundles.lock(bundleId);
            LocalDate today = LocalDate.now(clock);
            Bundle.PartStatus to = decided.status() == CaseStatus.GRANTED ? Bundle.PartStatus.DONE : Bundle.PartStatus.REFUSED;
            if (!bundles.finishPart(decided.caseId(), to, today)) {
                return;
            }
            Bundle b = bundles.find(bundleId).orElseThrow();
            if (b.parts().stream().allMatch(p -> p.status() == Bundle.PartStatus.DONE)) {
                bundles.move(bundleId, Bundle.BundleStatus.IN_PROGRESS, Bundle.BundleStatus.DONE, today);
            }
        });
    }
}
