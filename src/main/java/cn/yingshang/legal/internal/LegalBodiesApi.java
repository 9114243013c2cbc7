package cn.yingshang.legal.internal;

import cn.yingshang.platform.ApiScope;
import cn.yingshang.platform.ListPage;
import cn.yingshang.platform.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the political-legal bodies (and the departments answering them) do on their legal pages, as API
 * operations: the seizure register (002 #23), the stalled-case ledger (002 #28), answers to procuratorial
 * opinions (002 #27), complaints from their channels (002 #48), typical cases (002 #45) and the figures by
 * prefecture. Each calls the page's use case, which checks the caller's body owns the record.
 */
@RestController
@Tag(name = "api.legal.bodies.tag", description = "api.legal.bodies.tag.description")
class LegalBodiesApi {

    private final RecordingSeizures seizures;
    private final KeepingStalledCases stalled;
    private final ReformingCompliance compliance;
    private final ReceivingComplaints complaints;
    private final ComplaintPages.ComplaintViews complaintViews;
    private final PublishingTypicalCases typical;
    private final TypicalCases typicalCases;
    private final PoliticalLegalBodies bodies;
    private final LegalPrefectureFigures figures;
    private final Clock clock;

    LegalBodiesApi(RecordingSeizures seizures, KeepingStalledCases stalled, ReformingCompliance compliance, ReceivingComplaints complaints,
                   ComplaintPages.ComplaintViews complaintViews, PublishingTypicalCases typical, TypicalCases typicalCases,
                   PoliticalLegalBodies bodies, LegalPrefectureFigures figures, Clock clock) {
        this.seizures = seizures;
        this.stalled = stalled;
        this.compliance = compliance;
        this.complaints = complaints;
        this.complaintViews = complaintViews;
        this.typical = typical;
        this.typicalCases = typicalCases;
        this.bodies = bodies;
        this.figures = figures;
        this.clock = clock;
    }

    record SeizureJson(long id, String reference, long actingBodyId, String caseNumber, String measure, String holderName, String property,
                       boolean inUse, String status, LocalDate imposedOn, LocalDate foundUnrelatedOn, LocalDate releaseDue,
                       LocalDate releasedOn) {
        static SeizureJson of(Seizure s) {
            return new SeizureJson(s.id(), s.reference(), s.actingBodyId(), s.caseNumber(), s.measure(), s.holderName(), s.property(),
                    s.inUse(), s.status(), s.imposedOn(), s.foundUnrelatedOn(), s.releaseDue(), s.releasedOn());
        }
    }

    record UnrelatedFinding(@NotNull LocalDate foundOn, @NotBlank @Size(max = 2000) String finding) {
    }

    record Release(@NotNull LocalDate releasedOn) {
    }

    record StalledCaseJson(long id, String reference, String caseNumber, long leadBodyId, String enterpriseName, String status,
                           LocalDate registeredOn, LocalDate clearBy, LocalDate listedOn, LocalDate closedOn, String outcome) {
        static StalledCaseJson of(StalledCase c) {
            return new StalledCaseJson(c.id(), c.reference(), c.caseNumber(), c.leadBodyId(), c.enterpriseName(), c.status(),
                    c.registeredOn(), c.clearBy(), c.listedOn(), c.closedOn(), c.outcome());
        }
    }

    record Outcome(@NotBlank @Size(max = 2000) String outcome) {
    }

    record OpinionResponse(@NotBlank @Size(max = 5000) String response) {
    }

    record ComplianceOpinionJson(long id, String reference, String caseNumber, String status) {
    }

    record ComplaintJson(long id, String channel, String ticket, long bodyId, String bodyName, String title, LocalDate receivedOn,
                         LocalDate transferDue, LocalDate transferredOn, boolean transferredLate, String trackingNumber,
                         String appealStatus, LocalDate appealDueOn, String publicCode, String accessCode) {
        static ComplaintJson of(ComplaintPages.ComplaintRow r, String publicCode, String accessCode) {
            LegalComplaint c = r.c();
            return new ComplaintJson(c.id(), c.channel(), c.ticket(), c.bodyId(), r.bodyName(), c.title(), c.receivedOn(), c.transferDue(),
                    c.transferredOn(), c.transferredLate(), c.trackingNumber(), r.progress() == null ? null : r.progress().status(),
                    r.progress() == null ? null : r.progress().dueOn(), publicCode, accessCode);
        }
    }

    record TypicalCaseJson(long id, long bodyId, String bodyName, int caseYear, String title, String caseNumber, String summary,
                           String significance, String status, LocalDate publishedOn, LocalDate withdrawnOn) {
    }

    record TypicalCasePage(List<TypicalCaseJson> items, long total, int page, int pages) {
    }

    record Withdrawal(@NotBlank @Size(max = 2000) String reason) {
    }

    private TypicalCaseJson json(TypicalCase c) {
        return new TypicalCaseJson(c.id(), c.bodyId(), bodies.name(c.bodyId()), c.caseYear(), c.title(), c.caseNumber(), c.summary(),
                c.significance(), c.status(), c.publishedOn(), c.withdrawnOn());
    }

    // ---- seizures (002 #23, 000 §11) -----------------------------------------------------------------

    @PostMapping("/api/v1/legal/seizures")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('legal:handle')")
    @ApiScope("legal:handle")
    @Operation(operationId = "recordSeizure", summary = "api.legal.recordSeizure")
    SeizureJson recordSeizure(@RequestBody RecordingSeizures.NewSeizure body, @AuthenticationPrincipal SignedInUser user) {
        return SeizureJson.of(seizures.readable(seizures.record(body, user), user));
    }

    @GetMapping("/api/v1/legal/seizures/{id}")
    @PreAuthorize("hasAnyAuthority('legal:handle', 'legal:supervise')")
    @ApiScope("legal:read")
    @Operation(operationId = "getSeizure", summary = "api.legal.getSeizure")
    SeizureJson seizure(@PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
        return SeizureJson.of(seizures.readable(id, user));
    }

    @PostMapping("/api/v1/legal/seizures/{id}/unrelated-finding")
    @PreAuthorize("hasAuthority('legal:handle')")
    @ApiScope("legal:handle")
    @Operation(operationId = "findSeizedPropertyUnrelated", summary = "api.legal.findSeizedPropertyUnrelated")
    SeizureJson unrelated(@PathVariable long id, @Valid @RequestBody UnrelatedFinding body, @AuthenticationPrincipal SignedInUser user) {
        seizures.foundUnrelated(id, body.foundOn(), body.finding(), user);
        return SeizureJson.of(seizures.readable(id, user));
    }

    @PostMapping("/api/v1/legal/seizures/{id}/release")
    @PreAuthorize("hasAuthority('legal:handle')")
    @ApiScope("legal:handle")
    @Operation(operationId = "releaseSeizure", summary = "api.legal.releaseSeizure")
    SeizureJson release(@PathVariable long id, @Valid @RequestBody Release body, @AuthenticationPrincipal SignedInUser user) {
        seizures.release(id, body.releasedOn(), user);
        return SeizureJson.of(seizures.readable(id, user));
    }

    // ---- stalled cases (002 #28) ---------------------------------------------------------------------

    @PostMapping("/api/v1/legal/stalled-cases")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('legal:handle')")
    @ApiScope("legal:handle")
    @Operation(operationId = "enterStalledCase", summary = "api.legal.enterStalledCase")
    StalledCaseJson enterStalled(@RequestBody KeepingStalledCases.NewStalledCase body, @AuthenticationPrincipal SignedInUser user) {
        return StalledCaseJson.of(stalled.readable(stalled.enter(body, user), user));
    }

    @GetMapping("/api/v1/legal/stalled-cases/{id}")
    @PreAuthorize("hasAnyAuthority('legal:handle', 'legal:supervise')")
    @ApiScope("legal:read")
    @Operation(operationId = "getStalledCase", summary = "api.legal.getStalledCase")
    StalledCaseJson stalledCase(@PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
        return StalledCaseJson.of(stalled.readable(id, user));
    }

    @PostMapping("/api/v1/legal/stalled-cases/{id}/listing")
    @PreAuthorize("hasAuthority('legal:handle')")
    @ApiScope("legal:handle")
    @Operation(operationId = "listStalledCaseForSupervision", summary = "api.legal.listStalledCaseForSupervision")
    StalledCaseJson listStalled(@PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
        stalled.list(id, user);
        return StalledCaseJson.of(stalled.readable(id, user));
    }

    @PostMapping("/api/v1/legal/stalled-cases/{id}/closing")
    @PreAuthorize("hasAuthority('legal:handle')")
    @ApiScope("legal:handle")
    @Operation(operationId = "closeStalledCase", summary = "api.legal.closeStalledCase")
    StalledCaseJson closeStalled(@PathVariable long id, @Valid @RequestBody Outcome body, @AuthenticationPrincipal SignedInUser user) {
        stalled.close(id, body.outcome(), user);
        return StalledCaseJson.of(stalled.readable(id, user));
    }

    // ---- compliance reform: a competent department answers the procuratorial opinion (002 #27) -------

    @PostMapping("/api/v1/legal/compliance/{id}/opinion-response")
    @PreAuthorize("hasAuthority('legal:respond')")
    @ApiScope("legal:respond")
    @Operation(operationId = "answerComplianceOpinion", summary = "api.legal.answerComplianceOpinion")
    ComplianceOpinionJson respond(@PathVariable long id, @Valid @RequestBody OpinionResponse body, @AuthenticationPrincipal SignedInUser user) {
        compliance.respond(id, body.response(), user);
        ComplianceCase c = compliance.readable(id, user);
        return new ComplianceOpinionJson(c.id(), c.reference(), c.caseNumber(), c.status());
    }

    // ---- complaints from 12309, 12368 and the police reporting platform (002 #48) --------------------

    @PostMapping("/api/v1/legal/complaints")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyAuthority('legal:handle', 'legal:supervise')")
    @ApiScope("legal:complaints")
    @Operation(operationId = "receiveLegalComplaint", summary = "api.legal.receiveLegalComplaint")
    ComplaintJson receive(@RequestBody ReceivingComplaints.NewComplaint body, @AuthenticationPrincipal SignedInUser user) {
        ReceivingComplaints.Received r = complaints.receive(body, user);
        return ComplaintJson.of(complaintViews.row(r.complaint()), r.publicCode(), r.accessCode());
    }

    @GetMapping("/api/v1/legal/complaints/{id}")
    @PreAuthorize("hasAnyAuthority('legal:handle', 'legal:supervise')")
    @ApiScope("legal:read")
    @Operation(operationId = "getLegalComplaint", summary = "api.legal.getLegalComplaint")
    ComplaintJson complaint(@PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
        return ComplaintJson.of(complaintViews.row(complaints.readable(id, user)), null, null);
    }

    // ---- typical cases (002 #45) -----------------------------------------------------------------------

    @PostMapping("/api/v1/legal/typical-cases")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('legal:handle')")
    @ApiScope("legal:handle")
    @Operation(operationId = "publishTypicalCase", summary = "api.legal.publishTypicalCase")
    TypicalCaseJson publish(@RequestBody PublishingTypicalCases.NewTypicalCase body, @AuthenticationPrincipal SignedInUser user) {
        return json(typical.own(typical.publish(body, user), user));
    }

    @PostMapping("/api/v1/legal/typical-cases/{id}/withdrawal")
    @PreAuthorize("hasAuthority('legal:handle')")
    @ApiScope("legal:handle")
    @Operation(operationId = "withdrawTypicalCase", summary = "api.legal.withdrawTypicalCase")
    TypicalCaseJson withdraw(@PathVariable long id, @Valid @RequestBody Withdrawal body, @AuthenticationPrincipal SignedInUser user) {
        return json(typical.withdraw(id, body.reason(), user));
    }

    @GetMapping("/api/v1/public/legal/typical-cases")
    @Operation(operationId = "listTypicalCases", summary = "api.legal.listTypicalCases")
    TypicalCasePage published(@RequestParam(defaultValue = "") @Size(max = 100) String q, @RequestParam(required = false) Integer year,
                              @RequestParam(defaultValue = "1") @Min(1) int page,
                              @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        var found = typicalCases.published(q, year, new ListPage(page, size, null, false));
        return new TypicalCasePage(found.rows().stream().map(this::json).toList(), found.total(), page,
                (int) Math.max(1, (found.total() + size - 1) / size));
    }

    // ---- figures by prefecture --------------------------------------------------------------------------

    @GetMapping("/api/v1/legal/figures/prefectures")
    @PreAuthorize("hasAnyAuthority('legal:handle', 'legal:supervise')")
    @ApiScope("legal:read")
    @Operation(operationId = "getLegalFiguresByPrefecture", summary = "api.legal.getLegalFiguresByPrefecture")
    List<LegalPrefectureFigures.Line> prefectures(@AuthenticationPrincipal SignedInUser user) {
        LocalDate today = LocalDate.now(clock);
        if (PoliticalLegalBodies.supervises(user)) {
            return figures.byPrefecture(today, null);
        }
        if (!user.can("legal:handle")) {
            throw new AccessDeniedException("legal.supervise");
        }
        return figures.byPrefecture(today, List.of(bodies.bodyOf(user, PoliticalLegalBodies.MEASURE_TAKERS).id().value()));
    }
}
