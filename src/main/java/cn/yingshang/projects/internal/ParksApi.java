package cn.yingshang.projects.internal;

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
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Parks and their regional assessments (001 §24) as API operations: the same use case and the same
 * owner check as the park pages (the park's department, the office), and placing a project in a park.
 */
@RestController
@Tag(name = "api.projects.parks.tag", description = "api.projects.parks.tag.description")
class ParksApi {

    private final Parks parks;
    private final RegionalAssessments assessments;
    private final ProjectMessages messages;

    ParksApi(Parks parks, RegionalAssessments assessments, ProjectMessages messages) {
        this.parks = parks;
        this.assessments = assessments;
        this.messages = messages;
    }

    record NewPark(@NotBlank @Size(max = 200) String name) {
    }

    record NewAssessment(@NotNull AssessmentKind kind, @NotBlank @Size(max = 500) String document, @NotNull LocalDate doneOn,
                         LocalDate validUntil) {
    }

    record NegativeListEntry(@NotNull AssessmentKind kind, @NotBlank @Size(max = 1000) String scope) {
    }

    record Placement(@NotNull @Positive Long parkId) {
    }

    record ParkSummary(long id, String name, String regionCode) {
    }

    record AssessmentView(AssessmentKind kind, String document, LocalDate doneOn, LocalDate validUntil) {
    }

    record NegativeView(AssessmentKind kind, String scope) {
    }

    record ParkView(long id, String name, String regionCode, List<AssessmentView> assessments, List<NegativeView> negativeList,
                    boolean mayManage) {
    }

    @GetMapping("/api/v1/projects/parks")
    @PreAuthorize(ProjectsApi.READ)
    @ApiScope("projects:read")
    @Operation(operationId = "listParks", summary = "api.projects.listParks")
    List<ParkSummary> list() {
        return parks.all().stream().map(p -> new ParkSummary(p.id(), p.name(), p.region().code())).toList();
    }

    @GetMapping("/api/v1/projects/parks/{id}")
    @PreAuthorize(ProjectsApi.READ)
    @ApiScope("projects:read")
    @Operation(operationId = "getPark", summary = "api.projects.getPark")
    ParkView get(@PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
        return view(parks.find(id).orElseThrow(() -> new AccessDeniedException(messages.text("projects.denied"))), user);
    }

    @PostMapping("/api/v1/projects/parks")
    @PreAuthorize(ProjectsApi.MANAGE)
    @ApiScope("projects:manage")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createPark", summary = "api.projects.createPark")
    ParkView create(@Valid @RequestBody NewPark body, @AuthenticationPrincipal SignedInUser user) {
        return view(parks.find(assessments.createPark(body.name(), user)).orElseThrow(), user);
    }

    @PostMapping("/api/v1/projects/parks/{id}/assessments")
    @PreAuthorize(ProjectsApi.MANAGE)
    @ApiScope("projects:manage")
    @Operation(operationId = "recordRegionalAssessment", summary = "api.projects.recordRegionalAssessment")
    ParkView record(@PathVariable long id, @Valid @RequestBody NewAssessment body, @AuthenticationPrincipal SignedInUser user) {
        assessments.record(id, body.kind(), body.document(), body.doneOn(), body.validUntil(), user);
        return view(parks.find(id).orElseThrow(), user);
    }

    @PostMapping("/api/v1/projects/parks/{id}/negative-list")
    @PreAuthorize(ProjectsApi.MANAGE)
    @ApiScope("projects:manage")
    @Operation(operationId = "putOnParkNegativeList", summary = "api.projects.putOnParkNegativeList")
    ParkView negative(@PathVariable long id, @Valid @RequestBody NegativeListEntry body, @AuthenticationPrincipal SignedInUser user) {
        assessments.putOnNegativeList(id, body.kind(), body.scope(), user);
        return view(parks.find(id).orElseThrow(), user);
    }

    @PostMapping("/api/v1/projects/{id}/park")
    @PreAuthorize(ProjectsApi.MANAGE)
    @ApiScope("projects:manage")
    @Operation(operationId = "placeProjectInPark", summary = "api.projects.placeProjectInPark")
    ParkView place(@PathVariable long id, @Valid @RequestBody Placement body, @AuthenticationPrincipal SignedInUser user) {
        assessments.place(id, body.parkId(), user);
        return view(parks.find(body.parkId()).orElseThrow(), user);
    }

    private ParkView view(Parks.Park park, SignedInUser user) {
        return new ParkView(park.id(), park.name(), park.region().code(),
                parks.assessments(park.id()).values().stream()
                        .map(a -> new AssessmentView(a.kind(), a.document(), a.doneOn(), a.validUntil())).toList(),
                parks.negativeList(park.id()).entrySet().stream().map(e -> new NegativeView(e.getKey(), e.getValue())).toList(),
                assessments.mayManage(user, park));
    }
}
