package cn.yingshang.appeal.internal;

import static cn.yingshang.appeal.internal.AppealText.text;

import cn.yingshang.appeal.internal.AppealActionForms.*;
import cn.yingshang.platform.Department;
import cn.yingshang.platform.DepartmentFunction;
import cn.yingshang.platform.Departments;
import cn.yingshang.platform.FormErrors;
import cn.yingshang.platform.Portal;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.shared.DomainViolation;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The detail page of an appeal on the workbench and the enterprise portal, and its actions: one
 * handler per action, chosen by the {@code action} field its form posts to {@code …/act}, each with
 * its record form (the API's, {@link AppealActionForms}) and the same {@link AppealActions} call as
 * the API. Bean Validation's errors are all shown at once, and so are the use case's refusals.
 */
@Controller
class AppealDetailPages {

    /** The detail page's actions; {portal} is workbench or enterprise, and decides who may post (see MAY_ACT). */
    static final String ACT = "/{portal:workbench|enterprise}/appeals/{id}/act";
    static final String MAY_ACT = "#portal == 'enterprise' ? hasAuthority('appeal:submit')"
            + " : (hasAuthority('appeal:handle') or hasAuthority('appeal:office'))";

    private final AppealAccess access;
    private final AppealReading reading;
    private final AppealSteps steps;
    private final AppealActions actions;
    private final Categories categories;
    private final Departments departments;
    private final TimeLimits limits;
    private final MessageSource messages;

    AppealDetailPages(AppealAccess access, AppealReading reading, AppealSteps steps, AppealActions actions, Categories categories,
                      Departments departments, TimeLimits limits, MessageSource messages) {
        this.access = access;
        this.reading = reading;
        this.steps = steps;
        this.actions = actions;
        this.categories = categories;
        this.departments = departments;
        this.limits = limits;
        this.messages = messages;
    }

    @GetMapping("/enterprise/appeals/{id}")
    @PreAuthorize("hasAuthority('appeal:submit')")
    String enterpriseDetail(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        return detail(id, user, model, Portal.ENTERPRISE);
    }

    @GetMapping("/workbench/appeals/{id}")
    @PreAuthorize("hasAuthority('appeal:handle') or hasAuthority('appeal:office')")
    String workbenchDetail(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        return detail(id, user, model, Portal.WORKBENCH);
    }

    @GetMapping({"/enterprise/appeals/{id}/attachments/{aid}", "/workbench/appeals/{id}/attachments/{aid}"})
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long aid, @AuthenticationPrincipal SignedInUser user) {
        access.requireVisible(id, user);
        Map<String, Object> a = reading.attachment(id, aid);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, cn.yingshang.platform.Downloads.attachment((String) a.get("filename")))
                .contentType(MediaType.APPLICATION_OCTET_STREAM).body((byte[]) a.get("data"));
    }

    private String detail(long id, SignedInUser user, Model model, Portal portal) {
        AppealRow a = access.requireVisible(id, user);
        Set<Actor> actors = access.actorsOf(user, a);
        model.addAttribute("portal", portal);
        model.addAttribute("base", portal == Portal.ENTERPRISE ? "/enterprise/appeals/" + id : "/workbench/appeals/" + id);
        model.addAttribute("a", a);
        model.addAttribute("typeLabel", a.type().label());
        model.addAttribute("submittedAt", AppealReading.TIME.format(a.submittedAt()));
        model.addAttribute("confidential", a.confidential());
        model.addAttribute("ratingLabel", RatingRules.ratingLabel(a.resolution(), a.satisfaction()));
        model.addAttribute("statusLabel", a.status().label());
        model.addAttribute("channelLabel", a.channel().label());
        model.addAttribute("categoryName", categories.nameOf(a.category()));
        model.addAttribute("regionName", a.region().name());
        model.addAttribute("lead", reading.departmentName(a.leadDepartmentId()));
        model.addAttribute("identity", access.identityFor(user, a));
        model.addAttribute("timeline", portal == Portal.ENTERPRISE ? reading.requesterTimeline(id) : reading.timeline(id));
        model.addAttribute("opinions", reading.opinions(id));
        model.addAttribute("attachments", reading.attachments(id));
        model.addAttribute("actions", AppealWorkflow.available(a.status(), actors).stream().map(Enum::name).collect(Collectors.toSet()));
        model.addAttribute("isOffice", actors.contains(Actor.OFFICE));
        if (a.deadline() != null && a.status().open()) {
            LocalDate today = steps.today();
            model.addAttribute("remaining", a.deadline().remaining(steps.calendar(a), today));
            // Issue 21 item 7: a due date in a year whose holiday notice is not loaded may still move.
            model.addAttribute("deadlineProvisional", steps.calendar(a).provisionalBetween(today, a.dueOn()));
            model.addAttribute("alert", a.status() == AppealStatus.PAUSED ? "PAUSED" : a.deadline().alertOn(today).name());
        }
        if (actors.contains(Actor.OFFICE)) {
            model.addAttribute("suggested", reading.suggestedDepartment(a).orElse(null));
            model.addAttribute("allDepartments", departments.all().stream()
                    .filter(d -> d.function() != DepartmentFunction.BIZ_ENV_OFFICE)
                    .sorted(Comparator.comparing((Department d) -> d.region().code()).thenComparing(Department::name))
                    .map(d -> new AppealPages.Option(String.valueOf(d.id().value()), d.name())).toList());
            model.addAttribute("similar", reading.similar(a));
            model.addAttribute("requestedDays", reading.requestedExtensionDays(id));
            model.addAttribute("maxExtension", limits.forAppeal(a.type(), a.category()).maxExtensionDays());
        }
        ratingChoices(model);
        return "appeal/detail";
    }

    /** The choices of the rating and return-visit forms. */
    static void ratingChoices(Model model) {
        model.addAttribute("resolutions", ratingOptions(RatingRules.RESOLUTIONS));
        model.addAttribute("satisfactions", ratingOptions(RatingRules.SATISFACTIONS));
    }

    /** Resolution or satisfaction codes with their Chinese names, for the rating and return-visit forms. */
    private static List<AppealPages.Option> ratingOptions(List<String> codes) {
        return codes.stream().map(c -> new AppealPages.Option(c, text("appeal.rating." + c))).toList();
    }

    // ------------------------------------------------------------ actions: one handler each

    @PostMapping(path = ACT, params = "action=ACCEPT")
    @PreAuthorize(MAY_ACT)
    String accept(@PathVariable String portal, @PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model,
                  RedirectAttributes redirect) {
        return act(portal, id, user, "ACCEPT", null, model, redirect, () -> actions.accept(id, user));
    }

    @PostMapping(path = ACT, params = "action=DECLINE")
    @PreAuthorize(MAY_ACT)
    String decline(@PathVariable String portal, @PathVariable long id, @AuthenticationPrincipal SignedInUser user,
                   @Valid AppealDecline form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return act(portal, id, user, "DECLINE", binding, model, redirect, () -> actions.decline(id, user, form));
    }

    @PostMapping(path = ACT, params = "action=DISPATCH")
    @PreAuthorize(MAY_ACT)
    String dispatch(@PathVariable String portal, @PathVariable long id, @AuthenticationPrincipal SignedInUser user,
                    @Valid AppealDispatch form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return act(portal, id, user, "DISPATCH", binding, model, redirect, () -> actions.dispatch(id, user, form));
    }

    @PostMapping(path = ACT, params = "action=MERGE")
    @PreAuthorize(MAY_ACT)
    String merge(@PathVariable String portal, @PathVariable long id, @AuthenticationPrincipal SignedInUser user,
                 @Valid AppealMerge form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return act(portal, id, user, "MERGE", binding, model, redirect, () -> actions.merge(id, user, form));
    }

    @PostMapping(path = ACT, params = "action=APPROVE_RETURN")
    @PreAuthorize(MAY_ACT)
    String approveReturn(@PathVariable String portal, @PathVariable long id, @AuthenticationPrincipal SignedInUser user,
                         @Valid AppealNote form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return act(portal, id, user, "APPROVE_RETURN", binding, model, redirect,
                () -> actions.decideReturn(id, user, true, form.note()));
    }

    @PostMapping(path = ACT, params = "action=REFUSE_RETURN")
    @PreAuthorize(MAY_ACT)
    String refuseReturn(@PathVariable String portal, @PathVariable long id, @AuthenticationPrincipal SignedInUser user,
                        @Valid AppealNote form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return act(portal, id, user, "REFUSE_RETURN", binding, model, redirect,
                () -> actions.decideReturn(id, user, false, form.note()));
    }

    @PostMapping(path = ACT, params = "action=APPROVE_EXTENSION")
    @PreAuthorize(MAY_ACT)
    String approveExtension(@PathVariable String portal, @PathVariable long id, @AuthenticationPrincipal SignedInUser user,
                            Model model, RedirectAttributes redirect) {
        return act(portal, id, user, "APPROVE_EXTENSION", null, model, redirect, () -> actions.decideExtension(id, user, true));
    }

    @PostMapping(path = ACT, params = "action=REFUSE_EXTENSION")
    @PreAuthorize(MAY_ACT)
    String refuseExtension(@PathVariable String portal, @PathVariable long id, @AuthenticationPrincipal SignedInUser user,
                           Model model, RedirectAttributes redirect) {
        return act(portal, id, user, "REFUSE_EXTENSION", null, model, redirect, () -> actions.decideExtension(id, user, false));
    }

    @PostMapping(path = ACT, params = "action=APPROVE_PAUSE")
    @PreAuthorize(MAY_ACT)
    String approvePause(@PathVariable String portal, @PathVariable long id, @AuthenticationPrincipal SignedInUser user,
                        Model model, RedirectAttributes redirect) {
        return act(portal, id, user, "APPROVE_PAUSE", null, model, redirect, () -> actions.decidePause(id, user, true));
    }

    @PostMapping(path = ACT, params = "action=REFUSE_PAUSE")
    @PreAuthorize(MAY_ACT)
    String refusePause(@PathVariable String portal, @PathVariable long id, @AuthenticationPrincipal SignedInUser user,
                       Model model, RedirectAttributes redirect) {
        return act(portal, id, user, "REFUSE_PAUSE", null, model, redirect, () -> actions.decidePause(id, user, false));
    }

    @PostMapping(path = ACT, params = "action=REMIND")
    @PreAuthorize(MAY_ACT)
    String remind(@PathVariable String portal, @PathVariable long id, @AuthenticationPrincipal SignedInUser user,
                  @Valid AppealNote form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return act(portal, id, user, "REMIND", binding, model, redirect, () -> actions.remind(id, user, false, form));
    }

    @PostMapping(path = ACT, params = "action=SUPERVISE")
    @PreAuthorize(MAY_ACT)
    String supervise(@PathVariable String portal, @PathVariable long id, @AuthenticationPrincipal SignedInUser user,
                     @Valid AppealNote form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return act(portal, id, user, "SUPERVISE", binding, model, redirect, () -> actions.remind(id, user, true, form));
    }

    @PostMapping(path = ACT, params = "action=RETURN_VISIT")
    @PreAuthorize(MAY_ACT)
    String returnVisit(@PathVariable String portal, @PathVariable long id, @AuthenticationPrincipal SignedInUser user,
                       @Valid AppealReturnVisit form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return act(portal, id, user, "RETURN_VISIT", binding, model, redirect, () -> actions.returnVisit(id, user, form));
    }

    @PostMapping(path = ACT, params = "action=PUBLISH_CASE")
    @PreAuthorize(MAY_ACT)
    String publishCase(@PathVariable String portal, @PathVariable long id, @AuthenticationPrincipal SignedInUser user,
                       @Valid AppealCaseSummary form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return act(portal, id, user, "PUBLISH_CASE", binding, model, redirect, () -> actions.publishCase(id, user, form));
    }

    @PostMapping(path = ACT, params = "action=GRANT_IDENTITY")
    @PreAuthorize(MAY_ACT)
    String grantIdentity(@PathVariable String portal, @PathVariable long id, @AuthenticationPrincipal SignedInUser user,
                         @Valid AppealIdentityGrant form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return act(portal, id, user, "GRANT_IDENTITY", binding, model, redirect, () -> actions.grantIdentity(id, user, form));
    }

    @PostMapping(path = ACT, params = "action=REQUEST_RETURN")
    @PreAuthorize(MAY_ACT)
    String requestReturn(@PathVariable String portal, @PathVariable long id, @AuthenticationPrincipal SignedInUser user,
                         @Valid AppealReason form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return act(portal, id, user, "REQUEST_RETURN", binding, model, redirect, () -> actions.requestReturn(id, user, form));
    }

    @PostMapping(path = ACT, params = "action=RECORD_STEP")
    @PreAuthorize(MAY_ACT)
    String recordStep(@PathVariable String portal, @PathVariable long id, @AuthenticationPrincipal SignedInUser user,
                      @Valid AppealNote form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return act(portal, id, user, "RECORD_STEP", binding, model, redirect, () -> actions.recordStep(id, user, form));
    }

    @PostMapping(path = ACT, params = "action=ADD_OPINION")
    @PreAuthorize(MAY_ACT)
    String addOpinion(@PathVariable String portal, @PathVariable long id, @AuthenticationPrincipal SignedInUser user,
                      @Valid AppealOpinion form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return act(portal, id, user, "ADD_OPINION", binding, model, redirect, () -> actions.addOpinion(id, user, form));
    }

    @PostMapping(path = ACT, params = "action=REQUEST_EXTENSION")
    @PreAuthorize(MAY_ACT)
    String requestExtension(@PathVariable String portal, @PathVariable long id, @AuthenticationPrincipal SignedInUser user,
                            @Valid AppealExtension form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return act(portal, id, user, "REQUEST_EXTENSION", binding, model, redirect, () -> actions.requestExtension(id, user, form));
    }

    @PostMapping(path = ACT, params = "action=REQUEST_PAUSE")
    @PreAuthorize(MAY_ACT)
    String requestPause(@PathVariable String portal, @PathVariable long id, @AuthenticationPrincipal SignedInUser user,
                        @Valid AppealReason form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return act(portal, id, user, "REQUEST_PAUSE", binding, model, redirect, () -> actions.requestPause(id, user, form));
    }

    @PostMapping(path = ACT, params = "action=RESUME")
    @PreAuthorize(MAY_ACT)
    String resume(@PathVariable String portal, @PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model,
                  RedirectAttributes redirect) {
        return act(portal, id, user, "RESUME", null, model, redirect, () -> actions.resume(id, user));
    }

    @PostMapping(path = ACT, params = "action=REPLY")
    @PreAuthorize(MAY_ACT)
    String reply(@PathVariable String portal, @PathVariable long id, @AuthenticationPrincipal SignedInUser user,
                 @Valid AppealReply form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return act(portal, id, user, "REPLY", binding, model, redirect, () -> actions.reply(id, user, form));
    }

    @PostMapping(path = ACT, params = "action=RATE")
    @PreAuthorize(MAY_ACT)
    String rate(@PathVariable String portal, @PathVariable long id, @AuthenticationPrincipal SignedInUser user,
                @Valid AppealRating form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return act(portal, id, user, "RATE", binding, model, redirect, () -> actions.rate(id, user, form));
    }

    @PostMapping(path = ACT, params = "action=REOPEN")
    @PreAuthorize(MAY_ACT)
    String reopen(@PathVariable String portal, @PathVariable long id, @AuthenticationPrincipal SignedInUser user,
                  @Valid AppealReason form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return act(portal, id, user, "REOPEN", binding, model, redirect, () -> actions.reopen(id, user, form));
    }

    /** A form without an action the page knows (an old page, a hand-made post): said so on the detail page. */
    @PostMapping(ACT)
    @PreAuthorize(MAY_ACT)
    String unknownAction(@PathVariable String portal, @PathVariable long id, @AuthenticationPrincipal SignedInUser user,
                         @org.springframework.web.bind.annotation.RequestParam(defaultValue = "") String action, Model model,
                         RedirectAttributes redirect) {
        return act(portal, id, user, action, null, model, redirect, () -> {
            throw DomainViolation.of(null, "appeal.violation.action.unknown");
        });
    }

    /**
     * Who may open the appeal is checked before anything else (a stranger learns nothing from a form
     * error); then every field error of the form, or every refusal of the use case, is shown at once.
     */
    private String act(String portalPath, long id, SignedInUser user, String action, BindingResult binding, Model model,
                       RedirectAttributes redirect, Runnable step) {
        Portal portal = "enterprise".equals(portalPath) ? Portal.ENTERPRISE : Portal.WORKBENCH;
        access.requireVisible(id, user);
        if (binding != null && binding.hasErrors()) {
            FormErrors.show(model, FormErrors.of(binding));
            model.addAttribute("failedAction", action);
            return detail(id, user, model, portal);
        }
        try {
            step.run();
            redirect.addFlashAttribute("flash", "GRANT_IDENTITY".equals(action) ? shown("appeal.flash.granted")
                    : shown("appeal.flash.done", AppealReading.actionLabel(action)));
            return "redirect:" + (portal == Portal.ENTERPRISE ? "/enterprise/appeals/" : "/workbench/appeals/") + id;
        } catch (DomainViolation e) {
            FormErrors.show(model, AppealRefusals.errorsOf(e));
            model.addAttribute("failedAction", action);
            return detail(id, user, model, portal);
        }
    }

    /** A flash message in the reader's language (the bundle through the MessageSource). */
    private String shown(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
