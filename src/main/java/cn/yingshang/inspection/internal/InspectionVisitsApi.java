package cn.yingshang.inspection.internal;

import cn.yingshang.platform.ApiScope;
import cn.yingshang.platform.ListPage;
import cn.yingshang.platform.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
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
 * The enterprise's side of 扫码入企 and the inspection settings as API operations: an enterprise reads
 * its own inspection tasks, confirms a visit and which inspectors came, and reports a visit no task
 * explains; the settings' keeper reads and changes the draw ratios per credit class, the exclusion
 * period and the publication limit. The same use cases and checks as the pages.
 */
@RestController
@Tag(name = "api.inspection.visits.tag", description = "api.inspection.visits.tag.description")
class InspectionVisitsApi {

    private final Tasks tasks;
    private final Visits visits;
    private final InspectionSettings settings;

    InspectionVisitsApi(Tasks tasks, Visits visits, InspectionSettings settings) {
        this.tasks = tasks;
        this.visits = visits;
        this.settings = settings;
    }

    record OwnTaskPage(List<Tasks.Task> items, long total, int page, int pages) {
    }

    record VisitConfirmation(@Size(max = 20) Set<Long> presentInspectorIds, @Size(max = 2000) String note) {
    }

    record UnregisteredVisit(@NotBlank @Size(max = 40) String certificateNo, @Size(max = 2000) String note) {
    }

    record SettingsChange(@NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal ratioA, @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal ratioB,
                          @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal ratioC, @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal ratioD,
                          @Min(0) @Max(3650) int exclusionDays, @Min(1) @Max(60) int publicationWorkingDays) {
    }

    record SettingsView(BigDecimal ratioA, BigDecimal ratioB, BigDecimal ratioC, BigDecimal ratioD, int exclusionDays,
                        int publicationWorkingDays) {
        static SettingsView of(InspectionSettings.Settings s) {
            return new SettingsView(s.ratios().a(), s.ratios().b(), s.ratios().c(), s.ratios().d(), s.exclusionDays(),
                    s.publicationWorkingDays());
        }
    }

    @GetMapping("/api/v1/inspections/own-tasks")
    @PreAuthorize("hasAuthority('inspection:confirm')")
    @ApiScope("inspection:confirm")
    @Operation(operationId = "listOwnInspectionTasks", summary = "api.inspection.listOwnInspectionTasks")
    OwnTaskPage ownTasks(@RequestParam(defaultValue = "1") @Min(1) int page, @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size,
                         @AuthenticationPrincipal SignedInUser user) {
        if (user.creditCode() == null) {
            return new OwnTaskPage(List.of(), 0, 1, 1);
        }
        var found = tasks.ofEntity(user.creditCode(), "", new ListPage(page, size, null, false));
        return new OwnTaskPage(found.rows(), found.total(), found.page(), found.pages());
    }

    @PostMapping("/api/v1/inspections/tasks/{id}/confirmation")
    @PreAuthorize("hasAuthority('inspection:confirm')")
    @ApiScope("inspection:confirm")
    @Operation(operationId = "confirmInspectionVisit", summary = "api.inspection.confirmInspectionVisit")
    Tasks.Task confirm(@PathVariable long id, @Valid @RequestBody VisitConfirmation body, @AuthenticationPrincipal SignedInUser user) {
        return visits.confirm(id, body.presentInspectorIds() == null ? Set.of() : body.presentInspectorIds(), body.note(), user);
    }

    @PostMapping("/api/v1/inspections/unregistered-visits")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('inspection:confirm')")
    @ApiScope("inspection:confirm")
    @Operation(operationId = "reportUnregisteredInspectionVisit", summary = "api.inspection.reportUnregisteredInspectionVisit")
    UnregisteredVisit report(@Valid @RequestBody UnregisteredVisit body, @AuthenticationPrincipal SignedInUser user) {
        visits.reportUnregistered(body.certificateNo(), body.note(), user);
        return body;
    }

    @GetMapping("/api/v1/inspections/settings")
    @PreAuthorize("hasAuthority('inspection:settings')")
    @ApiScope("inspection:settings")
    @Operation(operationId = "getInspectionSettings", summary = "api.inspection.getInspectionSettings")
    SettingsView settings() {
        return SettingsView.of(settings.current());
    }

    @PostMapping("/api/v1/inspections/settings")
    @PreAuthorize("hasAuthority('inspection:settings')")
    @ApiScope("inspection:settings")
    @Operation(operationId = "changeInspectionSettings", summary = "api.inspection.changeInspectionSettings")
    SettingsView change(@Valid @RequestBody SettingsChange body) {
        settings.change(new InspectionSettings.Settings(new DrawAlgorithm.Ratios(body.ratioA(), body.ratioB(), body.ratioC(), body.ratioD()),
                body.exclusionDays(), body.publicationWorkingDays()));
        return settings();
    }
}
