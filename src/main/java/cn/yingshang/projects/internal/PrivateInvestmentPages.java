package cn.yingshang.projects.internal;

import cn.yingshang.platform.Portal;
import cn.yingshang.platform.SignedInUser;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 003 §13 and 000 §16: the public page of major projects open to private investment with their
 * answered questions and the results of attraction (招商引资成果公开); the enterprise's question; the
 * publishing department's list and answers; a project's service guarantees.
 */
@Controller
class PrivateInvestmentPages {

    private final OpenProjects open;
    private final PrivateInvestment investment;
    private final ProjectMessages messages;

    PrivateInvestmentPages(OpenProjects open, PrivateInvestment investment, ProjectMessages messages) {
        this.open = open;
        this.investment = investment;
        this.messages = messages;
    }

    @GetMapping("/public/investment-projects")
    String publicList(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "") String q,
                      cn.yingshang.platform.ListPage page, Model model) {
        model.addAttribute("portal", Portal.PUBLIC);
        var found = open.page(q, page);
        Map<OpenProjects.OpenProject, java.util.List<OpenProjects.Question>> listed = new LinkedHashMap<>();
        found.rows().forEach(p -> listed.put(p, open.questions(p.id()).stream().filter(OpenProjects.Question::answered).toList()));
        model.addAttribute("listed", listed);
        model.addAttribute("openPage", found);
        model.addAttribute("q", q);
        model.addAttribute("results", open.results("", new cn.yingshang.platform.ListPage(1, LATEST_RESULTS, null, false)).rows());
        model.addAttribute("mayAsk", user != null && user.can("projects:ask"));
        return "projects/public-investment";
    }

    /** The landing page shows the latest signings; every result of attraction is a page at a time here. */
    @GetMapping("/public/investment-projects/results")
    String results(@RequestParam(defaultValue = "") String q, cn.yingshang.platform.ListPage page, Model model) {
        model.addAttribute("portal", Portal.PUBLIC);
        var found = open.results(q, page);
        model.addAttribute("resultPage", found);
        model.addAttribute("results", found.rows());
        model.addAttribute("q", q);
        return "projects/public-results";
    }

    private static final int LATEST_RESULTS = 10;

    @PostMapping("/enterprise/investment-projects/{id}/questions")
    @PreAuthorize("hasAuthority('projects:ask')")
    String ask(@PathVariable long id, @RequestParam(defaultValue = "") String question, @AuthenticationPrincipal SignedInUser user,
               RedirectAttributes redirect) {
        return PageActions.act("/public/investment-projects#open-" + id, redirect, () -> {
            investment.ask(id, question, user);
            return messages.text("projects.open.askedDone");
        });
    }

    @GetMapping("/workbench/projects/open")
    @PreAuthorize("hasAuthority('projects:read')")
    String workbench(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "") String q,
                     cn.yingshang.platform.ListPage page, Model model) {
        model.addAttribute("portal", Portal.WORKBENCH);
        var found = open.page(q, page);
        model.addAttribute("openPage", found);
        model.addAttribute("q", q);
        Map<OpenProjects.OpenProject, java.util.List<OpenProjects.Question>> listed = new LinkedHashMap<>();
        found.rows().forEach(p -> listed.put(p, open.questions(p.id())));
        model.addAttribute("listed", listed);
        // which projects' questions this user may answer, decided here: a template cannot call the use case through its proxy
        model.addAttribute("answerable", found.rows().stream().filter(p -> investment.mayAnswer(user, p))
                .map(OpenProjects.OpenProject::id).collect(java.util.stream.Collectors.toSet()));
        model.addAttribute("mayPublish", user.can("projects:manage") && user.departmentId() != null);
        return "projects/open";
    }

    @PostMapping("/workbench/projects/open")
    @PreAuthorize("hasAuthority('projects:manage')")
    String publish(@RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String field,
                   @RequestParam(defaultValue = "") String description, @RequestParam(required = false) BigDecimal investment,
                   @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        return PageActions.act("/workbench/projects/open", redirect, () -> {
            this.investment.publish(title, field, description, investment, user);
            return messages.text("projects.open.published");
        });
    }

    @PostMapping("/workbench/projects/open/questions/{questionId}/answer")
    @PreAuthorize("hasAuthority('projects:manage')")
    String answer(@PathVariable long questionId, @RequestParam(defaultValue = "") String answer,
                  @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        return PageActions.act("/workbench/projects/open", redirect, () -> {
            investment.answer(questionId, answer, user);
            return messages.text("projects.open.answeredDone");
        });
    }

    @PostMapping("/workbench/projects/{id}/guarantees")
    @PreAuthorize("hasAuthority('projects:manage')")
    String track(@PathVariable long id, @RequestParam(required = false) GuaranteeKind guaranteeKind,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate guaranteeDueOn,
                 @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        return PageActions.act("/workbench/projects/" + id + "#guarantees", redirect, () -> {
            investment.trackGuarantee(id, guaranteeKind, guaranteeDueOn, user);
            return messages.text("projects.guarantee.tracked");
        });
    }

    @PostMapping("/workbench/projects/{id}/guarantees/{kind}/secured")
    @PreAuthorize("hasAuthority('projects:manage')")
    String secured(@PathVariable long id, @PathVariable GuaranteeKind kind, @AuthenticationPrincipal SignedInUser user,
                   RedirectAttributes redirect) {
        return PageActions.act("/workbench/projects/" + id + "#guarantees", redirect, () -> {
            investment.guaranteeSecured(id, kind, user);
            return messages.text("projects.guarantee.securedDone");
        });
    }

}
