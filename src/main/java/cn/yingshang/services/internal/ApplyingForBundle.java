package cn.yingshang.services.internal;

import cn.yingshang.platform.AuditLog;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.shared.ResidentIdNumber;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 一件事一次办 (000 §19, 004 #1): after one identity check of the applicant the bundle opens a service
 * case for each of its items in the item's department, through the same application path as any
 * case (same clock, same rules). Parts that wait for a public notice (简易注销, 000 §30) open later.
 */
@Component
class ApplyingForBundle {

    private final Bundles bundles;
    private final OpeningBundleParts opening;
    private final ServiceMessages messages;
    private final AuditLog audit;
    private final Clock clock;

    ApplyingForBundle(Bundles bundles, OpeningBundleParts opening, ServiceMessages messages, AuditLog audit, Clock clock) {
        this.bundles = bundles;
        this.opening = opening;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    /** The identity check: the applicant's name and a resident ID number that passes its check digit. */
    record Identity(String name, String idNumber) {
    }

    @Transactional
    long apply(String bundleCode, Identity identity, String requestKey, SignedInUser enterprise) {
        if (enterprise.creditCode() == null) {
            throw messages.violation(null, "services.apply.enterpriseOnly");
        }
        if (requestKey == null || requestKey.isBlank() || requestKey.length() > 100) {
            throw messages.violation("requestKey", "services.apply.requestKey");
        }
        Bundles.Definition d = bundles.definition(bundleCode == null ? "" : bundleCode)
                .orElseThrow(() -> messages.violation("bundleCode", "services.bundle.unknown"));
        String name = identity == null || identity.name() == null ? "" : identity.name().strip();
        if (name.isEmpty() || name.length() > 50) {
            throw messages.violation("identityName", "services.bundle.identityName");
        }
        ResidentIdNumber.Check check = ResidentIdNumber.check(identity.idNumber());
        if (!check.valid()) {
            throw messages.violation("idNumber", "services.bundle.idNumber", check.reason());
        }
        String key = enterprise.creditCode() + ":" + requestKey;
        LocalDate today = LocalDate.now(clock);
        LocalDate noticeEnds = d.noticeDays() > 0 ? today.plusDays(d.noticeDays()) : null;
        Long id = bundles.create(key, d, enterprise.creditCode(), name, clock.instant(), enterprise.username(), today, noticeEnds);
        if (id == null) {
            // The same submission again: the bundle the first one created.
            return bundles.byRequestKey(key, enterprise.creditCode())
                    .orElseThrow(() -> messages.violation("requestKey", "services.apply.requestKey"));
        }
        opening.open(id, d, false, enterprise);
        audit.record("services.bundle.apply", "svc_bundle", Long.toString(id), null, d.code());
        return id;
    }
}
