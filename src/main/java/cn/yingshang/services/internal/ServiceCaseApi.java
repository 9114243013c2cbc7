package cn.yingshang.services.internal;

import cn.yingshang.platform.SignedInUser;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Service cases over JSON: the enterprise applies, the implementing department handles. */
@RestController
class ServiceCaseApi {

    record Application(long guideId, String requestKey, Boolean promise) {
    }

    record SupplementRequest(List<String> materials) {
    }

    record Decision(Boolean grant, String reason) {
    }

    record Deficiency(List<String> missing) {
    }

    record PostCheck(Boolean truthful, String finding) {
    }

    record CaseView(long id, String department, String status, LocalDate appliedOn, LocalDate acceptedOn, LocalDate dueOn,
                    List<String> noticeMaterials, LocalDate supplyBy, String licenceCode, String postCheck,
                    Long creditRecordId, List<String> missing, List<FileView> files) {
    }

    /** A material file of the case: when it came (APPLY, NOTICE, DEFICIENCY) and where to download it. */
    record FileView(long id, String material, String filename, int sizeBytes, String stage, String href) {
    }

    private final ApplyingForService applying;
    private final RequestingSupplement supplement;
    private final AcceptingCase accepting;
    private final CaseAccess access;
    private final ServiceCases cases;
    private final DecidingCase deciding;
    private final ELicences licences;
    private final Promises promises;
    private final PostCheckingPromise postChecking;
    private final AcceptingWithDeficiency deficiency;
    private final ServiceGuides guides;
    private final MaterialFiles files;
    private final SupplyingNoticeMaterials noticeSupply;
    private final SupplyingDeficiencyMaterials deficiencySupply;
    private final ServiceMessages messages;

    ServiceCaseApi(ApplyingForService applying, RequestingSupplement supplement, AcceptingCase accepting, CaseAccess access,
                   ServiceCases cases, DecidingCase deciding, ELicences licences, Promises promises,
                   PostCheckingPromise postChecking, AcceptingWithDeficiency deficiency, ServiceGuides guides,
                   MaterialFiles files, SupplyingNoticeMaterials noticeSupply, SupplyingDeficiencyMaterials deficiencySupply,
                   ServiceMessages messages) {
        this.guides = guides;
        this.files = files;
        this.noticeSupply = noticeSupply;
        this.deficiencySupply = deficiencySupply;
        this.messages = messages;
        this.deficiency = deficiency;
        this.promises = promises;
        this.postChecking = postChecking;
        this.deciding = deciding;
        this.licences = licences;
        this.applying = applying;
        this.supplement = supplement;
        this.accepting = accepting;
        this.access = access;
        this.cases = cases;
    }

    @PostMapping(path = "/api/v1/service-cases", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('services:apply')")
    @ResponseStatus(HttpStatus.CREATED)
    CaseView apply(@RequestBody Application application, @AuthenticationPrincipal SignedInUser user) {
        return view(applying.apply(application.guideId(), application.requestKey(), Boolean.TRUE.equals(application.promise()), user), user);
    }

    /**
     * The online application with its materials as files: form fields {@code guideId}, {@code requestKey}
     * (else the Idempotency-Key) and {@code promise}, one file part {@code material-<seq>} per material the
     * applicant provides ({@code seq} as {@code GET /api/v1/public/service-items/{id}/materials} lists it).
     * A part for no material of the guide, or for one the platform already holds, is refused.
     */
    @io.swagger.v3.oas.annotations.Operation(summary = "services.api.apply.multipart.summary",
            description = "services.api.apply.multipart.description")
    @PostMapping(path = "/api/v1/service-cases", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('services:apply')")
    @ResponseStatus(HttpStatus.CREATED)
    CaseView applyWithFiles(@RequestParam long guideId, @RequestParam(required = false) String requestKey,
                            @RequestParam(defaultValue = "false") boolean promise,
                            MultipartHttpServletRequest request, @AuthenticationPrincipal SignedInUser user) {
        List<Material> listed = guides.guide(guideId).isPresent() ? guides.materials(guideId) : List.of();
        Map<String, MaterialFiles.Upload> uploads = new HashMap<>();
        for (Map.Entry<String, List<MultipartFile>> part : request.getMultiFileMap().entrySet()) {
            Material m = listed.stream().filter(x -> EnterpriseServicePages.fileField(x).equals(part.getKey())).findFirst()
                    .orElseThrow(() -> messages.violation(part.getKey(), "services.api.apply.unknownPart", part.getKey()));
            if (!m.askedOfApplicant()) {
                throw messages.violation(part.getKey(), "services.api.apply.heldPart", m.name());
            }
            MultipartFile f = part.getValue().getFirst();
            if (!f.isEmpty()) {
                uploads.put(m.name(), new MaterialFiles.Upload(f.getOriginalFilename(), bytes(f)));
            }
        }
        // the Idempotency-Key header is documented once for every operation (IdempotencyKeyDocumentation), so read here
        String key = requestKey == null || requestKey.isBlank() ? request.getHeader("Idempotency-Key") : requestKey;
        return view(applying.apply(guideId, key, promise, uploads, user), user);
    }

    /** 补正 over the API: one file part {@code notice-file-<i>} per material of {@code noticeMaterials}, by position. */
    @io.swagger.v3.oas.annotations.Operation(summary = "services.api.noticeAnswer.summary")
    @PostMapping(path = "/api/v1/service-cases/{id}/notice-answer", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('services:apply')")
    CaseView answerNotice(@PathVariable long id, MultipartHttpServletRequest request, @AuthenticationPrincipal SignedInUser user) {
        access.readable(id, user);
        List<String> named = cases.notice(id).map(OneTimeNotice::materials).orElse(List.of());
        noticeSupply.supply(id, EnterpriseServicePages.uploads(named, request.getFileMap(), SupplyingNoticeMaterials.FIELD), user);
        return view(id, user);
    }

    private static byte[] bytes(MultipartFile f) {
        try {
            return f.getBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @GetMapping("/api/v1/service-cases/{id}")
    CaseView show(@PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
        return view(id, user);
    }

    @PostMapping("/api/v1/service-cases/{id}/supplement-requests")
    @PreAuthorize("hasAuthority('services:handle')")
    CaseView requestSupplement(@PathVariable long id, @RequestBody SupplementRequest request,
                               @AuthenticationPrincipal SignedInUser user) {
        supplement.request(id, request.materials(), user);
        return view(id, user);
    }

    @PostMapping("/api/v1/service-cases/{id}/acceptance")
    @PreAuthorize("hasAuthority('services:handle')")
    CaseView accept(@PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
        accepting.accept(id, user);
        return view(id, user);
    }

    @PostMapping("/api/v1/service-cases/{id}/decision")
    @PreAuthorize("hasAuthority('services:handle')")
    CaseView decide(@PathVariable long id, @RequestBody Decision decision, @AuthenticationPrincipal SignedInUser user) {
        if (Boolean.TRUE.equals(decision.grant())) {
            deciding.grant(id, user);
        } else {
            deciding.refuse(id, decision.reason(), user);
        }
        return view(id, user);
    }

    @PostMapping("/api/v1/service-cases/{id}/post-check")
    @PreAuthorize("hasAuthority('services:handle')")
    CaseView postCheck(@PathVariable long id, @RequestBody PostCheck check, @AuthenticationPrincipal SignedInUser user) {
        postChecking.record(id, Boolean.TRUE.equals(check.truthful()), check.finding(), user);
        return view(id, user);
    }

    @PostMapping("/api/v1/service-cases/{id}/acceptance-with-deficiency")
    @PreAuthorize("hasAuthority('services:handle')")
    CaseView acceptWithDeficiency(@PathVariable long id, @RequestBody Deficiency request, @AuthenticationPrincipal SignedInUser user) {
        deficiency.accept(id, request.missing(), user);
        return view(id, user);
    }

    /** 容缺 materials over the API: one file part {@code deficiency-file-<i>} per material of {@code missing}, by position. */
    @io.swagger.v3.oas.annotations.Operation(summary = "services.api.deficiencySupplied.summary")
    @PostMapping(path = "/api/v1/service-cases/{id}/deficiency-supplied", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('services:apply')")
    CaseView supplied(@PathVariable long id, MultipartHttpServletRequest request, @AuthenticationPrincipal SignedInUser user) {
        access.readable(id, user);
        deficiencySupply.supply(id, EnterpriseServicePages.uploads(deficiency.missing(id), request.getFileMap(),
                SupplyingDeficiencyMaterials.FIELD), user);
        return view(id, user);
    }

    @PostMapping("/api/v1/service-cases/{id}/withdrawal")
    @PreAuthorize("hasAuthority('services:handle')")
    CaseView withdraw(@PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
        deficiency.withdrawIfUnsupplied(id, user);
        return view(id, user);
    }

    private CaseView view(long id, SignedInUser user) {
        ServiceCase c = access.readable(id, user);
        var notice = cases.notice(id);
        return new CaseView(c.id(), c.department(), c.status().name(), c.appliedOn(), c.acceptedOn(), c.dueOn(),
                notice.map(OneTimeNotice::materials).orElse(List.of()), notice.map(OneTimeNotice::supplyBy).orElse(null),
                licences.codeOfCase(id).orElse(null), promises.find(id).map(Promises.Promise::postCheck).orElse(null),
                promises.find(id).map(Promises.Promise::creditRecordId).orElse(null), deficiency.missing(id),
                files.of(id).stream().map(f -> new FileView(f.id(), f.name(), f.filename(), f.size(), f.stage().name(),
                        "/api/v1/service-cases/" + id + "/materials/" + f.id())).toList());
    }
}
