package cn.yingshang.projects.internal;

import cn.yingshang.platform.FormErrors;
import cn.yingshang.platform.Portal;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.shared.DomainViolation;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 项目管家 pages of the workbench: the ledger, a project with its promises and approvals on the clock. */
@Controller
class ProjectPages {

    private final Projects projects;
    private final ProjectAccess access;
    private final ProjectLedger ledger;
    private final InvestmentPromises promises;
    private final ApprovalSteps approvals;
    private final ProjectMessages messages;
    private final RegionalAssessments assessments;
    private final Parks parks;
    private final UnitWorks unitWorks;
    private final OpenProjects openProjects;

    ProjectPages(Projects projects, ProjectAccess access, ProjectLedger ledger, InvestmentPromises promises,
                 ApprovalSteps approvals, ProjectMessages messages, RegionalAssessments assessments, Parks parks,
                 UnitWorks unitWorks, OpenProjects openProjects) {
        this.openProjects = openProjects;
        this.unitWorks = unitWorks;
        this.assessments = assessments;
        this.parks = parks;
        this.projects = projects;
        this.access = access;
        this.ledger = ledger;
        this.promises = promises;
        this.approvals = approvals;
        this.messages = messages;
    }

    @ModelAttribute
    void portal(Model model) {
        model.addAttribute("portal", Portal.WORKBENCH);
    }

    @GetMapping("/workbench/projects")
    @PreAuthorize("hasAuthority('projects:read')")
    String list(@AuthenticationPrincipal SignedInUser user,
                @org.springframework.web.bind.annotation.RequestParam(defaultValue = "") String q,
                @org.springframework.web.bind.annotation.RequestParam(defaultValue = "") String stage,
                cn.yingshang.platform.ListPage page, Model model) {
        String knownStage = java.util.Arrays.stream(ProjectStage.values()).map(Enum::name).anyMatch(stage::equals) ? stage : "";
        LocalDate today = ledger.today();
        var found = projects.page(access.scope(user), user.accountId(), knownStage, q, page)
                .map(p -> new Row(p, HoldUp.of(projects.approvals(p.id()), today).orElse(null)));
        model.addAttribute("rows", found.rows());
        model.addAttribute("projectPage", found);
        model.addAttribute("q", q);
        model.addAttribute("stage", knownStage);
        model.addAttribute("stages", ProjectStage.values());
        model.addAttribute("mayRegister", user.can("projects:manage") && user.departmentId() != null);
        return "projects/list";
    }

    record Row(Project project, HoldUp holdUp) {
    }

    @GetMapping("/workbench/projects/new")
    @PreAuthorize("hasAuthority('projects:manage')")
    String newForm(Model model) {
        model.addAttribute("form", ProjectForm.empty());
        return "projects/form";
    }

    @PostMapping("/workbench/projects")
    @PreAuthorize("hasAuthority('projects:manage')")
    String register(@ModelAttribute("form") ProjectForm form, BindingResult binding, @AuthenticationPrincipal SignedInUser user,
                    Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            FormErrors.show(model, FormErrors.of(binding));
            return "projects/form";
        }
        try {
            long id = ledger.register(form, user);
            redirect.addFlashAttribute("flash", messages.text("projects.register.done"));
            return "redirect:/workbench/projects/" + id;
        } catch (DomainViolation e) {
            FormErrors.show(model, FormErrors.of(e));
            return "projects/form";
        }
    }

    @GetMapping("/workbench/projects/{id}")
    @PreAuthorize("hasAuthority('projects:read')")
    String detail(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        Project project = access.readable(id, user);
        LocalDate today = ledger.today();
        var steps = projects.approvals(id);
        model.addAttribute("p", project);
        model.addAttribute("today", today);
        model.addAttribute("milestones", projects.milestones(id));
        model.addAttribute("promises", projects.promises(id));
        model.addAttribute("approvals", steps);
        model.addAttribute("holdUp", HoldUp.of(steps, today).orElse(null));
        model.addAttribute("mayManage", access.mayManage(user, project));
        model.addAttribute("stages", ProjectStage.values());
        model.addAttribute("cleanLandItems", CleanLandItem.values());
        model.addAttribute("cleanLand", projects.cleanLand(id));
        model.addAttribute("coverage", assessments.coverage(id).orElse(null));
        model.addAttribute("parks", parks.all());
        model.addAttribute("unitWorks", unitWorks.ofProject(id));
        model.addAttribute("guarantees", openProjects.guarantees(id));
        model.addAttribute("guaranteeKinds", GuaranteeKind.values());
        model.addAttribute("unitWorksOpen", project.stage() == ProjectStage.CONSTRUCTION || project.stage() == ProjectStage.ACCEPTANCE);
        if (model.getAttribute("promiseForm") == null) {
            model.addAttribute("promiseForm", PromiseForm.empty());
        }
        if (model.getAttribute("approvalForm") == null) {
            model.addAttribute("approvalForm", ApprovalForm.empty());
        }
        return "projects/detail";
    }

    @PostMapping("/workbench/projects/{id}/advance")
    @PreAuthorize("hasAuthority('projects:manage')")
    String advance(@PathVariable long id, @RequestParam(defaultValue = "") String note, @AuthenticationPrincipal SignedInUser user,
                   RedirectAttributes redirect) {
        return act(id, redirect, () -> {
            ProjectStage next = ledger.advance(id, note, user);
            return messages.text("projects.advance.done", messages.text(next.key()));
        });
    }

    @PostMapping("/workbench/projects/{id}/clean-land/{item}")
    @PreAuthorize("hasAuthority('projects:manage')")
    String confirmCleanLand(@PathVariable long id, @PathVariable CleanLandItem item, @AuthenticationPrincipal SignedInUser user,
                            RedirectAttributes redirect) {
        return act(id, redirect, () -> {
            ledger.confirmCleanLand(id, item, user);
            return messages.text("projects.cleanLand.confirmed", messages.text(item.key()));
        });
    }

    @PostMapping("/workbench/projects/{id}/promises")
    @PreAuthorize("hasAuthority('projects:manage')")
    String recordPromise(@PathVariable long id, @ModelAttribute("promiseForm") PromiseForm form, BindingResult binding,
                         @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            FormErrors.show(model, FormErrors.of(binding));
            return detail(id, user, model);
        }
        try {
            promises.record(id, form, user);
            redirect.addFlashAttribute("flash", messages.text("projects.promise.recorded"));
            return "redirect:/workbench/projects/" + id + "#promises";
        } catch (DomainViolation e) {
            FormErrors.show(model, FormErrors.of(e));
            return detail(id, user, model);
        }
    }

    @PostMapping("/workbench/projects/{id}/promises/{promiseId}/kept")
    @PreAuthorize("hasAuthority('projects:manage')")
    String kept(@PathVariable long id, @PathVariable long promiseId, @AuthenticationPrincipal SignedInUser user,
                RedirectAttributes redirect) {
        return act(id, redirect, () -> {
            promises.kept(promiseId, user);
            return messages.text("projects.promise.keptDone");
        });
    }

    @PostMapping("/workbench/projects/{id}/promises/{promiseId}/broken")
    @PreAuthorize("hasAuthority('projects:manage')")
    String broken(@PathVariable long id, @PathVariable long promiseId, @RequestParam(defaultValue = "") String reason,
                  @RequestParam(defaultValue = "false") boolean bodyAtFault, @AuthenticationPrincipal SignedInUser user,
                  RedirectAttributes redirect) {
        return act(id, redirect, () -> {
            promises.broken(promiseId, reason, bodyAtFault, user);
            return messages.text(bodyAtFault ? "projects.promise.brokenRecorded" : "projects.promise.brokenDone");
        });
    }

    @PostMapping("/workbench/projects/{id}/approvals")
    @PreAuthorize("hasAuthority('projects:manage')")
    String listApproval(@PathVariable long id, @ModelAttribute("approvalForm") ApprovalForm form, BindingResult binding,
                        @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            FormErrors.show(model, FormErrors.of(binding));
            return detail(id, user, model);
        }
        try {
            approvals.list(id, form, user);
            redirect.addFlashAttribute("flash", messages.text("projects.approval.listed"));
            return "redirect:/workbench/projects/" + id + "#approvals";
        } catch (DomainViolation e) {
            FormErrors.show(model, FormErrors.of(e));
            return detail(id, user, model);
        }
    }

    @PostMapping("/workbench/projects/{id}/approvals/{approvalId}/start")
    @PreAuthorize("hasAuthority('projects:manage')")
    String start(@PathVariable long id, @PathVariable long approvalId,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startedOn,
                 @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        return act(id, redirect, () -> messages.text("projects.approval.started", approvals.start(approvalId, startedOn, user)));
    }

    @PostMapping("/workbench/projects/{id}/approvals/{approvalId}/promise")
    @PreAuthorize("hasAuthority('projects:manage')")
    String onPromise(@PathVariable long id, @PathVariable long approvalId, @RequestParam(defaultValue = "") String commitment,
                     @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        return act(id, redirect, () -> {
            approvals.approveOnPromise(approvalId, commitment, user);
            return messages.text("projects.approval.approvedOnPromise");
        });
    }

    @PostMapping("/workbench/projects/{id}/approvals/{approvalId}/approve")
    @PreAuthorize("hasAuthority('projects:manage')")
    String approve(@PathVariable long id, @PathVariable long approvalId, @AuthenticationPrincipal SignedInUser user,
                   RedirectAttributes redirect) {
        return act(id, redirect, () -> {
            approvals.approve(approvalId, user);
            return messages.text("projects.approval.approved");
        });
    }

    private String act(long id, RedirectAttributes redirect, java.util.function.Supplier<String> action) {
        return PageActions.act("/workbench/projects/" + id, redirect, action);
    }

}
