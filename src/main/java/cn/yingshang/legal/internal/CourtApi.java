package cn.yingshang.legal.internal;

import cn.yingshang.platform.ApiScope;
import cn.yingshang.platform.DepartmentFunction;
import cn.yingshang.platform.ListPage;
import cn.yingshang.platform.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A court's side of the green channel and of enforcement as API operations (002 #12–13, #29, #37): the
 * review of cases filed online (one complete 补正 notice, acceptance within 7 days, mediation only with
 * consent) and judgments followed until performed, a defaulter repaired within 3 days of performing.
 * Each goes through the page's use case, which checks that the case or judgment is the user's court's.
 */
@RestController
@Validated
@PreAuthorize("hasAuthority('legal:handle')")
@Tag(name = "api.legal.court.tag", description = "api.legal.court.tag.description")
class CourtApi {

    private final ReviewingFiling reviewing;
    private final CourtCases cases;
    private final CourtCaseAccess access;
    private final EnforcingJudgments enforcing;
    private final PoliticalLegalBodies bodies;

    CourtApi(ReviewingFiling reviewing, CourtCases cases, CourtCaseAccess access, EnforcingJudgments enforcing,
             PoliticalLegalBodies bodies) {
        this.reviewing = reviewing;
        this.cases = cases;
        this.access = access;
        this.enforcing = enforcing;
        this.bodies = bodies;
    }

    record CourtCasePage(List<LegalEnterpriseApi.LegalCaseJson> items, long total, int page, int pages) {
    }

    record SupplementRequest(@NotEmpty @Size(max = 30) List<@Size(max = 200) String> materials) {
    }

    record Refusal(@NotBlank @Size(max = 2000) String reason) {
    }

    record CaseOutcome(@NotBlank @Size(max = 2000) String outcome) {
    }

    record NewJudgment(@NotBlank @Size(max = 100) String caseNumber, @NotBlank @Size(max = 200) String creditorName,
                       @Size(max = 18) String creditorCreditCode, @Size(max = 18) String debtorCreditCode,
                       @NotBlank @Size(max = 200) String debtorName, @NotBlank @Size(max = 20) String debtorKind,
                       @NotNull @DecimalMin("0.01") BigDecimal amount, @NotNull LocalDate judgedOn) {
    }

    record DefaulterListing(@NotNull LocalDate listedOn) {
    }

    record Performance(@NotNull LocalDate performedOn) {
    }

    // ---------------------------------------------------------------- filings

    @GetMapping("/api/v1/legal/court/cases")
    @ApiScope("legal:handle")
    @Operation(operationId = "listCourtCases", summary = "api.legal.listCourtCases")
    CourtCasePage queue(@RequestParam(defaultValue = "") @Size(max = 40) String q, @RequestParam(defaultValue = "1") @Min(1) int page,
                        @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size, @AuthenticationPrincipal SignedInUser user) {
        var court = bodies.bodyOf(user, Set.of(DepartmentFunction.COURT));
        var found = cases.ofCourt(court.id().value(), q, new ListPage(page, size, null, false));
        return new CourtCasePage(found.rows().stream().map(LegalEnterpriseApi.LegalCaseJson::of).toList(), found.total(), found.page(),
                found.pages());
    }

    @PostMapping("/api/v1/legal/cases/{id}/supplement-request")
    @ApiScope("legal:handle")
    @Operation(operationId = "requestLegalCaseSupplement", summary = "api.legal.requestLegalCaseSupplement")
    LegalEnterpriseApi.LegalCaseJson supplement(@PathVariable long id, @Valid @RequestBody SupplementRequest body,
                                                @AuthenticationPrincipal SignedInUser user) {
        reviewing.requestSupplement(id, body.materials(), user);
        return LegalEnterpriseApi.LegalCaseJson.of(access.handleable(id, user));
    }

    @PostMapping("/api/v1/legal/cases/{id}/acceptance")
    @ApiScope("legal:handle")
    @Operation(operationId = "acceptLegalCase", summary = "api.legal.acceptLegalCase")
    LegalEnterpriseApi.LegalCaseJson accept(@PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
        reviewing.accept(id, user);
        return LegalEnterpriseApi.LegalCaseJson.of(access.handleable(id, user));
    }

    @PostMapping("/api/v1/legal/cases/{id}/refusal")
    @ApiScope("legal:handle")
    @Operation(operationId = "refuseLegalCase", summary = "api.legal.refuseLegalCase")
    LegalEnterpriseApi.LegalCaseJson refuse(@PathVariable long id, @Valid @RequestBody Refusal body, @AuthenticationPrincipal SignedInUser user) {
        reviewing.refuse(id, body.reason(), user);
        return LegalEnterpriseApi.LegalCaseJson.of(access.handleable(id, user));
    }

    @PostMapping("/api/v1/legal/cases/{id}/mediation")
    @ApiScope("legal:handle")
    @Operation(operationId = "startLegalCaseMediation", summary = "api.legal.startLegalCaseMediation")
    LegalEnterpriseApi.LegalCaseJson mediate(@PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
        reviewing.startMediation(id, user);
        return LegalEnterpriseApi.LegalCaseJson.of(access.handleable(id, user));
    }

    @PostMapping("/api/v1/legal/cases/{id}/mediation-outcome")
    @ApiScope("legal:handle")
    @Operation(operationId = "recordLegalCaseMediated", summary = "api.legal.recordLegalCaseMediated")
    LegalEnterpriseApi.LegalCaseJson mediated(@PathVariable long id, @Valid @RequestBody CaseOutcome body,
                                              @AuthenticationPrincipal SignedInUser user) {
        reviewing.mediated(id, body.outcome(), user);
        return LegalEnterpriseApi.LegalCaseJson.of(access.handleable(id, user));
    }

    @PostMapping("/api/v1/legal/cases/{id}/closing")
    @ApiScope("legal:handle")
    @Operation(operationId = "closeLegalCase", summary = "api.legal.closeLegalCase")
    LegalEnterpriseApi.LegalCaseJson close(@PathVariable long id, @Valid @RequestBody CaseOutcome body, @AuthenticationPrincipal SignedInUser user) {
        reviewing.close(id, body.outcome(), user);
        return LegalEnterpriseApi.LegalCaseJson.of(access.handleable(id, user));
    }

    // ---------------------------------------------------------------- judgments

    @PostMapping("/api/v1/legal/judgments")
    @ResponseStatus(HttpStatus.CREATED)
    @ApiScope("legal:handle")
    @Operation(operationId = "recordJudgment", summary = "api.legal.recordJudgment")
    Judgment record(@Valid @RequestBody NewJudgment body, @AuthenticationPrincipal SignedInUser user) {
        long id = enforcing.record(new EnforcingJudgments.NewJudgment(body.caseNumber(), body.creditorName(), blankToEmpty(body.debtorCreditCode()),
                body.debtorName(), body.debtorKind(), body.amount(), body.judgedOn(), blankToEmpty(body.creditorCreditCode())), user);
        return enforcing.own(id, user);
    }

    @GetMapping("/api/v1/legal/judgments/{id}")
    @ApiScope("legal:handle")
    @Operation(operationId = "getJudgment", summary = "api.legal.getJudgment")
    Judgment judgment(@PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
        return enforcing.own(id, user);
    }

    @PostMapping("/api/v1/legal/judgments/{id}/defaulter-listing")
    @ApiScope("legal:handle")
    @Operation(operationId = "listJudgmentDebtorAsDefaulter", summary = "api.legal.listJudgmentDebtorAsDefaulter")
    Judgment listDefaulter(@PathVariable long id, @Valid @RequestBody DefaulterListing body, @AuthenticationPrincipal SignedInUser user) {
        enforcing.listAsDefaulter(id, body.listedOn(), user);
        return enforcing.own(id, user);
    }

    @PostMapping("/api/v1/legal/judgments/{id}/performance")
    @ApiScope("legal:handle")
    @Operation(operationId = "recordJudgmentPerformed", summary = "api.legal.recordJudgmentPerformed")
    Judgment performed(@PathVariable long id, @Valid @RequestBody Performance body, @AuthenticationPrincipal SignedInUser user) {
        enforcing.performed(id, body.performedOn(), user);
        return enforcing.own(id, user);
    }

    private static String blankToEmpty(String s) {
        return s == null ? "" : s.strip();
    }
}
