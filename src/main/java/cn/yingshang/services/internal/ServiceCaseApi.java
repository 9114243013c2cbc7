package cn.yingshang.services.internal;

import cn.yingshang.platform.SignedInUser;
import java.time.LocalDate;
import java.util.List;
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
                    Long creditRecordId, List<String> missing) {
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

    ServiceCaseApi(ApplyingForService applying, RequestingSupplement supplement, AcceptingCase accepting, CaseAccess access,
                   ServiceCases cases, DecidingCase deciding, ELicences licences, Promises promises,
                   PostCheckingPromise postChecking, AcceptingWithDeficiency deficiency) {
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

    @PostMapping("/api/v1/service-cases")
    @PreAuthorize("hasAuthority('services:apply')")
    @ResponseStatus(HttpStatus.CREATED)
    CaseView apply(@RequestBody Application application, @AuthenticationPrincipal SignedInUser user) {
        return view(applying.apply(application.guideId(), application.requestKey(), Boolean.TRUE.equals(application.promise()), user), user);
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

    @PostMapping("/api/v1/service-cases/{id}/deficiency-supplied")
    @PreAuthorize("hasAuthority('services:apply')")
    CaseView supplied(@PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
        deficiency.supplied(id, user);
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
                promises.find(id).map(Promises.Promise::creditRecordId).orElse(null), deficiency.missing(id));
    }
}
