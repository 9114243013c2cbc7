package cn.yingshang.legal.internal;

import cn.yingshang.platform.ApiScope;
import cn.yingshang.platform.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
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
 * The procuratorate's side of enterprise compliance reform (002 #27, 涉案企业合规) as API operations:
 * entering a case, setting rectification steps, assessing and closing it with its outcome, and sending
 * the procuratorial opinion to the competent department. The use case checks the case is the user's
 * procuratorate's; the enterprise and the department read it as the page lets them.
 */
@RestController
@Tag(name = "api.legal.compliance.tag", description = "api.legal.compliance.tag.description")
class ComplianceProcuratorateApi {

    private final ReformingCompliance reforming;

    ComplianceProcuratorateApi(ReformingCompliance reforming) {
        this.reforming = reforming;
    }

    record NewComplianceCase(@NotBlank @Size(max = 100) String caseNumber, @NotBlank @Size(max = 18) String creditCode,
                             @NotBlank @Size(max = 500) String offence, @NotNull ComplianceMode mode, @Size(max = 200) String monitor,
                             @NotNull LocalDate rectifyBy) {
    }

    record NewStep(@NotBlank @Size(max = 500) String title, @NotNull LocalDate dueOn) {
    }

    record Assessment(@NotNull Boolean passed, @NotBlank @Size(max = 2000) String note) {
    }

    record Closing(@NotNull ComplianceOutcome outcome) {
    }

    record Opinion(@NotNull @Positive Long departmentId, @NotBlank @Size(max = 5000) String opinion) {
    }

    @PostMapping("/api/v1/legal/compliance")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('legal:handle')")
    @ApiScope("legal:handle")
    @Operation(operationId = "enterComplianceCase", summary = "api.legal.enterComplianceCase")
    ComplianceCase enter(@Valid @RequestBody NewComplianceCase body, @AuthenticationPrincipal SignedInUser user) {
        long id = reforming.enter(new ReformingCompliance.NewComplianceCase(body.caseNumber(), body.creditCode(), body.offence(), body.mode(),
                body.monitor() == null ? "" : body.monitor(), body.rectifyBy()), user);
        return reforming.readable(id, user);
    }

    @GetMapping("/api/v1/legal/compliance/{id}")
    @PreAuthorize("hasAnyAuthority('legal:file', 'legal:handle', 'legal:respond', 'legal:supervise')")
    @ApiScope("legal:read")
    @Operation(operationId = "getComplianceCase", summary = "api.legal.getComplianceCase")
    ComplianceCase get(@PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
        return reforming.readable(id, user);
    }

    @PostMapping("/api/v1/legal/compliance/{id}/steps")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('legal:handle')")
    @ApiScope("legal:handle")
    @Operation(operationId = "addComplianceStep", summary = "api.legal.addComplianceStep")
    ComplianceCase addStep(@PathVariable long id, @Valid @RequestBody NewStep body, @AuthenticationPrincipal SignedInUser user) {
        reforming.addStep(id, body.title(), body.dueOn(), user);
        return reforming.readable(id, user);
    }

    @PostMapping("/api/v1/legal/compliance/{id}/assessment")
    @PreAuthorize("hasAuthority('legal:handle')")
    @ApiScope("legal:handle")
    @Operation(operationId = "assessComplianceCase", summary = "api.legal.assessComplianceCase")
    ComplianceCase assess(@PathVariable long id, @Valid @RequestBody Assessment body, @AuthenticationPrincipal SignedInUser user) {
        reforming.assess(id, body.passed(), body.note(), user);
        return reforming.readable(id, user);
    }

    @PostMapping("/api/v1/legal/compliance/{id}/closing")
    @PreAuthorize("hasAuthority('legal:handle')")
    @ApiScope("legal:handle")
    @Operation(operationId = "closeComplianceCase", summary = "api.legal.closeComplianceCase")
    ComplianceCase close(@PathVariable long id, @Valid @RequestBody Closing body, @AuthenticationPrincipal SignedInUser user) {
        reforming.close(id, body.outcome(), user);
        return reforming.readable(id, user);
    }

    @PostMapping("/api/v1/legal/compliance/{id}/opinion")
    @PreAuthorize("hasAuthority('legal:handle')")
    @ApiScope("legal:handle")
    @Operation(operationId = "sendComplianceOpinion", summary = "api.legal.sendComplianceOpinion")
    ComplianceCase opinion(@PathVariable long id, @Valid @RequestBody Opinion body, @AuthenticationPrincipal SignedInUser user) {
        reforming.sendOpinion(id, body.departmentId(), body.opinion(), user);
        return reforming.readable(id, user);
    }
}
