package cn.yingshang.projects.internal;

import cn.yingshang.platform.ApiScope;
import cn.yingshang.platform.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import org.springframework.web.server.ResponseStatusException;

/**
 * A project on its site as API operations: the regional assessments it reuses from its park (001 §24),
 * its unit works and their joint acceptance (004 #22–23) and its service guarantees (003 §13), through the
 * same use cases and owner checks as the project page (the steward, the project's department, the office).
 */
@RestController
@Tag(name = "api.projects.site.tag", description = "api.projects.site.tag.description")
class ProjectSiteApi {

    private final ProjectAccess access;
    private final JointAcceptance acceptance;
    private final UnitWorks unitWorks;
    private final PrivateInvestment investment;
    private final OpenProjects open;
    private final RegionalAssessments assessments;
    private final ProjectLedger ledger;

    ProjectSiteApi(ProjectAccess access, JointAcceptance acceptance, UnitWorks unitWorks, PrivateInvestment investment,
                   OpenProjects open, RegionalAssessments assessments, ProjectLedger ledger) {
        this.access = access;
        this.acceptance = acceptance;
        this.unitWorks = unitWorks;
        this.investment = investment;
        this.open = open;
        this.assessments = assessments;
        this.ledger = ledger;
    }

    record NewUnitWork(@NotBlank @Size(max = 200) String name) {
    }

    record UnitWorkAcceptance(@NotBlank @Size(max = 100) String opinionNumber, @NotBlank @Size(max = 500) String departments,
                              @NotBlank @Size(max = 100) String filingNumber) {
    }

    record NewGuarantee(@NotNull GuaranteeKind kind, @NotNull LocalDate dueOn) {
    }

    record UnitWorkView(long id, String name, boolean accepted, LocalDate acceptedOn, String opinionNumber, String departments,
                        String filingNumber) {
    }

    record GuaranteeView(GuaranteeKind kind, LocalDate dueOn, LocalDate securedOn, boolean late) {
    }

    record CoverageLine(AssessmentKind kind, AssessmentCoverage.Status status, String document, LocalDate validUntil,
                        String negativeScope) {
    }

    record SiteView(long projectId, Long parkId, String parkName, long assessmentsReused, List<CoverageLine> assessments,
                    List<UnitWorkView> unitWorks, List<GuaranteeView> guarantees) {
    }

    @GetMapping("/api/v1/projects/{id}/site")
    @PreAuthorize(ProjectsApi.READ)
    @ApiScope("projects:read")
    @Operation(operationId = "getProjectSite", summary = "api.projects.getProjectSite")
    SiteView get(@PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
        return view(access.readable(id, user).id());
    }

    @PostMapping("/api/v1/projects/{id}/unit-works")
    @PreAuthorize(ProjectsApi.MANAGE)
    @ApiScope("projects:manage")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "addUnitWork", summary = "api.projects.addUnitWork")
    SiteView addUnitWork(@PathVariable long id, @Valid @RequestBody NewUnitWork body, @AuthenticationPrincipal SignedInUser user) {
        acceptance.addUnitWork(id, body.name(), user);
        return view(id);
    }

    @PostMapping("/api/v1/projects/{id}/unit-works/{unitWorkId}/acceptance")
    @PreAuthorize(ProjectsApi.MANAGE)
    @ApiScope("projects:manage")
    @Operation(operationId = "acceptUnitWork", summary = "api.projects.acceptUnitWork")
    SiteView accept(@PathVariable long id, @PathVariable long unitWorkId, @Valid @RequestBody UnitWorkAcceptance body,
                    @AuthenticationPrincipal SignedInUser user) {
        // the unit work must belong to the project in the path, so a path cannot borrow another project's owner check
        unitWorks.find(unitWorkId).filter(u -> u.projectId() == id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        acceptance.accept(unitWorkId, body.opinionNumber(), body.departments(), body.filingNumber(), user);
        return view(id);
    }

    @PostMapping("/api/v1/projects/{id}/guarantees")
    @PreAuthorize(ProjectsApi.MANAGE)
    @ApiScope("projects:manage")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "trackServiceGuarantee", summary = "api.projects.trackServiceGuarantee")
    SiteView track(@PathVariable long id, @Valid @RequestBody NewGuarantee body, @AuthenticationPrincipal SignedInUser user) {
        investment.trackGuarantee(id, body.kind(), body.dueOn(), user);
        return view(id);
    }

    @PostMapping("/api/v1/projects/{id}/guarantees/{kind}/secured")
    @PreAuthorize(ProjectsApi.MANAGE)
    @ApiScope("projects:manage")
    @Operation(operationId = "recordGuaranteeSecured", summary = "api.projects.recordGuaranteeSecured")
    SiteView secured(@PathVariable long id, @PathVariable GuaranteeKind kind, @AuthenticationPrincipal SignedInUser user) {
        investment.guaranteeSecured(id, kind, user);
        return view(id);
    }

    private SiteView view(long projectId) {
        LocalDate today = ledger.today();
        var coverage = assessments.coverage(projectId);
        return new SiteView(projectId, coverage.map(c -> c.park().id()).orElse(null), coverage.map(c -> c.park().name()).orElse(null),
                coverage.map(RegionalAssessments.Coverage::reused).orElse(0L),
                coverage.map(c -> c.lines().stream().map(l -> new CoverageLine(l.kind(), l.status(),
                        l.assessment() == null ? null : l.assessment().document(),
                        l.assessment() == null ? null : l.assessment().validUntil(), l.negativeScope())).toList()).orElse(List.of()),
                unitWorks.ofProject(projectId).stream().map(u -> new UnitWorkView(u.id(), u.name(), u.accepted(), u.acceptedOn(),
                        u.opinionNumber(), u.departments(), u.filingNumber())).toList(),
                open.guarantees(projectId).stream().map(g -> new GuaranteeView(g.kind(), g.dueOn(), g.doneOn(), g.late(today))).toList());
    }
}
