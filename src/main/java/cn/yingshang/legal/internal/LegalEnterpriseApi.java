package cn.yingshang.legal.internal;

import cn.yingshang.platform.ApiScope;
import cn.yingshang.platform.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * What an enterprise does on its legal pages, as API operations: filing a case online (002 #12), applying for
 * an appraisal (002 #14), declaring a bankruptcy claim (002 #32) and answering its compliance reform (002 #27).
 * Each calls the page's use case, which checks that the case is the enterprise's own.
 */
@RestController
@Tag(name = "api.legal.enterprise.tag", description = "api.legal.enterprise.tag.description")
class LegalEnterpriseApi {

    private final FilingOnline filing;
    private final CourtCaseAccess courtCases;
    private final AppraisingOnline appraising;
    private final Appraisals appraisals;
    private final HandlingBankruptcy bankruptcy;
    private final BankruptcyCases register;
    private final ReformingCompliance compliance;
    private final ReviewingFiling reviewing;

    LegalEnterpriseApi(FilingOnline filing, CourtCaseAccess courtCases, AppraisingOnline appraising, Appraisals appraisals,
                       HandlingBankruptcy bankruptcy, BankruptcyCases register, ReformingCompliance compliance, ReviewingFiling reviewing) {
        this.reviewing = reviewing;
        this.filing = filing;
        this.courtCases = courtCases;
        this.appraising = appraising;
        this.appraisals = appraisals;
        this.bankruptcy = bankruptcy;
        this.register = register;
        this.compliance = compliance;
    }

    record LegalCaseJson(long id, String reference, long courtId, String caseType, String procedure, String status, LocalDate filedOn,
                         LocalDate reviewDue, java.util.List<String> supplementMaterials, LocalDate supplyBy, LocalDate acceptedOn) {
        static LegalCaseJson of(CourtCase c) {
            return new LegalCaseJson(c.id(), c.reference(), c.courtId(), c.caseType().name(), c.procedure().name(), c.status().name(),
                    c.filedOn(), c.reviewDue(), c.supplementMaterials(), c.supplyBy(), c.acceptedOn());
        }
    }

    record AppraisalRequest(@NotBlank @Size(max = 200) String subject, @NotBlank @Size(max = 2000) String reason) {
    }

    record AppraisalJson(long id, String code, long courtCaseId, String subject, String status, LocalDate requestedOn) {
        static AppraisalJson of(Appraisal a) {
            return new AppraisalJson(a.id(), a.code(), a.courtCaseId(), a.subject(), a.status(), a.requestedOn());
        }
    }

    record ClaimDeclaration(@NotNull @DecimalMin("0.01") BigDecimal amount, boolean secured) {
    }

    record BankruptcyClaimJson(long id, long caseId, BigDecimal amount, boolean secured, String status, BigDecimal confirmedAmount,
                               LocalDate declaredOn) {
        static BankruptcyClaimJson of(BankruptcyClaim c) {
            return new BankruptcyClaimJson(c.id(), c.caseId(), c.amount(), c.secured(), c.status(), c.confirmedAmount(), c.declaredOn());
        }
    }

    record SupplementSupplied(@Size(max = 2000) String note) {
    }

    record AdministratorRecommendation(@NotBlank @Size(max = 200) String administrator) {
    }

    record CreditorBallot(@NotNull CreditorVoteCount.Choice choice) {
    }

    record ComplianceCommitment(@NotBlank @Size(max = 5000) String commitment) {
    }

    record ComplianceStepReport(@NotBlank @Size(max = 5000) String report) {
    }

    record ComplianceJson(long id, String reference, String caseNumber, String status, LocalDate rectifyBy, LocalDate committedOn) {
        static ComplianceJson of(ComplianceCase c) {
            return new ComplianceJson(c.id(), c.reference(), c.caseNumber(), c.status(), c.rectifyBy(), c.committedOn());
        }
    }

    @PostMapping("/api/v1/legal/cases")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('legal:file')")
    @ApiScope("legal:file")
    @Operation(operationId = "fileLegalCase", summary = "api.legal.fileLegalCase")
    LegalCaseJson file(@RequestBody FilingOnline.Filing body, @AuthenticationPrincipal SignedInUser user) {
        long id = filing.file(body, user);
        return LegalCaseJson.of(courtCases.readable(id, user));
    }

    @GetMapping("/api/v1/legal/cases/{id}")
    @PreAuthorize("hasAnyAuthority('legal:file', 'legal:handle', 'legal:supervise')")
    @ApiScope("legal:read")
    @Operation(operationId = "getLegalCase", summary = "api.legal.getLegalCase")
    LegalCaseJson one(@PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
        return LegalCaseJson.of(courtCases.readable(id, user));
    }

    @PostMapping("/api/v1/legal/cases/{id}/appraisals")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('legal:file')")
    @ApiScope("legal:file")
    @Operation(operationId = "requestLegalAppraisal", summary = "api.legal.requestLegalAppraisal")
    AppraisalJson appraisal(@PathVariable long id, @Valid @RequestBody AppraisalRequest body, @AuthenticationPrincipal SignedInUser user) {
        long appraisal = appraising.request(id, body.subject(), body.reason(), user);
        return AppraisalJson.of(appraisals.find(appraisal).orElseThrow());
    }

    @PostMapping("/api/v1/legal/bankruptcy/{id}/claims")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('legal:file')")
    @ApiScope("legal:file")
    @Operation(operationId = "declareBankruptcyClaim", summary = "api.legal.declareBankruptcyClaim")
    BankruptcyClaimJson declare(@PathVariable long id, @Valid @RequestBody ClaimDeclaration body, @AuthenticationPrincipal SignedInUser user) {
        bankruptcy.declare(id, body.amount(), body.secured(), user);
        return BankruptcyClaimJson.of(register.claimOf(id, user.creditCode()).orElseThrow());
    }

    @PostMapping("/api/v1/legal/compliance/{id}/commitment")
    @PreAuthorize("hasAuthority('legal:file')")
    @ApiScope("legal:file")
    @Operation(operationId = "signComplianceCommitment", summary = "api.legal.signComplianceCommitment")
    ComplianceJson commit(@PathVariable long id, @Valid @RequestBody ComplianceCommitment body, @AuthenticationPrincipal SignedInUser user) {
        compliance.commit(id, body.commitment(), user);
        return ComplianceJson.of(compliance.readable(id, user));
    }

    @PostMapping("/api/v1/legal/compliance/{id}/steps/{stepId}/report")
    @PreAuthorize("hasAuthority('legal:file')")
    @ApiScope("legal:file")
    @Operation(operationId = "reportComplianceStep", summary = "api.legal.reportComplianceStep")
    ComplianceJson report(@PathVariable long id, @PathVariable long stepId, @Valid @RequestBody ComplianceStepReport body,
                          @AuthenticationPrincipal SignedInUser user) {
        compliance.reportStep(id, stepId, body.report(), user);
        return ComplianceJson.of(compliance.readable(id, user));
    }

    @PostMapping("/api/v1/legal/cases/{id}/supplement-supplied")
    @PreAuthorize("hasAuthority('legal:file')")
    @ApiScope("legal:file")
    @Operation(operationId = "supplyLegalCaseMaterials", summary = "api.legal.supplyLegalCaseMaterials")
    LegalCaseJson supply(@PathVariable long id, @Valid @RequestBody SupplementSupplied body, @AuthenticationPrincipal SignedInUser user) {
        reviewing.supply(id, body.note(), user);
        return LegalCaseJson.of(courtCases.readable(id, user));
    }

    @PostMapping("/api/v1/legal/bankruptcy/{id}/recommendation")
    @PreAuthorize("hasAuthority('legal:file')")
    @ApiScope("legal:file")
    @Operation(operationId = "recommendBankruptcyAdministrator", summary = "api.legal.recommendBankruptcyAdministrator")
    BankruptcyClaimJson recommend(@PathVariable long id, @Valid @RequestBody AdministratorRecommendation body,
                                  @AuthenticationPrincipal SignedInUser user) {
        bankruptcy.recommend(id, body.administrator(), user);
        return BankruptcyClaimJson.of(register.claimOf(id, user.creditCode()).orElseThrow());
    }

    @PostMapping("/api/v1/legal/bankruptcy/{id}/meetings/{meetingId}/ballot")
    @PreAuthorize("hasAuthority('legal:file')")
    @ApiScope("legal:file")
    @Operation(operationId = "voteInCreditorMeeting", summary = "api.legal.voteInCreditorMeeting")
    BankruptcyClaimJson vote(@PathVariable long id, @PathVariable long meetingId, @Valid @RequestBody CreditorBallot body,
                             @AuthenticationPrincipal SignedInUser user) {
        bankruptcy.vote(id, meetingId, body.choice(), user);
        return BankruptcyClaimJson.of(register.claimOf(id, user.creditCode()).orElseThrow());
    }
}
