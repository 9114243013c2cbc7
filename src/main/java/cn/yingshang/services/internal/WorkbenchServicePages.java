package cn.yingshang.services.internal;

import cn.yingshang.platform.FormErrors;
import cn.yingshang.platform.Portal;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.shared.DomainViolation;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 政府工作台: the department's queue on the working-day clock, window entry, and every step of a case
 * (受理 / 不予受理, one-time notice, 容缺受理, decision, 办结, 送达, post-check, window rating, 差评 loop).
 * The office reads every department's cases and reviews 差评; it handles none.
 */
@Controller
class WorkbenchServicePages {

    private final ServiceCases cases;
    private final ServiceGuides guides;
    private final CaseAccess access;
    private final CasePage page;
    private final AcceptingCase accepting;
    private final DecliningCase declining;
    private final RequestingSupplement supplement;
    private final AcceptingWithDeficiency deficiency;
    private final DecidingCase deciding;
    private final FinishingCase finishing;
    private final PostCheckingPromise postChecking;
    private final RatingService ratings;
    private final EnteringAtWindow window;
    private final ServiceMessages messages;
    private final CaseQueue queue;

    WorkbenchServicePages(ServiceCases cases, ServiceGuides guides, CaseAccess access, CasePage page, AcceptingCase accepting,
                          DecliningCase declining, RequestingSupplement supplement, AcceptingWithDeficiency deficiency,
                          DecidingCase deciding, FinishingCase finishing, PostCheckingPromise postChecking, RatingService ratings,
                          EnteringAtWindow window, ServiceMessages messages, CaseQueue queue) {
        this.cases = cases;
        this.guides = guides;
        this.access = access;
        this.page = page;
        this.accepting = accepting;
        this.declining = declining;
        this.supplement = supplement;
        this.deficiency = deficiency;
        this.deciding = deciding;
        this.finishing = finishing;
        this.postChecking = postChecking;
        this.ratings = ratings;
        this.window = window;
        this.messages = messages;
        this.queue = queue;
    }

    @ModelAttribute
    void portal(Model model) {
        model.addAttribute("portal", Portal.WORKBENCH);
    }

    @GetMapping("/workbench/services")
    @PreAuthorize("hasAnyAuthority('services:handle', 'services:configure')")
    String queue(@AuthenticationPrincipal SignedInUser user,
                 @org.springframework.web.bind.annotation.RequestParam(defaultValue = "") String q,
                 @RequestParam(required = false) String after, cn.yingshang.platform.ListPage slice, Model model) {
        var open = queue.page(access.isOffice(user) ? null : access.queueDepartments(user), q, slice, CaseQueueCursor.parse(after));
        model.addAttribute("rows", page.rows(open.rows()));
        model.addAttribute("casePage", open);
        model.addAttribute("q", q);
        model.addAttribute("today", page.today());
        return "services/queue";
    }

    @GetMapping("/workbench/services/cases/{id}")
    @PreAuthorize("hasAnyAuthority('services:handle', 'services:configure')")
    String show(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        ServiceCase c = access.readable(id, user);
        page.fill(c, user, model);
        model.addAttribute("workbench", true);
        model.addAttribute("handles", !access.isOffice(user));
        model.addAttribute("office", access.isOffice(user));
        return "services/case";
    }

    @GetMapping("/workbench/services/window")
    @PreAuthorize("hasAuthority('services:handle')")
    String windowForm(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("guides", guides.ofDepartment(access.departmentCodeOf(user)));
        model.addAttribute("token", UUID.randomUUID().toString());
        return "services/window";
    }

    @PostMapping("/workbench/services/window")
    @PreAuthorize("hasAuthority('services:handle')")
    String enter(@RequestParam long guideId, @RequestParam(defaultValue = "") String creditCode,
                 @RequestParam(defaultValue = "") String applicantName, @RequestParam String token,
                 @RequestParam(required = false) List<String> provided, @AuthenticationPrincipal SignedInUser user,
                 Model model, RedirectAttributes redirect) {
        try {
            long id = window.enter(guideId, creditCode, applicantName, provided, token, user);
            redirect.addFlashAttribute("flash", messages.text("services.flash.entered", id));
            return "redirect:/workbench/services/cases/" + id;
        } catch (DomainViolation e) {
            FormErrors.show(model, FormErrors.of(e));
            return windowForm(user, model);
        }
    }

    @PostMapping("/workbench/services/cases/{id}/accept")
    @PreAuthorize("hasAuthority('services:handle')")
    String accept(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        return act(id, redirect, "services.flash.accepted", () -> accepting.accept(id, user));
    }

    @PostMapping("/workbench/services/cases/{id}/decline")
    @PreAuthorize("hasAuthority('services:handle')")
    String decline(@PathVariable long id, @RequestParam(defaultValue = "") String reason, @AuthenticationPrincipal SignedInUser user,
                   RedirectAttributes redirect) {
        return act(id, redirect, "services.flash.declined", () -> declining.decline(id, reason, user));
    }

    @PostMapping("/workbench/services/cases/{id}/notice")
    @PreAuthorize("hasAuthority('services:handle')")
    String notice(@PathVariable long id, @RequestParam(required = false) List<String> materials,
                  @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        return act(id, redirect, "services.flash.noticeIssued", () -> supplement.request(id, materials, user));
    }

    @PostMapping("/workbench/services/cases/{id}/deficiency")
    @PreAuthorize("hasAuthority('services:handle')")
    String acceptWithDeficiency(@PathVariable long id, @RequestParam(required = false) List<String> missing,
                                @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        return act(id, redirect, "services.flash.acceptedWithDeficiency", () -> deficiency.accept(id, missing, user));
    }

    @PostMapping("/workbench/services/cases/{id}/grant")
    @PreAuthorize("hasAuthority('services:handle')")
    String grant(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        return act(id, redirect, "services.flash.granted", () -> deciding.grant(id, user));
    }

    @PostMapping("/workbench/services/cases/{id}/refuse")
    @PreAuthorize("hasAuthority('services:handle')")
    String refuse(@PathVariable long id, @RequestParam(defaultValue = "") String reason, @AuthenticationPrincipal SignedInUser user,
                  RedirectAttributes redirect) {
        return act(id, redirect, "services.flash.refused", () -> deciding.refuse(id, reason, user));
    }

    @PostMapping("/workbench/services/cases/{id}/finish")
    @PreAuthorize("hasAuthority('services:handle')")
    String finish(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        return act(id, redirect, "services.flash.finished", () -> finishing.finish(id, user));
    }

    @PostMapping("/workbench/services/cases/{id}/deliver")
    @PreAuthorize("hasAuthority('services:handle')")
    String deliver(@PathVariable long id, @RequestParam(defaultValue = "") String delivery, @AuthenticationPrincipal SignedInUser user,
                   RedirectAttributes redirect) {
        return act(id, redirect, "services.flash.delivered", () -> finishing.deliver(id, delivery, user));
    }

    @PostMapping("/workbench/services/cases/{id}/post-check")
    @PreAuthorize("hasAuthority('services:handle')")
    String postCheck(@PathVariable long id, @RequestParam(defaultValue = "true") boolean truthful,
                     @RequestParam(defaultValue = "") String finding, @AuthenticationPrincipal SignedInUser user,
                     RedirectAttributes redirect) {
        return act(id, redirect, truthful ? "services.flash.promiseTrue" : "services.flash.promiseFalse",
                () -> postChecking.record(id, truthful, finding, user));
    }

    @PostMapping("/workbench/services/cases/{id}/window-rating")
    @PreAuthorize("hasAuthority('services:handle')")
    String windowRating(@PathVariable long id, @RequestParam(defaultValue = "0") int level,
                        @RequestParam(defaultValue = "") String comment, @AuthenticationPrincipal SignedInUser user,
                        RedirectAttributes redirect) {
        return act(id, redirect, "services.flash.rated", () -> ratings.rateAtWindow(id, level, comment, user));
    }

    @PostMapping("/workbench/services/cases/{id}/bad-rating/{action}")
    @PreAuthorize("hasAnyAuthority('services:handle', 'services:configure')")
    String badRatingStep(@PathVariable long id, @PathVariable String action, @RequestParam(defaultValue = "") String text,
                         @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        if ("follow-up".equals(action)) {
            throw access.notFound();  // the rater's own step, on the enterprise page
        }
        return act(id, redirect, "services.flash.badRatingStep", () -> ratings.step(id, action, text, null, user));
    }

    @PostMapping("/workbench/services/cases/{id}/return-visit")
    @PreAuthorize("hasAuthority('services:handle')")
    String returnVisit(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        return act(id, redirect, "services.flash.returnVisit", () -> ratings.returnVisit(id, user));
    }

    @GetMapping("/workbench/services/bad-ratings")
    @PreAuthorize("hasAnyAuthority('services:handle', 'services:configure')")
    String badRatings(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "") String q, cn.yingshang.platform.ListPage page,
                      Model model) {
        boolean office = access.isOffice(user);
        model.addAttribute("rows", ratings.openBadRatings(office ? List.of() : access.queueDepartments(user), office, q, page));
        model.addAttribute("q", q);
        return "services/bad-ratings";
    }

    private String act(long id, RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", messages.text(done));
        } catch (DomainViolation e) {
            redirect.addFlashAttribute("errors", FormErrors.of(e));
        }
        return "redirect:/workbench/services/cases/" + id;
    }
}
