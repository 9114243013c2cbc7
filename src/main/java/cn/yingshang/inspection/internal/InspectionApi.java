package cn.yingshang.inspection.internal;

import cn.yingshang.inspection.InspectionFigures;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.registry.EntityKind;
import cn.yingshang.shared.DomainViolation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "inspection", description = "inspection.inspectionApi.api.tag.description")
@RestController
@RequestMapping("/api/v1/inspections")
class InspectionApi {

    private final Catalogue catalogue;
    private final InspectorPool inspectors;
    private final Plans plans;
    private final Draws draws;
    private final Tasks tasks;
    private final Visits visits;
    private final Results results;
    private final InspectionFigures figures;
    private final Clock clock;
    private final PlanScope scope;

    InspectionApi(Catalogue catalogue, InspectorPool inspectors, Plans plans, Draws draws, Tasks tasks, Visits visits,
                  Results results, InspectionFigures figures, Clock clock, PlanScope scope) {
        this.catalogue = catalogue;
        this.inspectors = inspectors;
        this.plans = plans;
        this.draws = draws;
        this.tasks = tasks;
        this.visits = visits;
        this.results = results;
        this.figures = figures;
        this.clock = clock;
        this.scope = scope;
    }

    record ItemJson(Long id, long departmentId, String name, String basis, String method, String scopeRegion,
                    String scopeIndustry, List<String> scopeKinds, boolean keySupervision, LocalDate publishedOn) {
        static ItemJson of(InspectionItem i) {
            return new ItemJson(i.id(), i.departmentId(), i.name(), i.basis(), i.method(), i.scope().region(), i.scope().industry(),
                    i.scope().kinds().stream().map(Enum::name).sorted().toList(), i.keySupervision(), i.publishedOn());
        }
    }

    @Operation(summary = "inspection.inspectionApi.api.operation.summary")
    @GetMapping("/items")
    @PreAuthorize("hasAuthority('inspection:read')")
    @cn.yingshang.platform.ApiScope("inspection:read")
    List<ItemJson> items() {
        return catalogue.all().stream().map(ItemJson::of).toList();
    }

    @Operation(summary = "inspection.inspectionApi.api.operation.summary2")
    @PostMapping("/items")
    @PreAuthorize("hasAuthority('inspection:catalogue')")
    @cn.yingshang.platform.ApiScope("inspection:catalogue")
    ResponseEntity<ItemJson> register(@RequestBody ItemJson body, @AuthenticationPrincipal SignedInUser user) {
        Set<EntityKind> kinds = body.scopeKinds() == null ? Set.of()
                : body.scopeKinds().stream().map(InspectionApi::kind).collect(Collectors.toSet());
        long id = catalogue.register(new Catalogue.NewItem(body.departmentId(), body.name(), body.basis(), body.method(),
                new ItemScope(body.scopeRegion(), body.scopeIndustry(), kinds), body.keySupervision()), user);
        return ResponseEntity.status(HttpStatus.CREATED).body(ItemJson.of(catalogue.require(id)));
    }

    private static EntityKind kind(String name) {
        try {
            return EntityKind.valueOf(java.util.Objects.requireNonNull(name));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw DomainViolation.of("scopeKinds", "input.enum", name);
        }
    }

    @Operation(summary = "inspection.inspectionApi.api.operation.summary3")
    @PostMapping("/items/{id}/publish")
    @PreAuthorize("hasAuthority('inspection:catalogue')")
    @cn.yingshang.platform.ApiScope("inspection:catalogue")
    ItemJson publish(@PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
        catalogue.publish(id, user);
        return ItemJson.of(catalogue.require(id));
    }

    @Operation(summary = "inspection.inspectionApi.api.operation.summary4")
    @PostMapping("/items/{id}/withdraw")
    @PreAuthorize("hasAuthority('inspection:catalogue')")
    @cn.yingshang.platform.ApiScope("inspection:catalogue")
    ItemJson withdraw(@PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
        catalogue.withdraw(id, user);
        return ItemJson.of(catalogue.require(id));
    }

    record InspectorJson(String username, String certificateNo) {
    }

    @Operation(summary = "inspection.inspectionApi.api.operation.summary5")
    @PostMapping("/inspectors")
    @PreAuthorize("hasAuthority('inspection:catalogue')")
    @cn.yingshang.platform.ApiScope("inspection:catalogue")
    InspectorPool.Inspector registerInspector(@RequestBody InspectorJson body, @AuthenticationPrincipal SignedInUser user) {
        return inspectors.register(body.username(), body.certificateNo(), user);
    }

    record RecusalJson(String certificateNo, String creditCode, String reason) {
    }

    @Operation(summary = "inspection.inspectionApi.api.operation.summary6")
    @PostMapping("/recusals")
    @PreAuthorize("hasAuthority('inspection:catalogue')")
    @cn.yingshang.platform.ApiScope("inspection:catalogue")
    ResponseEntity<Void> recuse(@RequestBody RecusalJson body, @AuthenticationPrincipal SignedInUser user) {
        inspectors.recuse(body.certificateNo(), body.creditCode(), body.reason(), user);
        return ResponseEntity.noContent().build();
    }

    record PlanJson(String title, Integer year, List<Long> itemIds, BigDecimal ratioA, BigDecimal ratioB, BigDecimal ratioC,
                    BigDecimal ratioD, Integer exclusionDays) {
    }

    record PlanCreated(long id) {
    }

    @Operation(summary = "inspection.inspectionApi.api.operation.summary7")
    @PostMapping("/plans")
    @PreAuthorize("hasAuthority('inspection:plan')")
    @cn.yingshang.platform.ApiScope("inspection:plan")
    ResponseEntity<PlanCreated> createPlan(@RequestBody PlanJson body, @AuthenticationPrincipal SignedInUser user) {
        Forms.PlanForm form = new Forms.PlanForm(body.title(), body.year(), body.itemIds(), body.ratioA(), body.ratioB(),
                body.ratioC(), body.ratioD(), body.exclusionDays());
        return ResponseEntity.status(HttpStatus.CREATED).body(new PlanCreated(plans.create(form.toNewPlan(), user, null)));
    }

    @Operation(summary = "inspection.inspectionApi.api.operation.summary8")
    @PostMapping("/plans/{id}/commit")
    @PreAuthorize("hasAuthority('inspection:plan')")
    @cn.yingshang.platform.ApiScope("inspection:plan")
    Draws.Draw commit(@PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
        return draws.commit(id, user);
    }

    @Operation(summary = "inspection.inspectionApi.api.operation.summary9")
    @PostMapping("/plans/{id}/draw")
    @PreAuthorize("hasAuthority('inspection:plan')")
    @cn.yingshang.platform.ApiScope("inspection:plan")
    Draws.Draw draw(@PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
        return draws.draw(id, user);
    }

    @Operation(summary = "inspection.inspectionApi.api.operation.summary10")
    @GetMapping("/plans/{id}/tasks")
    @PreAuthorize("hasAuthority('inspection:read')")
    @cn.yingshang.platform.ApiScope("inspection:read")
    List<Tasks.Task> planTasks(@PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
        return tasks.ofPlan(scope.requirePlan(id, user).id(), Integer.MAX_VALUE);
    }

    @Operation(summary = "inspection.inspectionApi.api.operation.summary11")
    @GetMapping("/tasks/{id}")
    @PreAuthorize("hasAuthority('inspection:read')")
    @cn.yingshang.platform.ApiScope("inspection:read")
    Tasks.Task task(@PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
        return scope.requireTask(id, user);
    }

    record CheckinJson(String code, String action) {
    }

    @Operation(summary = "inspection.inspectionApi.api.operation.summary12")
    @PostMapping("/checkins")
    @PreAuthorize("hasAuthority('inspection:inspect')")
    @cn.yingshang.platform.ApiScope("inspection:inspect")
    Tasks.Task checkin(@RequestBody CheckinJson body, @AuthenticationPrincipal SignedInUser user) {
        return "end".equals(body.action()) ? visits.checkOut(body.code(), user) : visits.checkIn(body.code(), user);
    }

    record ResultJson(List<Results.Entry> entries) {
    }

    @Operation(summary = "inspection.inspectionApi.api.operation.summary13")
    @PostMapping("/tasks/{id}/results")
    @PreAuthorize("hasAuthority('inspection:record')")
    @cn.yingshang.platform.ApiScope("inspection:record")
    Tasks.Task record(@PathVariable long id, @RequestBody ResultJson body, @AuthenticationPrincipal SignedInUser user) {
        return results.record(id, body.entries() == null ? List.of() : body.entries(), user);
    }

    @Operation(summary = "inspection.inspectionApi.api.operation.summary14")
    @PostMapping("/tasks/{id}/publish")
    @PreAuthorize("hasAuthority('inspection:record')")
    @cn.yingshang.platform.ApiScope("inspection:record")
    Tasks.Task publishResult(@PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
        return results.publish(id, user);
    }

    @Operation(summary = "inspection.inspectionApi.api.operation.summary15")
    @GetMapping("/figures")
    @PreAuthorize("hasAuthority('inspection:read')")
    @cn.yingshang.platform.ApiScope("inspection:read")
    InspectionFigures.Figures figures(@RequestParam(required = false) Integer year) {
        return figures.figures(year == null ? LocalDate.now(clock).getYear() : year);
    }
}
