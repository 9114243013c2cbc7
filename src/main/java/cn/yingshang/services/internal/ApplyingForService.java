package cn.yingshang.services.internal;

import cn.yingshang.platform.AuditLog;
import cn.yingshang.platform.SignedInUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** An enterprise applies online for an item; the same request key always yields the same case. */
@Component
class ApplyingForService {

    private final ServiceGuides guides;
    private final ServiceCases cases;
    private final ServiceMessages messages;
    private final AuditLog audit;
    private final Clock clock;
    private final Promises promises;
    private final PlatformHeldMaterials held;
    private final CaseMaterials caseMaterials;
    private final MaterialFiles files;

    ApplyingForService(ServiceGuides guides, ServiceCases cases, ServiceMessages messages, AuditLog audit, Clock clock,
                       Promises promises, PlatformHeldMaterials held, CaseMaterials caseMaterials, MaterialFiles files) {
        this.files = files;
        this.promises = promises;
        this.held = held;
        this.caseMaterials = caseMaterials;
        this.guides = guides;
        this.cases = cases;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    long apply(long guideId, String requestKey, SignedInUser enterprise) {
        return apply(guideId, requestKey, false, enterprise);
    }

    /**
     * With {@code promise} the enterprise signs the 告知承诺 notice (001 §38) instead of proving what the
     * guide marks as replaceable; the signed text is kept with the case and the post-check draw is made now.
     */
    @Transactional
    long apply(long guideId, String requestKey, boolean promise, SignedInUser enterprise) {
        if (enterprise.creditCode() == null) {
            throw messages.violation(null, "services.apply.enterpriseOnly");
        }
        if (requestKey == null || requestKey.isBlank() || requestKey.length() > 100) {
            throw messages.violation("requestKey", "services.apply.requestKey");
        }
        Guide guide = guides.guide(guideId).orElseThrow(() -> messages.violation("guideId", "services.guide.notFound"));
        long id = cases.open(enterprise.creditCode() + ":" + requestKey, guide, enterprise.creditCode(), "ONLINE", LocalDate.now(clock));
        if (promise) {
            if (guides.materials(guideId).stream().noneMatch(Material::promiseReplaces)) {
                throw messages.violation("promise", "services.promise.notOffered");
            }
            promises.sign(id, messages.text("services.promise.notice", guide.name()), clock.instant(),
                    PostCheckDraw.drawn(id, promises.postCheckPercent()));
        }
        audit.record("services.case.apply", "svc_case", Long.toString(id), null, guide.itemCode());
        return id;
    }

    /**
     * The online form: the applicant uploads a file for each material it provides now (keyed by the
     * material's name); what the platform holds is filled in from there and never asked, what a signed
     * promise replaces is recorded as promised. What is neither stays missing, for the department to
     * accept with deficiency or to list in its one-time notice. Every file is checked before the case
     * is opened, so a refused file leaves nothing stored.
     */
    @Transactional
    long apply(long guideId, String requestKey, boolean promise, java.util.Map<String, MaterialFiles.Upload> uploads,
               SignedInUser enterprise) {
        java.util.Map<String, MaterialFiles.Upload> given = uploads == null ? java.util.Map.of() : uploads;
        java.util.Map<String, cn.yingshang.platform.FileKind> kinds = new java.util.HashMap<>();
        List<Material> listed = guides.guide(guideId).isPresent() ? guides.materials(guideId) : List.of();
        for (Material m : listed) {
            MaterialFiles.Upload upload = given.get(m.name());
            if (upload != null) {
                kinds.put(m.name(), files.check(EnterpriseServicePages.fileField(m), upload));
            }
        }
        long id = apply(guideId, requestKey, promise, enterprise);
        for (PlatformHeldMaterials.Slot slot : held.slots(listed, enterprise.creditCode())) {
            String name = slot.material().name();
            if (slot.held()) {
                caseMaterials.record(id, name, slot.source(), slot.reference());
            } else if (kinds.containsKey(name)) {
                files.store(id, name, given.get(name), kinds.get(name));
                caseMaterials.record(id, name, CaseMaterials.Source.PROVIDED, given.get(name).filename());
            } else if (promise && slot.material().promiseReplaces()) {
                caseMaterials.record(id, name, CaseMaterials.Source.PROMISE, "");
            }
        }
        return id;
    }
}
