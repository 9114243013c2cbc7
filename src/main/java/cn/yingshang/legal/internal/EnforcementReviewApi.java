package cn.yingshang.legal.internal;

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
import java.time.Clock;
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

/**
 * The quarterly review of enterprise complaints about law enforcement (002 #49) as API operations, on the same use case
 * as the pages: the office opens, finds and concludes; supervisors read; a department reads and rectifies its own.
 */
@RestController
@Tag(name = "api.legal.review.tag", description = "api.legal.review.tag.description")
class EnforcementReviewApi {

    private final ReviewingEnforcement reviewing;
    private final EnforcementReviews reviews;
    private final EnforcementFindingRows rows;
    private final PoliticalLegalBodies bodies;
    private final Clock clock;

    EnforcementReviewApi(ReviewingEnforcement reviewing, EnforcementReviews reviews, EnforcementFindingRows rows, PoliticalLegalBodies bodies,
                         Clock clock) {
        this.reviewing = reviewing;
        this.reviews = reviews;
        this.rows = rows;
        this.bodies = bodies;
        this.clock = clock;
    }

    record Quarter(@NotNull @Min(2000) @Max(2100) Integer year, @NotNull @Min(1) @Max(4) Integer quarter) {
    }

    record Finding(@NotNull Long departmentId, @NotBlank String kind, @NotBlank @Size(max = 2000) String description) {
    }

    record Conclusion(@NotBlank @Size(max = 2000) String conclusion) {
    }

    record Rectification(@NotBlank @Size(max = 2000) String report) {
    }

    record ReviewJson(long id, int year, int quarter, String status, LocalDate openedOn, LocalDate concludedOn, String conclusion,
                      long complaints, long findings, long rectifying) {
        static ReviewJson of(EnforcementReview r) {
            return new ReviewJson(r.id(), r.year(), r.quarter(), r.status(), r.openedOn(), r.concludedOn(), r.conclusion(), r.complaints(),
                    r.findings(), r.rectifying());
        }
    }

    record FindingJson(long id, long reviewId, int year, int quarter, long departmentId, String departmentName, String kind, String kindLabel,
                       String description, LocalDate foundOn, String status, LocalDate rectificationDue, boolean overdue,
                       LocalDate rectifiedOn, String rectificationReport) {
    }

    record ComplaintJson(long appealId, String trackingNumber, String title, long departmentId) {
    }

    record DepartmentJson(long departmentId, String departmentName, long complaints) {
    }

    record ReviewDetail(ReviewJson review, List<DepartmentJson> departments, List<FindingJson> findings, List<ComplaintJson> complaints) {
    }

    record OwnFinding(FindingJson finding, List<ComplaintJson> complaints) {
    }

    @GetMapping("/api/v1/legal/enforcement-reviews")
    @PreAuthorize("hasAuthority('legal:supervise')")
    @ApiScope("legal:supervise")
    @Operation(operationId = "listEnforcementReviews", summary = "api.legal.listEnforcementReviews")
    List<ReviewJson> list(@AuthenticationPrincipal SignedInUser user) {
        if (!PoliticalLegalBodies.supervises(user)) {
            throw new org.springframework.security.access.AccessDeniedException("legal.review.officeOnly");
        }
        return reviews.all().stream().map(ReviewJson::of).toList();
    }

    @PostMapping("/api/v1/legal/enforcement-reviews")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('legal:supervise')")
    @ApiScope("legal:supervise")
    @Operation(operationId = "openEnforcementReview", summary = "api.legal.openEnforcementReview")
    ReviewDetail open(@Valid @RequestBody Quarter body, @AuthenticationPrincipal SignedInUser user) {
        return detail(reviewing.open(body.year(), body.quarter(), user), user);
    }

    @GetMapping("/api/v1/legal/enforcement-reviews/{id}")
    @PreAuthorize("hasAuthority('legal:supervise')")
    @ApiScope("legal:supervise")
    @Operation(operationId = "getEnforcementReview", summary = "api.legal.getEnforcementReview")
    ReviewDetail detail(@PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
        EnforcementReview review = reviewing.readable(id, user);
        LocalDate today = LocalDate.now(clock);
        return new ReviewDetail(ReviewJson.of(review),
                reviews.departments(id).stream().map(d -> new DepartmentJson(d.departmentId(), bodies.name(d.departmentId()), d.complaints()))
                        .toList(),
                reviews.findings(id).stream().map(f -> json(f, today)).toList(),
                reviews.complaints(id, null).stream().map(EnforcementReviewApi::json).toList());
    }

    @PostMapping("/api/v1/legal/enforcement-reviews/{id}/findings")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('legal:supervise')")
    @ApiScope("legal:supervise")
    @Operation(operationId = "recordEnforcementFinding", summary = "api.legal.recordEnforcementFinding")
    FindingJson find(@PathVariable long id, @Valid @RequestBody Finding body, @AuthenticationPrincipal SignedInUser user) {
        long findingId = reviewing.find(id, new ReviewingEnforcement.NewFinding(body.departmentId(), body.kind(), body.description()), user);
        return json(reviews.finding(findingId).orElseThrow(), LocalDate.now(clock));
    }

    @PostMapping("/api/v1/legal/enforcement-reviews/{id}/conclusion")
    @PreAuthorize("hasAuthority('legal:supervise')")
    @ApiScope("legal:supervise")
    @Operation(operationId = "concludeEnforcementReview", summary = "api.legal.concludeEnforcementReview")
    ReviewDetail conclude(@PathVariable long id, @Valid @RequestBody Conclusion body, @AuthenticationPrincipal SignedInUser user) {
        reviewing.conclude(id, body.conclusion(), user);
        return detail(id, user);
    }

    @GetMapping("/api/v1/legal/enforcement-reviews/overdue-rectifications")
    @PreAuthorize("hasAuthority('legal:supervise')")
    @ApiScope("legal:supervise")
    @Operation(operationId = "listOverdueRectifications", summary = "api.legal.listOverdueRectifications")
    List<FindingJson> overdue(@AuthenticationPrincipal SignedInUser user) {
        if (!PoliticalLegalBodies.supervises(user)) {
            throw new org.springframework.security.access.AccessDeniedException("legal.review.officeOnly");
        }
        LocalDate today = LocalDate.now(clock);
        return reviews.overdue(today).stream().map(f -> json(f, today)).toList();
    }

    @GetMapping("/api/v1/legal/rectifications")
    @PreAuthorize("hasAuthority('legal:rectify')")
    @ApiScope("legal:rectify")
    @Operation(operationId = "listOwnRectifications", summary = "api.legal.listOwnRectifications")
    List<FindingJson> own(@AuthenticationPrincipal SignedInUser user) {
        LocalDate today = LocalDate.now(clock);
        return reviewing.ownFindings(user).stream().map(f -> json(f, today)).toList();
    }

    @GetMapping("/api/v1/legal/rectifications/{id}")
    @PreAuthorize("hasAuthority('legal:rectify')")
    @ApiScope("legal:rectify")
    @Operation(operationId = "getOwnRectification", summary = "api.legal.getOwnRectification")
    OwnFinding ownFinding(@PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
        EnforcementFinding f = reviewing.ownFinding(id, user);
        return new OwnFinding(json(f, LocalDate.now(clock)), reviewing.complaintsBehind(f).stream().map(EnforcementReviewApi::json).toList());
    }

    @PostMapping("/api/v1/legal/rectifications/{id}")
    @PreAuthorize("hasAuthority('legal:rectify')")
    @ApiScope("legal:rectify")
    @Operation(operationId = "recordRectification", summary = "api.legal.recordRectification")
    OwnFinding rectify(@PathVariable long id, @Valid @RequestBody Rectification body, @AuthenticationPrincipal SignedInUser user) {
        reviewing.rectify(id, body.report(), user);
        return ownFinding(id, user);
    }

    private FindingJson json(EnforcementFinding f, LocalDate today) {
        EnforcementFindingRows.FindingRow row = rows.row(f, today);
        return new FindingJson(f.id(), f.reviewId(), f.year(), f.quarter(), f.departmentId(), row.departmentName(), f.kind().name(),
                row.kindLabel(), f.description(), f.foundOn(), f.status(), f.rectificationDue(), row.overdue(), f.rectifiedOn(),
                f.rectificationReport());
    }

    private static ComplaintJson json(EnforcementReviews.ReviewedComplaint c) {
        return new ComplaintJson(c.appealId(), c.trackingNumber(), c.title(), c.departmentId());
    }
}
