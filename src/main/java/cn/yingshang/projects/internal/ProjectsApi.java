package cn.yingshang.projects.internal;

import cn.yingshang.platform.ApiScope;
import cn.yingshang.platform.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
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
 * The 项目管家 page actions as API operations: each calls the same use-case method as the page after
 * the same owner check (the steward and the project's department; the office), and answers the
 * project as it now is. Refusals are problem+json; POSTs honour Idempotency-Key.
 */
@RestController
@Tag(name = "api.projects.tag", description = "api.projects.tag.description")
class ProjectsApi {

    static final String READ = "hasAuthority('projects:read')";
    static final String MANAGE = "hasAuthority('projects:manage')";

    private final Projects projects;
    private final ProjectAccess access;
    private final ProjectLedger ledger;
    private final InvestmentPromises promises;
    private final ApprovalSteps approvals;
    private final JointAcceptance acceptance;

    ProjectsApi(Projects projects, ProjectAccess access, ProjectLedger ledger, InvestmentPromises promises, ApprovalSteps approvals,
                JointAcceptance acceptance) {
        this.projects = projects;
        this.access = access;
        this.ledger = ledger;
        this.promises = promises;
        this.approvals = approvals;
        this.acceptance = acceptance;
    }

    record ApprovalView(long id, String name, String departmentName, String serviceItemCode, int limitDays, boolean notifyAndCommit,
                        ApprovalStatus status, LocalDate startedOn, LocalDate dueOn, LocalDate decidedOn, boolean late,
                        Long serviceCaseId, String refusalReason) {
    }

    record PromiseView(long id, String content, String legalBasis, String promisedBy, LocalDate dueOn, PromiseStatus status,
                       LocalDate settledOn) {
    }

    record HoldUpView(long approvalId, String name, long daysWaited, boolean late, long daysLate) {
    }

    record ProjectView(long id, String name, String investorCreditCode, String investorName, String industryChain,
                       String regionCode, BigDecimal investment, String stewardName, ProjectStage stage, LocalDate stageSince,
                       LocalDate attractedOn, HoldUpView holdUp, List<ApprovalView> approvals, List<PromiseView> promises) {
    }

    record NewApproval(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 200) String departmentName,
                       @Size(max = 64) String serviceItemCode, @NotNull @Min(0) @Max(200) Integer limitDays,
                       Boolean notifyAndCommit) {
    }

    record ApprovalStart(@NotNull LocalDate startedOn) {
    }

    record ApprovalCommitment(@NotBlank @Size(max = 2000) String commitment) {
    }

    record NewPromise(@NotBlank @Size(max = 2000) String content, @Size(max = 500) String legalBasis,
                      @NotBlank @Size(max = 200) String promisedBy, @NotNull LocalDate dueOn) {
    }

    record StageAdvance(@Size(max = 500) String note) {
    }

    record NewProject(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 18) String investorCreditCode,
                      @Size(max = 200) String investorName, @NotBlank @Size(max = 200) String industryChain,
                      @NotNull BigDecimal investment, @NotNull LocalDate attractedOn) {
    }

    record BrokenPromise(@NotBlank @Size(max = 2000) String reason, Boolean bodyAtFault) {
    }

    record AcceptanceView(long unitWorkId, long projectId, String projectName, String investorCreditCode, String investorName,
                          String unitWork, LocalDate acceptedOn, String opinionNumber, String departments, String filingNumber) {
    }

    @GetMapping("/api/v1/projects/{id}")
    @PreAuthorize(READ)
    @ApiScope("projects:read")
    @Operation(operationId = "getProject", summary = "api.projects.getProject")
    ProjectView get(@PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
        return view(access.readable(id, user));
    }

    @PostMapping("/api/v1/projects")
    @PreAuthorize(MANAGE)
    @ApiScope("projects:manage")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "registerProject", summary = "api.projects.registerProject")
    ProjectView register(@Valid @RequestBody NewProject body, @AuthenticationPrincipal SignedInUser user) {
        long id = ledger.register(new ProjectForm(body.name(), body.investorCreditCode(), body.investorName(), body.industryChain(),
                body.investment(), body.attractedOn()), user);
        return view(access.readable(id, user));
    }

    @PostMapping("/api/v1/projects/{id}/clean-land/{item}")
    @PreAuthorize(MANAGE)
    @ApiScope("projects:manage")
    @Operation(operationId = "confirmCleanLandItem", summary = "api.projects.confirmCleanLandItem")
    ProjectView confirmCleanLand(@PathVariable long id, @PathVariable CleanLandItem item, @AuthenticationPrincipal SignedInUser user) {
        ledger.confirmCleanLand(id, item, user);
        return view(access.readable(id, user));
    }

    @PostMapping("/api/v1/projects/{id}/promises/{promiseId}/kept")
    @PreAuthorize(MANAGE)
    @ApiScope("projects:manage")
    @Operation(operationId = "recordPromiseKept", summary = "api.projects.recordPromiseKept")
    ProjectView kept(@PathVariable long id, @PathVariable long promiseId, @AuthenticationPrincipal SignedInUser user) {
        ownPromise(id, promiseId);
        promises.kept(promiseId, user);
        return view(access.readable(id, user));
    }

    @PostMapping("/api/v1/projects/{id}/promises/{promiseId}/broken")
    @PreAuthorize(MANAGE)
    @ApiScope("projects:manage")
    @Operation(operationId = "recordPromiseBroken", summary = "api.projects.recordPromiseBroken")
    ProjectView broken(@PathVariable long id, @PathVariable long promiseId, @Valid @RequestBody BrokenPromise body,
                       @AuthenticationPrincipal SignedInUser user) {
        ownPromise(id, promiseId);
        promises.broken(promiseId, body.reason(), Boolean.TRUE.equals(body.bodyAtFault()), user);
        return view(access.readable(id, user));
    }

    @PostMapping("/api/v1/projects/{id}/stage-advances")
    @PreAuthorize(MANAGE)
    @ApiScope("projects:manage")
    @Operation(operationId = "advanceProjectStage", summary = "api.projects.advanceProjectStage")
    ProjectView advance(@PathVariable long id, @Valid @RequestBody(required = false) StageAdvance body,
                        @AuthenticationPrincipal SignedInUser user) {
        ledger.advance(id, body == null ? null : body.note(), user);
        return view(access.readable(id, user));
    }

    @PostMapping("/api/v1/projects/{id}/approvals")
    @PreAuthorize(MANAGE)
    @ApiScope("projects:manage")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "listProjectApproval", summary = "api.projects.listProjectApproval")
    ProjectView listApproval(@PathVariable long id, @Valid @RequestBody NewApproval body, @AuthenticationPrincipal SignedInUser user) {
        approvals.list(id, new ApprovalForm(body.name(), body.departmentName(), body.serviceItemCode(), body.limitDays(),
                body.notifyAndCommit()), user);
        return view(access.readable(id, user));
    }

    @PostMapping("/api/v1/projects/{id}/approvals/{approvalId}/start")
    @PreAuthorize(MANAGE)
    @ApiScope("projects:manage")
    @Operation(operationId = "startProjectApproval", summary = "api.projects.startProjectApproval")
    ProjectView start(@PathVariable long id, @PathVariable long approvalId, @Valid @RequestBody ApprovalStart body,
                      @AuthenticationPrincipal SignedInUser user) {
        ownStep(id, approvalId);
        approvals.start(approvalId, body.startedOn(), user);
        return view(access.readable(id, user));
    }

    @PostMapping("/api/v1/projects/{id}/approvals/{approvalId}/commitment")
    @PreAuthorize(MANAGE)
    @ApiScope("projects:manage")
    @Operation(operationId = "approveProjectApprovalOnCommitment", summary = "api.projects.approveOnCommitment")
    ProjectView onCommitment(@PathVariable long id, @PathVariable long approvalId, @Valid @RequestBody ApprovalCommitment body,
                             @AuthenticationPrincipal SignedInUser user) {
        ownStep(id, approvalId);
        approvals.approveOnPromise(approvalId, body.commitment(), user);
        return view(access.readable(id, user));
    }

    @PostMapping("/api/v1/projects/{id}/approvals/{approvalId}/approval")
    @PreAuthorize(MANAGE)
    @ApiScope("projects:manage")
    @Operation(operationId = "approveProjectApproval", summary = "api.projects.approveProjectApproval")
    ProjectView approve(@PathVariable long id, @PathVariable long approvalId, @AuthenticationPrincipal SignedInUser user) {
        ownStep(id, approvalId);
        approvals.approve(approvalId, user);
        return view(access.readable(id, user));
    }

    @PostMapping("/api/v1/projects/{id}/promises")
    @PreAuthorize(MANAGE)
    @ApiScope("projects:manage")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "recordInvestmentPromise", summary = "api.projects.recordInvestmentPromise")
    ProjectView recordPromise(@PathVariable long id, @Valid @RequestBody NewPromise body, @AuthenticationPrincipal SignedInUser user) {
        promises.record(id, new PromiseForm(body.content(), body.legalBasis(), body.promisedBy(), body.dueOn()), user);
        return view(access.readable(id, user));
    }

    @GetMapping("/api/v1/projects/acceptances")
    @PreAuthorize(READ)
    @ApiScope("projects:read")
    @Operation(operationId = "listUnitWorkAcceptances", summary = "api.projects.listUnitWorkAcceptances")
    List<AcceptanceView> acceptances(@RequestParam(required = false) @Size(max = 18) String creditCode,
                                     @AuthenticationPrincipal SignedInUser user) {
        return acceptance.acceptances(creditCode, user).stream().map(r -> new AcceptanceView(r.unitWorkId(), r.projectId(),
                r.projectName(), r.investorCreditCode(), r.investorName(), r.unitWork(), r.acceptedOn(), r.opinionNumber(),
                r.departments(), r.filingNumber())).toList();
    }

    /** The step must belong to the project in the path, so a path cannot borrow another project's owner check. */
    private void ownStep(long projectId, long approvalId) {
        projects.approval(approvalId).filter(a -> a.projectId() == projectId)
                .orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private void ownPromise(long projectId, long promiseId) {
        projects.promise(promiseId).filter(m -> m.projectId() == projectId)
                .orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private ProjectView view(Project p) {
        LocalDate today = ledger.today();
        List<Approval> steps = projects.approvals(p.id());
        HoldUpView holdUp = HoldUp.of(steps, today).map(h -> new HoldUpView(h.step().id(), h.step().name(), h.daysWaited(), h.late(),
                h.daysLate())).orElse(null);
        return new ProjectView(p.id(), p.name(), p.investor().value(), p.investorName(), p.industryChain(), p.region().code(),
                p.investment(), p.stewardName(), p.stage(), p.stageSince(), p.attractedOn(), holdUp,
                steps.stream().map(a -> new ApprovalView(a.id(), a.name(), a.departmentName(), a.serviceItemCode(), a.limitDays(),
                        a.notifyAndCommit(), a.status(), a.startedOn(), a.dueOn(), a.decidedOn(), a.late(today), a.serviceCaseId(),
                        a.refusalReason())).toList(),
                projects.promises(p.id()).stream().map(m -> new PromiseView(m.id(), m.content(), m.legalBasis(), m.promisedBy(),
                        m.dueOn(), m.status(), m.settledOn())).toList());
    }
}
