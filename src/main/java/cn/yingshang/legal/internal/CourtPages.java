package cn.yingshang.legal.internal;

import cn.yingshang.platform.Department;
import cn.yingshang.platform.DepartmentFunction;
import cn.yingshang.platform.Portal;
import cn.yingshang.platform.SignedInUser;
import java.util.Arrays;
import java.util.Set;
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

/** 政府工作台 of a court: the queue of cases filed online and the review actions, each on its limit. */
@Controller
@PreAuthorize("hasAuthority('legal:handle')")
class CourtPages {

    private final ReviewingFiling reviewing;
    private final CourtCases cases;
    private final CourtCaseAccess access;
    private final CourtCaseView views;
    private final PoliticalLegalBodies bodies;
    private final LegalMessages messages;

    CourtPages(ReviewingFiling reviewing, CourtCases cases, CourtCaseAccess access, CourtCaseView views,
               PoliticalLegalBodies bodies, LegalMessages messages) {
        this.reviewing = reviewing;
        this.cases = cases;
        this.access = access;
        this.views = views;
        this.bodies = bodies;
        this.messages = messages;
    }

    @ModelAttribute
    void portal(Model model) {
        model.addAttribute("portal", Portal.WORKBENCH);
    }

    @GetMapping("/workbench/legal/cases")
    String queue(@AuthenticationPrincipal SignedInUser user,
                 @org.springframework.web.bind.annotation.RequestParam(defaultValue = "") String q,
                 cn.yingshang.platform.ListPage page, Model model) {
        Department court = bodies.bodyOf(user, Set.of(DepartmentFunction.COURT));
        model.addAttribute("court", court);
        var found = cases.ofCourt(court.id().value(), q, page);
        model.addAttribute("casePage", found);
        model.addAttribute("q", q);
        model.addAttribute("cases", found.rows().stream().map(views::summary).toList());
        return "legal/court-queue";
    }

    @GetMapping("/workbench/legal/cases/{id}")
    String detail(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("v", views.detail(access.handleable(id, user)));
        model.addAttribute("workbench", true);
        return "legal/case";
    }

    @PostMapping("/workbench/legal/cases/{id}/supplement")
    String supplement(@PathVariable long id, @RequestParam(defaultValue = "") String materials,
                      @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        reviewing.requestSupplement(id, Arrays.asList(materials.split("[\\r\\n]+")), user);
        return done(id, "legal.supplement.done", redirect);
    }

    @PostMapping("/workbench/legal/cases/{id}/accept")
    String accept(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        reviewing.accept(id, user);
        return done(id, "legal.accept.done", redirect);
    }

    @PostMapping("/workbench/legal/cases/{id}/refuse")
    String refuse(@PathVariable long id, @RequestParam(defaultValue = "") String reason, @AuthenticationPrincipal SignedInUser user,
                  RedirectAttributes redirect) {
        reviewing.refuse(id, reason, user);
        return done(id, "legal.refuse.done", redirect);
    }

    @PostMapping("/workbench/legal/cases/{id}/mediate")
    String mediate(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        reviewing.startMediation(id, user);
        return done(id, "legal.mediate.done", redirect);
    }

    @PostMapping("/workbench/legal/cases/{id}/mediated")
    String mediated(@PathVariable long id, @RequestParam(defaultValue = "") String outcome, @AuthenticationPrincipal SignedInUser user,
                    RedirectAttributes redirect) {
        reviewing.mediated(id, outcome, user);
        return done(id, "legal.mediated.done", redirect);
    }

    @PostMapping("/workbench/legal/cases/{id}/close")
    String close(@PathVariable long id, @RequestParam(defaultValue = "") String outcome, @AuthenticationPrincipal SignedInUser user,
                 RedirectAttributes redirect) {
        reviewing.close(id, outcome, user);
        return done(id, "legal.close.done", redirect);
    }

    private String done(long id, String key, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flash", messages.text(key));
        return "redirect:/workbench/legal/cases/" + id;
    }
}
