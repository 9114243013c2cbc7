package cn.yingshang.services.internal;

import cn.yingshang.platform.SignedInUser;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** A bundle as a user may see it: a department sees only its own parts of it. */
@Component
class BundleViews {

    record PartView(int seq, String itemCode, String itemName, String department, Long caseId, String status,
                    String statusLabel, String caseStatus, LocalDate dueOn, LocalDate finishedOn, boolean actionable) {
    }

    record BundleView(long id, String bundleCode, String name, String creditCode, String status, String statusLabel,
                      LocalDate appliedOn, LocalDate noticeEndsOn, LocalDate doneOn, int partsDone, int partsTotal,
                      List<PartView> parts, String endedBy) {
    }

    private final BundleAccess access;
    private final ServiceMessages messages;

    BundleViews(BundleAccess access, ServiceMessages messages) {
        this.access = access;
        this.messages = messages;
    }

    /** Which part ended the bundle and why, as the enterprise and every department read it; null while it goes on. */
    String endedBy(Bundle b) {
        return b.endedBy().map(p -> messages.text("services.bundle.endedBy", p.itemName(), p.department(),
                messages.text("services.bundle.part." + p.status().name()),
                DeficiencyLapses.LAPSED.equals(b.endReason()) ? messages.text("services.withdrawn.lapsed") : b.endReason()))
                .orElse(null);
    }

    BundleView of(Bundle b, SignedInUser user) {
        boolean department = !user.isEnterpriseOf(b.creditCode()) && !user.can("services:bundles");
        List<PartView> parts = b.parts().stream()
                .filter(p -> !department || access.actsOn(p, user))
                .map(p -> new PartView(p.seq(), p.itemCode(), p.itemName(), p.department(), p.caseId(), p.status().name(),
                        messages.text("services.bundle.part." + p.status().name()), p.caseStatus(), p.dueOn(), p.finishedOn(),
                        p.status() == Bundle.PartStatus.OPEN && access.actsOn(p, user)))
                .toList();
        return new BundleView(b.id(), b.bundleCode(), b.bundleName(), b.creditCode(), b.status().name(),
                messages.text("services.bundle.status." + b.status().name()), b.appliedOn(), b.noticeEndsOn(), b.doneOn(),
                (int) b.finishedParts(), b.parts().size(), parts, endedBy(b));
    }
}
