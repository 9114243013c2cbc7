package cn.yingshang.services.internal;

import cn.yingshang.platform.Accounts;
import cn.yingshang.platform.JobLocks;
import cn.yingshang.platform.SignedInUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Opens a bundle's parts as service cases in their departments' queues. Parts that wait for the
 * public notice (简易注销: 20 days, 《市场主体登记管理条例》第三十三条) open when it ends, checked hourly
 * on one node at a time.
 */
@Component
class OpeningBundleParts {

    static final String JOB = "services.bundle-notice";

    private final Bundles bundles;
    private final ApplyingForService applying;
    private final Accounts accounts;
    private final JobLocks jobLocks;
    private final TransactionTemplate tx;
    private final Clock clock;

    OpeningBundleParts(Bundles bundles, ApplyingForService applying, Accounts accounts, JobLocks jobLocks,
                       PlatformTransactionManager transactions, Clock clock) {
        this.bundles = bundles;
        this.applying = applying;
        this.accounts = accounts;
        this.jobLocks = jobLocks;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Opens the parts that may open now: all but the after-notice ones, or these too once the notice ended. */
    void open(long bundleId, Bundles.Definition d, boolean noticeEnded, SignedInUser enterprise) {
        String bundleKey = "bundle-" + bundleId + "-";
        for (Bundles.DefinitionItem item : d.items()) {
            if (item.afterNotice() && !noticeEnded) {
                continue;
            }
            boolean waiting = bundles.parts(bundleId).stream()
                    .anyMatch(p -> p.seq() == item.seq() && p.status() == Bundle.PartStatus.WAITING);
            if (waiting) {
                long caseId = applying.apply(item.implementationId(), bundleKey + item.seq(), enterprise);
                bundles.openPart(bundleId, item.seq(), caseId);
            }
        }
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
    void openAfterNotice() {
        jobLocks.runAlone(JOB, () -> openAfterNotice(LocalDate.now(clock)));
    }

    /** Opens the waiting parts of every bundle whose notice ended by {@code today}; returns how many bundles. */
    int openAfterNotice(LocalDate today) {
        List<Long> due = bundles.noticeEndedBy(today);
        for (long id : due) {
            tx.executeWithoutResult(s -> {
                Bundle b = bundles.find(id).orElseThrow();
                if (!bundles.move(id, Bundle.BundleStatus.NOTICE, Bundle.BundleStatus.IN_PROGRESS, null)) {
                    return;
                }
                SignedInUser applicant = applicant(b);
                open(id, bundles.definition(b.bundleCode()).orElseThrow(), true, applicant);
            });
        }
        return due.size();
    }

    /** The application stays the enterprise's: the cases opened later are in its name, not a system user's. */
    private SignedInUser applicant(Bundle b) {
        String username = bundles.checkedBy(b.id());
        return accounts.byUsername(username).map(a -> new SignedInUser(a.id(), a.username(), "", a.displayName(), a.role(),
                a.departmentId(), a.creditCode(), Set.of(), List.of())).orElseThrow();
    }
}
