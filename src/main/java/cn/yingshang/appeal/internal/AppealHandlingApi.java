package cn.yingshang.appeal.internal;

import cn.yingshang.platform.ApiScope;
import cn.yingshang.platform.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every action the appeal detail page offers, one operation each. Each calls the same
 * {@link AppealService} method as the page's form, after the same visibility check, so who may act
 * and in which state is decided in one place ({@link AppealWorkflow}); each answers the appeal as
 * it now is.
 */
@RestController
@Tag(name = "api.appeal.tag", description = "api.appeal.tag.description")
class AppealHandlingApi {

    static final String STAFF = "hasAuthority('appeal:handle') or hasAuthority('appeal:office')";
    static final String REQUESTER = "hasAuthority('appeal:submit')";

    private final AppealService appeals;
    private final AppealViews views;
    private final ReturningAppeal returning;

    private final ExtendingDeadline extending;
    private final DispatchingAppeal dispatching;
    private final ReplyingToAppeal replying;
    private final SupervisingAppeal supervising;
    private final RatingAppeal rating;
    private final ReopeningAppeal reopening;
    private final PublishingCase publishing;
    private final GrantingIdentityAccess granting;

    AppealHandlingApi(AppealService appeals, AppealViews views, ReturningAppeal returning, ExtendingDeadline extending, DispatchingAppeal dispatching, ReplyingToAppeal replying, SupervisingAppeal supervising,
                RatingAppeal rating, ReopeningAppeal reopening,
                PublishingCase publishing, GrantingIdentityAccess granting) {
        this.publishing = publishing;
        this.granting = granting;
        this.rating = rating;
        this.reopening = reopening;
        this.replying = replying;
        this.supervising = supervising;
        this.dispatching = dispatching;
        this.appeals = appeals;
        this.extending = extending;
        this.returning = returning;
        this.views = views;
    }

    record AppealReason(@NotBlank @Size(max = 2000) String reason) {
    }

    record AppealNote(@Size(max = 2000) String note) {
    }

    record AppealDecline(@NotBlank @Size(max = 2000) String reason, @Size(max = 2000) String guidance) {
    }

    record AppealDispatch(@NotNull @Positive Long leadDepartment, @Size(max = 20) List<@NotNull @Positive Long> assisting,
                    @Size(max = 2000) String instruction) {
    }

    record AppealDecision(@NotNull Boolean approve, @Size(max = 2000) String note) {
    }

    record AppealExtension(@Min(1) @Max(365) int days, @NotBlank @Size(max = 2000) String reason) {
    }

    record AppealOpinion(@NotBlank @Size(max = 5000) String opinion) {
    }

    record AppealReply(@NotBlank @Size(max = 20000) String reply) {
    }

    enum AppealResolution { RESOLVED, PARTLY, NOT_RESOLVED }

    enum AppealSatisfaction { SATISFIED, BASIC, NOT_SATISFIED }

    record AppealRating(@NotNull AppealResolution resolution, @NotNull AppealSatisfaction satisfaction) {
    }

    record AppealReturnVisit(@NotNull AppealResolution resolution, @NotNull AppealSatisfaction satisfaction, @Size(max = 2000) String note) {
    }

    record AppealMerge(@NotNull @Positive Long into) {
    }

    record AppealCaseSummary(@NotBlank @Size(max = 5000) String summary) {
    }

    record AppealIdentityGrant(@NotNull @Positive Long department, @NotBlank @Size(max = 2000) String reason) {
    }

    private AppealViews.AppealView after(long id, SignedInUser user) {
        return views.of(appeals.requireVisible(id, user), user);
    }

    // ---------------------------------------------------------------- office

    @PostMapping("/api/v1/appeals/{id}/acceptance")
    @PreAuthorize(STAFF)
    @ApiScope("appeal:dispatch")
    @Operation(operationId = "acceptAppeal", summary = "api.appeal.acceptAppeal")
    AppealViews.AppealView accept(@PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
        appeals.requireVisible(id, user);
        dispatching.accept(id, user);
        return after(id, user);
    }

    @PostMapping("/api/v1/appeals/{id}/refusal")
    @PreAuthorize(STAFF)
    @ApiScope("appeal:dispatch")
    @Operation(operationId = "declineAppeal", summary = "api.appeal.declineAppeal")
    AppealViews.AppealView decline(@PathVariable long id, @AuthenticationPrincipal SignedInUser user,
                                   @Valid @RequestBody AppealDecline body) {
        appeals.requireVisible(id, user);
        dispatching.decline(id, user, body.reason(), body.guidance());
        return after(id, user);
    }

    @PostMapping("/api/v1/appeals/{id}/dispatch")
    @PreAuthorize(STAFF)
    @ApiScope("appeal:dispatch")
    @Operation(operationId = "dispatchAppeal", summary = "api.appeal.dispatchAppeal")
    AppealViews.AppealView dispatch(@PathVariable long id, @AuthenticationPrincipal SignedInUser user,
                                    @Valid @RequestBody AppealDispatch body) {
        appeals.requireVisible(id, user);
        dispatching.dispatch(id, user, body.leadDepartment(), body.assisting() == null ? List.of() : body.assisting(),
                body.instruction());
        return after(id, user);
    }

    @PostMapping("/api/v1/appeals/{id}/return-decision")
    @PreAuthorize(STAFF)
    @ApiScope("appeal:dispatch")
    @Operation(operationId = "decideAppealReturn", summary = "api.appeal.decideAppealReturn")
    AppealViews.AppealView decideReturn(@PathVariable long id, @AuthenticationPrincipal SignedInUser user,
                                        @Valid @RequestBody AppealDecision body) {
        appeals.requireVisible(id, user);
        returning.decide(id, user, body.approve(), body.note());
        return after(id, user);
    }

    @PostMapping("/api/v1/appeals/{id}/extension-decision")
    @PreAuthorize(STAFF)
    @ApiScope("appeal:dispatch")
    @Operation(operationId = "decideAppealExtension", summary = "api.appeal.decideAppealExtension")
    AppealViews.AppealView decideExtension(@PathVariable long id, @AuthenticationPrincipal SignedInUser user,
                                           @Valid @RequestBody AppealDecision body) {
        appeals.requireVisible(id, user);
        extending.decideExtension(id, user, body.approve());
        return after(id, user);
    }

    @PostMapping("/api/v1/appeals/{id}/pause-decision")
    @PreAuthorize(STAFF)
    @ApiScope("appeal:dispatch")
    @Operation(operationId = "decideAppealPause", summary = "api.appeal.decideAppealPause")
    AppealViews.AppealView decidePause(@PathVariable long id, @AuthenticationPrincipal SignedInUser user,
                                       @Valid @RequestBody AppealDecision body) {
        appeals.requireVisible(id, user);
        extending.decidePause(id, user, body.approve());
        return after(id, user);
    }

    @PostMapping("/api/v1/appeals/{id}/reminders")
    @PreAuthorize(STAFF)
    @ApiScope("appeal:supervise")
    @Operation(operationId = "remindAppeal", summary = "api.appeal.remindAppeal")
    AppealViews.AppealView remind(@PathVariable long id, @AuthenticationPrincipal SignedInUser user,
                                  @Valid @RequestBody AppealNote body) {
        appeals.requireVisible(id, user);
        supervising.remind(id, user, false, body.note());
        return after(id, user);
    }

    @PostMapping("/api/v1/appeals/{id}/supervision")
    @PreAuthorize(STAFF)
    @ApiScope("appeal:supervise")
    @Operation(operationId = "superviseAppeal", summary = "api.appeal.superviseAppeal")
    AppealViews.AppealView supervise(@PathVariable long id, @AuthenticationPrincipal SignedInUser user,
                                     @Valid @RequestBody AppealNote body) {
        appeals.requireVisible(id, user);
        supervising.remind(id, user, true, body.note());
        return after(id, user);
    }

    @PostMapping("/api/v1/appeals/{id}/return-visit")
    @PreAuthorize(STAFF)
    @ApiScope("appeal:dispatch")
    @Operation(operationId = "recordAppealReturnVisit", summary = "api.appeal.recordAppealReturnVisit")
    AppealViews.AppealView returnVisit(@PathVariable long id, @AuthenticationPrincipal SignedInUser user,
                                       @Valid @RequestBody AppealReturnVisit body) {
        appeals.requireVisible(id, user);
        rating.returnVisit(id, user, body.resolution().name(), body.satisfaction().name(), body.note());
        return after(id, user);
    }

    @PostMapping("/api/v1/appeals/{id}/merge")
    @PreAuthorize(STAFF)
    @ApiScope("appeal:dispatch")
    @Operation(operationId = "mergeAppeal", summary = "api.appeal.mergeAppeal")
    AppealViews.AppealView merge(@PathVariable long id, @AuthenticationPrincipal SignedInUser user,
                                 @Valid @RequestBody AppealMerge body) {
        appeals.requireVisible(id, user);
        dispatching.merge(id, user, body.into());
        return after(id, user);
    }

    @PostMapping("/api/v1/appeals/{id}/published-case")
    @PreAuthorize(STAFF)
    @ApiScope("appeal:dispatch")
    @Operation(operationId = "publishAppealCase", summary = "api.appeal.publishAppealCase")
    AppealViews.AppealView publishCase(@PathVariable long id, @AuthenticationPrincipal SignedInUser user,
                                       @Valid @RequestBody AppealCaseSummary body) {
        appeals.requireVisible(id, user);
        publishing.publish(id, user, body.summary());
        return after(id, user);
    }

    @PostMapping("/api/v1/appeals/{id}/identity-grants")
    @PreAuthorize(STAFF)
    @ApiScope("appeal:dispatch")
    @Operation(operationId = "grantAppealIdentity", summary = "api.appeal.grantAppealIdentity")
    AppealViews.AppealView grantIdentity(@PathVariable long id, @AuthenticationPrincipal SignedInUser user,
                                         @Valid @RequestBody AppealIdentityGrant body) {
        appeals.requireVisible(id, user);
        granting.grant(id, user, body.department(), body.reason());
        return after(id, user);
    }

    // ---------------------------------------------------------------- departments

    @PostMapping("/api/v1/appeals/{id}/return-request")
    @PreAuthorize(STAFF)
    @ApiScope("appeal:reply")
    @Operation(operationId = "requestAppealReturn", summary = "api.appeal.requestAppealReturn")
    AppealViews.AppealView requestReturn(@PathVariable long id, @AuthenticationPrincipal SignedInUser user,
                                         @Valid @RequestBody AppealReason body) {
        appeals.requireVisible(id, user);
        returning.request(id, user, body.reason());
        return after(id, user);
    }

    @PostMapping("/api/v1/appeals/{id}/steps")
    @PreAuthorize(STAFF)
    @ApiScope("appeal:reply")
    @Operation(operationId = "recordAppealStep", summary = "api.appeal.recordAppealStep")
    AppealViews.AppealView recordStep(@PathVariable long id, @AuthenticationPrincipal SignedInUser user,
                                      @Valid @RequestBody AppealNote body) {
        appeals.requireVisible(id, user);
        replying.recordStep(id, user, body.note());
        return after(id, user);
    }

    @PostMapping("/api/v1/appeals/{id}/opinions")
    @PreAuthorize(STAFF)
    @ApiScope("appeal:reply")
    @Operation(operationId = "addAppealOpinion", summary = "api.appeal.addAppealOpinion")
    AppealViews.AppealView addOpinion(@PathVariable long id, @AuthenticationPrincipal SignedInUser user,
                                      @Valid @RequestBody AppealOpinion body) {
        appeals.requireVisible(id, user);
        replying.addOpinion(id, user, body.opinion());
        return after(id, user);
    }

    @PostMapping("/api/v1/appeals/{id}/extension-request")
    @PreAuthorize(STAFF)
    @ApiScope("appeal:reply")
    @Operation(operationId = "requestAppealExtension", summary = "api.appeal.requestAppealExtension")
    AppealViews.AppealView requestExtension(@PathVariable long id, @AuthenticationPrincipal SignedInUser user,
                                            @Valid @RequestBody AppealExtension body) {
        appeals.requireVisible(id, user);
        extending.requestExtension(id, user, body.days(), body.reason());
        return after(id, user);
    }

    @PostMapping("/api/v1/appeals/{id}/pause-request")
    @PreAuthorize(STAFF)
    @ApiScope("appeal:reply")
    @Operation(operationId = "requestAppealPause", summary = "api.appeal.requestAppealPause")
    AppealViews.AppealView requestPause(@PathVariable long id, @AuthenticationPrincipal SignedInUser user,
                                        @Valid @RequestBody AppealReason body) {
        appeals.requireVisible(id, user);
        extending.requestPause(id, user, body.reason());
        return after(id, user);
    }

    @PostMapping("/api/v1/appeals/{id}/resumption")
    @PreAuthorize(STAFF)
    @ApiScope("appeal:reply")
    @Operation(operationId = "resumeAppeal", summary = "api.appeal.resumeAppeal")
    AppealViews.AppealView resume(@PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
        appeals.requireVisible(id, user);
        extending.resume(id, user);
        return after(id, user);
    }

    @PostMapping("/api/v1/appeals/{id}/reply")
    @PreAuthorize(STAFF)
    @ApiScope("appeal:reply")
    @Operation(operationId = "replyToAppeal", summary = "api.appeal.replyToAppeal")
    AppealViews.AppealView reply(@PathVariable long id, @AuthenticationPrincipal SignedInUser user,
                                 @Valid @RequestBody AppealReply body) {
        appeals.requireVisible(id, user);
        replying.reply(id, user, body.reply());
        return after(id, user);
    }

    // ---------------------------------------------------------------- requester and office

    @PostMapping("/api/v1/appeals/{id}/rating")
    @PreAuthorize(REQUESTER)
    @ApiScope("appeal:rate")
    @Operation(operationId = "rateAppeal", summary = "api.appeal.rateAppeal")
    AppealViews.AppealView rate(@PathVariable long id, @AuthenticationPrincipal SignedInUser user,
                                @Valid @RequestBody AppealRating body) {
        appeals.requireVisible(id, user);
        rating.rate(id, user, body.resolution().name(), body.satisfaction().name());
        return after(id, user);
    }

    @PostMapping("/api/v1/appeals/{id}/reopening")
    @PreAuthorize(REQUESTER + " or " + STAFF)
    @ApiScope("appeal:rate")
    @Operation(operationId = "reopenAppeal", summary = "api.appeal.reopenAppeal")
    AppealViews.AppealView reopen(@PathVariable long id, @AuthenticationPrincipal SignedInUser user,
                                  @Valid @RequestBody AppealReason body) {
        appeals.requireVisible(id, user);
        reopening.reopen(id, user, body.reason());
        return after(id, user);
    }
}
