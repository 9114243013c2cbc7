package cn.yingshang.services.internal;

import cn.yingshang.platform.AuditLog;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A part is done when its case is granted; the bundle is done when its last part is. A part whose
 * case is refused, not accepted or withdrawn ends the whole bundle (000 §19: the one thing cannot be
 * done): the bundle keeps that part and its reason for the enterprise to see, the parts not yet
 * finished are cancelled and their open cases withdrawn, so no department keeps working on it and
 * nothing waits forever. Runs in the deciding transaction, so a decision and its bundle's progress
 * commit together; the bundle row is locked so two parts finishing at once cannot both miss the other.
 */
@Component
class FollowingBundleParts {

    private final Bundles bundles;
    private final ServiceMessages messages;
    private final AuditLog audit;
    private final Clock clock;

    FollowingBundleParts(Bundles bundles, ServiceMessages messages, AuditLog audit, Clock clock) {
        this.bundles = bundles;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    void on(CaseDecided decided) {
        bundles.bundleOfCase(decided.caseId()).ifPresent(bundleId -> {
            bundles.lock(bundleId);
            LocalDate today = LocalDate.now(clock);
            Bundle.PartStatus to = Bundle.PartStatus.of(decided.status());
            if (!bundles.finishPart(decided.caseId(), to, today)) {
                return;
            }
            Bundle b = bundles.find(bundleId).orElseThrow();
            if (to == Bundle.PartStatus.DONE) {
                if (b.parts().stream().allMatch(p -> p.status() == Bundle.PartStatus.DONE)) {
                    bundles.move(bundleId, Bundle.BundleStatus.IN_PROGRESS, Bundle.BundleStatus.DONE, today);
                }
                return;
            }
            Bundle.Part part = b.parts().stream().filter(p -> Long.valueOf(decided.caseId()).equals(p.caseId())).findFirst()
                    .orElseThrow();
            String reason = decided.reason() == null || decided.reason().isBlank()
                    ? messages.text("services.bundle.part." + to.name()) : decided.reason();
            if (!bundles.end(bundleId, part.seq(), reason, today)) {
                return;
            }
            String stopped = messages.text("services.bundle.cancelledCase", b.bundleName(), part.itemName());
            for (long caseId : bundles.cancelUnfinishedParts(bundleId, today)) {
                if (bundles.withdrawCase(caseId, stopped, today)) {
                    audit.record("services.case.withdraw", "svc_case", Long.toString(caseId), null, stopped);
                }
            }
            audit.record("services.bundle.end", "svc_bundle", Long.toString(bundleId), b.status().name(), reason);
        });
    }
}
