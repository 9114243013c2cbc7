package cn.yingshang.services.internal;

import cn.yingshang.platform.SignedInUser;
import java.time.OffsetDateTime;
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

/** 帮办代办 and the 办不成事 window over JSON. */
@RestController
class HelpRequestApi {

    record NewHelpRequest(long guideId, Long caseId, String description, String contactName, String contactPhone,
                          String requestKey) {
    }

    record Assignment(String helper) {
    }

    record NoteText(String note) {
    }

    record HardCaseRequest(String problem, String contactName, String contactPhone) {
    }

    record HelpView(long id, String itemName, String department, Long caseId, String description, String status,
                    String helper, OffsetDateTime requestedAt, OffsetDateTime resolvedAt, List<HelpRequests.Note> notes) {
    }

    record HardCaseView(long caseId, String trackingNumber, String publicCode, String accessCode, String appealStatus,
                        String appealStatusLabel) {
    }

    private final AssistingEnterprise assisting;
    private final HelpRequests requests;
    private final RaisingHardCase raising;

    HelpRequestApi(AssistingEnterprise assisting, HelpRequests requests, RaisingHardCase raising) {
        this.assisting = assisting;
        this.requests = requests;
        this.raising = raising;
    }

    @PostMapping("/api/v1/service-help-requests")
    @PreAuthorize("hasAuthority('services:apply')")
    @ResponseStatus(HttpStatus.CREATED)
    HelpView request(@RequestBody NewHelpRequest r, @AuthenticationPrincipal SignedInUser user) {
        long id = assisting.request(new AssistingEnterprise.Request(r.guideId(), r.caseId(), r.description(), r.contactName(),
                r.contactPhone(), r.requestKey()), user);
        return view(id, user);
    }

    @GetMapping("/api/v1/service-help-requests/{id}")
    HelpView show(@PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
        return view(id, user);
    }

    @PostMapping("/api/v1/service-help-requests/{id}/assignment")
    @PreAuthorize("hasAuthority('services:handle')")
    HelpView assign(@PathVariable long id, @RequestBody Assignment a, @AuthenticationPrincipal SignedInUser user) {
        assisting.assign(id, a.helper(), user);
        return view(id, user);
    }

    @PostMapping("/api/v1/service-help-requests/{id}/notes")
    @PreAuthorize("hasAuthority('services:handle')")
    HelpView note(@PathVariable long id, @RequestBody NoteText n, @AuthenticationPrincipal SignedInUser user) {
        assisting.note(id, n.note(), user);
        return view(id, user);
    }

    @PostMapping("/api/v1/service-help-requests/{id}/resolution")
    @PreAuthorize("hasAuthority('services:handle')")
    HelpView resolve(@PathVariable long id, @RequestBody NoteText n, @AuthenticationPrincipal SignedInUser user) {
        assisting.resolve(id, n.note(), user);
        return view(id, user);
    }

    @PostMapping("/api/v1/service-cases/{id}/hard-case")
    @PreAuthorize("hasAuthority('services:apply')")
    @ResponseStatus(HttpStatus.CREATED)
    HardCaseView raise(@PathVariable long id, @RequestBody HardCaseRequest r, @AuthenticationPrincipal SignedInUser user) {
        RaisingHardCase.Raised raised = raising.raise(id, r.problem(), r.contactName(), r.contactPhone(), user);
        var progress = raising.progress(id, user);
        return new HardCaseView(id, raised.trackingNumber(), raised.publicCode(), raised.accessCode(),
                progress.map(p -> p.status()).orElse(null), progress.map(p -> p.statusLabel()).orElse(null));
    }

    @GetMapping("/api/v1/service-cases/{id}/hard-case")
    HardCaseView hardCase(@PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
        var progress = raising.progress(id, user).orElseThrow(() -> new java.util.NoSuchElementException());
        return new HardCaseView(id, progress.trackingNumber(), progress.publicCode(), null, progress.status(), progress.statusLabel());
    }

    private HelpView view(long id, SignedInUser user) {
        HelpRequests.HelpRequest r = assisting.readable(id, user);
        return new HelpView(r.id(), r.itemName(), r.department(), r.caseId(), r.description(), r.status().name(), r.helper(),
                r.requestedAt(), r.resolvedAt(), requests.notes(id));
    }
}
