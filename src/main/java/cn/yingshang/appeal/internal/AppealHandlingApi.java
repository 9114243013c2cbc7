package cn.yingshang.appeal.internal;

import cn.yingshang.appeal.internal.AppealActionForms.*;
import cn.yingshang.platform.ApiScope;
import cn.yingshang.platform.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every action the appeal detail page offers, one operation each. Each calls the same
 * use case as the page's form, after the same visibility check, so who may act
 * and in which state is decided in one place ({@link AppealWorkflow}); each answers the appeal as
 * it now is.
 */
@RestController
@Tag(name = "api.appeal.tag", description = "api.appeal.tag.description")
class AppealHandlingApi {

    static final String STAFF = "hasAuthority('appeal:handle') or hasAuthority('appeal:office')";
    static final String REQUESTER = "hasAuthority('appeal:submit')";

    private final AppealAccess access;
    private final AppealViews views;
    private final AppealActions actions;

    AppealHandlingApi(AppealAccess access, AppealViews views, AppealActions actions) {
        this.access = access;
        this.views = views;
        this.actions = actions;
    }

    private AppealViews.AppealView after(long id, SignedInUser user) {
        return views.of(access.requireVisible(id, user), user);
    }

    // ---------------------------------------------------------------- office

    @PostMapping("/api/v1/appeals/{id}/acceptance")
    @PreAuthorize(STAFF)
    @ApiScope("appeal:dispatch")
    @Operation(operationId = "acceptAppeal", summary = "api.appeal.acceptAppeal")
    AppealViews.AppealView accept(@PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
        actions.accept(id, user);
        return after(id, user);
    }

    @PostMapping("/api/v1/appeals/{id}/refusal")
    @PreAuthorize(STAFF)
    @ApiScope("appeal:dispatch")
    @Operation(operationId = "declineAppeal", summary = "api.appeal.declineAppeal")
    AppealViews.AppealView decline(@PathVariable long id, @AuthenticationPrincipal SignedInUser user,
                                   @Valid @RequestBody AppealDecline body) {
        actions.decline(id, user, body);
        return after(id, user);
    }

    @PostMapping("/api/v1/appeals/{id}/dispatch")
    @PreAuthorize(STAFF)
    @ApiScope("appeal:dispatch")
    @Operation(operationId = "dispatchAppeal", summary = "api.appeal.dispatchAppeal")
    AppealViews.AppealView dispatch(@PathVariable long id, @AuthenticationPrincipal SignedInUser user,
                                    @Valid @RequestBody AppealDispatch body) {
        actions.dispatch(id, user, body);
        return after(id, user);
    }

    @PostMapping("/api/v1/appeals/{id}/return-decision")
    @PreAuthorize(STAFF)
    @ApiScope("appeal:dispatch")
    @Operation(operationId = "decideAppealReturn", summary = "api.appeal.decideAppealReturn")
    AppealViews.AppealView decideReturn(@PathVariable long id, @AuthenticationPrincipal SignedInUser user,
                                        @Valid @RequestBody AppealDecision body) {
        actions.decideReturn(id, user, body.approve(), body.note());
        return after(id, user);
    }

    @PostMapping("/api/v1/appeals/{id}/extension-decision")
    @PreAuthorize(STAFF)
    @ApiScope("appeal:dispatch")
    @Operation(operationId = "decideAppealExtension", summary = "api.appeal.decideAppealExtension")
    AppealViews.AppealView decideExtension(@PathVariable long id, @AuthenticationPrincipal SignedInUser user,
                                           @Valid @RequestBody AppealDecision body) {
        actions.decideExtension(id, user, body.approve());
        return after(id, user);
    }

    @PostMapping("/api/v1/appeals/{id}/pause-decision")
    @PreAuthorize(STAFF)
    @ApiScope("appeal:dispatch")
    @Operation(operationId = "decideAppealPause", summary = "api.appeal.decideAppealPause")
    AppealViews.AppealView decidePause(@PathVariable long id, @AuthenticationPrincipal SignedInUser user,
                                       @Valid @RequestBody AppealDecision body) {
        actions.decidePause(id, user, body.approve());
        return after(id, user);
    }

    @PostMapping("/api/v1/appeals/{id}/reminders")
    @PreAuthorize(STAFF)
    @ApiScope("appeal:supervise")
    @Operation(operationId = "remindAppeal", summary = "api.appeal.remindAppeal")
    AppealViews.AppealView remind(@PathVariable long id, @AuthenticationPrincipal SignedInUser user,
                                  @Valid @RequestBody AppealNote body) {
        actions.remind(id, user, false, body);
        return after(id, user);
    }

    @PostMapping("/api/v1/appeals/{id}/supervision")
    @PreAuthorize(STAFF)
    @ApiScope("appeal:supervise")
    @Operation(operationId = "superviseAppeal", summary = "api.appeal.superviseAppeal")
    AppealViews.AppealView supervise(@PathVariable long id, @AuthenticationPrincipal SignedInUser user,
                                     @Valid @RequestBody AppealNote body) {
        actions.remind(id, user, true, body);
        return after(id, user);
    }

    @PostMapping("/api/v1/appeals/{id}/return-visit")
    @PreAuthorize(STAFF)
    @ApiScope("appeal:dispatch")
    @Operation(operationId = "recordAppealReturnVisit", summary = "api.appeal.recordAppealReturnVisit")
    AppealViews.AppealView returnVisit(@PathVariable long id, @AuthenticationPrincipal SignedInUser user,
                                       @Valid @RequestBody AppealReturnVisit body) {
        actions.returnVisit(id, user, body);
        return after(id, user);
    }

    @PostMapping("/api/v1/appeals/{id}/merge")
    @PreAuthorize(STAFF)
    @ApiScope("appeal:dispatch")
    @Operation(operationId = "mergeAppeal", summary = "api.appeal.mergeAppeal")
    AppealViews.AppealView merge(@PathVariable long id, @AuthenticationPrincipal SignedInUser user,
                                 @Valid @RequestBody AppealMerge body) {
        actions.merge(id, user, body);
        return after(id, user);
    }

    @PostMapping("/api/v1/appeals/{id}/published-case")
    @PreAuthorize(STAFF)
    @ApiScope("appeal:dispatch")
    @Operation(operationId = "publishAppealCase", summary = "api.appeal.publishAppealCase")
    AppealViews.AppealView publishCase(@PathVariable long id, @AuthenticationPrincipal SignedInUser user,
                                       @Valid @RequestBody AppealCaseSummary body) {
        actions.publishCase(id, user, body);
        return after(id, user);
    }

    @PostMapping("/api/v1/appeals/{id}/identity-grants")
    @PreAuthorize(STAFF)
    @ApiScope("appeal:dispatch")
    @Operation(operationId = "grantAppealIdentity", summary = "api.appeal.grantAppealIdentity")
    AppealViews.AppealView grantIdentity(@PathVariable long id, @AuthenticationPrincipal SignedInUser user,
                                         @Valid @RequestBody AppealIdentityGrant body) {
        actions.grantIdentity(id, user, body);
        return after(id, user);
    }

    // ---------------------------------------------------------------- departments

    @PostMapping("/api/v1/appeals/{id}/return-request")
    @PreAuthorize(STAFF)
    @ApiScope("appeal:reply")
    @Operation(operationId = "requestAppealReturn", summary = "api.appeal.requestAppealReturn")
    AppealViews.AppealView requestReturn(@PathVariable long id, @AuthenticationPrincipal SignedInUser user,
                                         @Valid @RequestBody AppealReason body) {
        actions.requestReturn(id, user, body);
        return after(id, user);
    }

    @PostMapping("/api/v1/appeals/{id}/steps")
    @PreAuthorize(STAFF)
    @ApiScope("appeal:reply")
    @Operation(operationId = "recordAppealStep", summary = "api.appeal.recordAppealStep")
    AppealViews.AppealView recordStep(@PathVariable long id, @AuthenticationPrincipal SignedInUser user,
                                      @Valid @RequestBody AppealNote body) {
        actions.recordStep(id, user, body);
        return after(id, user);
    }

    @PostMapping("/api/v1/appeals/{id}/opinions")
    @PreAuthorize(STAFF)
    @ApiScope("appeal:reply")
    @Operation(operationId = "addAppealOpinion", summary = "api.appeal.addAppealOpinion")
    AppealViews.AppealView addOpinion(@PathVariable long id, @AuthenticationPrincipal SignedInUser user,
                                      @Valid @RequestBody AppealOpinion body) {
        actions.addOpinion(id, user, body);
        return after(id, user);
    }

    @PostMapping("/api/v1/appeals/{id}/extension-request")
    @PreAuthorize(STAFF)
    @ApiScope("appeal:reply")
    @Operation(operationId = "requestAppealExtension", summary = "api.appeal.requestAppealExtension")
    AppealViews.AppealView requestExtension(@PathVariable long id, @AuthenticationPrincipal SignedInUser user,
                                            @Valid @RequestBody AppealExtension body) {
        actions.requestExtension(id, user, body);
        return after(id, user);
    }

    @PostMapping("/api/v1/appeals/{id}/pause-request")
    @PreAuthorize(STAFF)
    @ApiScope("appeal:reply")
    @Operation(operationId = "requestAppealPause", summary = "api.appeal.requestAppealPause")
    AppealViews.AppealView requestPause(@PathVariable long id, @AuthenticationPrincipal SignedInUser user,
                                        @Valid @RequestBody AppealReason body) {
        actions.requestPause(id, user, body);
        return after(id, user);
    }

    @PostMapping("/api/v1/appeals/{id}/resumption")
    @PreAuthorize(STAFF)
    @ApiScope("appeal:reply")
    @Operation(operationId = "resumeAppeal", summary = "api.appeal.resumeAppeal")
    AppealViews.AppealView resume(@PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
        actions.resume(id, user);
        return after(id, user);
    }

    @PostMapping("/api/v1/appeals/{id}/reply")
    @PreAuthorize(STAFF)
    @ApiScope("appeal:reply")
    @Operation(operationId = "replyToAppeal", summary = "api.appeal.replyToAppeal")
    AppealViews.AppealView reply(@PathVariable long id, @AuthenticationPrincipal SignedInUser user,
                                 @Valid @RequestBody AppealReply body) {
        actions.reply(id, user, body);
        return after(id, user);
    }

    // ---------------------------------------------------------------- requester and office

    @PostMapping("/api/v1/appeals/{id}/rating")
    @PreAuthorize(REQUESTER)
    @ApiScope("appeal:rate")
    @Operation(operationId = "rateAppeal", summary = "api.appeal.rateAppeal")
    AppealViews.AppealView rate(@PathVariable long id, @AuthenticationPrincipal SignedInUser user,
                                @Valid @RequestBody AppealRating body) {
        actions.rate(id, user, body);
        return after(id, user);
    }

    @PostMapping("/api/v1/appeals/{id}/reopening")
    @PreAuthorize(REQUESTER + " or " + STAFF)
    @ApiScope("appeal:rate")
    @Operation(operationId = "reopenAppeal", summary = "api.appeal.reopenAppeal")
    AppealViews.AppealView reopen(@PathVariable long id, @AuthenticationPrincipal SignedInUser user,
                                  @Valid @RequestBody AppealReason body) {
        actions.reopen(id, user, body);
        return after(id, user);
    }
}
