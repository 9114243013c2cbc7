package cn.yingshang.inspection.internal;

import cn.yingshang.platform.Text;
import cn.yingshang.platform.Departments;
import cn.yingshang.platform.FormErrors;
import cn.yingshang.platform.Portal;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.shared.DomainViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Workbench pages for inspectors: tasks, QR check-in, one-form checklist, publication. */
@Controller
class TaskPages {

    private final Tasks tasks;
    private final Visits visits;
    private final Results results;
    private final Departments departments;
    private final PlanScope scope;

    TaskPages(Tasks tasks, Visits visits, Results results, Departments departments, PlanScope scope) {
        this.tasks = tasks;
        this.visits = visits;
        this.results = results;
        this.departments = departments;
        this.scope = scope;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("portal", Portal.WORKBENCH);
        model.addAttribute("departmentNames", CataloguePages.departmentNames(departments));
    }

    @GetMapping("/workbench/inspections/tasks")
    @PreAuthorize("hasAuthority('inspection:read')")
    String mine(@AuthenticationPrincipal SignedInUser user, @org.springframework.web.bind.annotation.RequestParam(defaultValue = "") String q,
                cn.yingshang.platform.ListPage page, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("tasks", tasks.ofInspector(user.accountId(), q, page));
        return "inspection/tasks";
    }

    @GetMapping("/workbench/inspections/tasks/{id}")
    @PreAuthorize("hasAuthority('inspection:read')")
    String detail(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        Tasks.Task task = scope.requireTask(id, user);
        model.addAttribute("task", task);
        model.addAttribute("outcomes", Outcome.values());
        var noPenalty = results.noPenaltyList();
        model.addAttribute("rules", noPenalty.map(l -> l.items()).orElse(List.of()));
        model.addAttribute("rulesVersion", noPenalty.map(l -> l.versionNo()).orElse(null));
        String url = ServletUriComponentsBuilder.fromCurrentContextPath().path("/workbench/inspections/checkin")
                .queryParam("code", task.code()).toUriString();
        model.addAttribute("checkinUrl", url);
        model.addAttribute("qr", cn.yingshang.platform.QrCode.svg(url, Text.of("inspection.task.qrCode")));
        return "inspection/task";
    }

    @GetMapping("/workbench/inspections/checkin")
    @PreAuthorize("hasAuthority('inspection:inspect')")
    String checkinPage(@RequestParam(defaultValue = "") String code, Model model) {
        model.addAttribute("code", code);
        tasks.byCode(code).ifPresent(t -> model.addAttribute("task", t));
        return "inspection/checkin";
    }

    @PostMapping("/workbench/inspections/checkin")
    @PreAuthorize("hasAuthority('inspection:inspect')")
    String checkin(@RequestParam String code, @RequestParam String action, @AuthenticationPrincipal SignedInUser user,
                   Model model, RedirectAttributes redirect) {
        try {
            Tasks.Task task = "end".equals(action) ? visits.checkOut(code, user) : visits.checkIn(code, user);
            redirect.addFlashAttribute("flash", "end".equals(action) ? Text.of("inspection.task.flash.left") : Text.of("inspection.task.flash.entered", task.entityName()));
            return "redirect:/workbench/inspections/tasks/" + task.id();
        } catch (DomainViolation e) {
            FormErrors.show(model, FormErrors.of(e));
            return checkinPage(code, model);
        }
    }

    @PostMapping("/workbench/inspections/tasks/{id}/results")
    @PreAuthorize("hasAuthority('inspection:record')")
    String record(@PathVariable long id, @RequestParam Map<String, String> params, @AuthenticationPrincipal SignedInUser user,
                  Model model, RedirectAttributes redirect) {
        try {
            results.record(id, entries(tasks.require(id), params), user);
            redirect.addFlashAttribute("flash", Text.of("inspection.task.flash.resultRecorded"));
            return "redirect:/workbench/inspections/tasks/" + id;
        } catch (DomainViolation e) {
            FormErrors.show(model, FormErrors.of(e));
            return detail(id, user, model);
        }
    }

    static List<Results.Entry> entries(Tasks.Task task, Map<String, String> params) {
        List<Results.Entry> entries = new ArrayList<>();
        for (Tasks.TaskItem item : task.items()) {
            String outcome = params.getOrDefault("outcome-" + item.itemId(), "");
            String rule = params.getOrDefault("rule-" + item.itemId(), "");
            entries.add(new Results.Entry(item.itemId(), outcome.isBlank() ? null : Outcome.valueOf(outcome),
                    params.get("note-" + item.itemId()), rule.isBlank() ? null : rule));
        }
        return entries;
    }

    @PostMapping("/workbench/inspections/tasks/{id}/publish")
    @PreAuthorize("hasAuthority('inspection:record')")
    String publish(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
        try {
            results.publish(id, user);
            redirect.addFlashAttribute("flash", Text.of("inspection.task.flash.resultPublished"));
            return "redirect:/workbench/inspections/tasks/" + id;
        } catch (DomainViolation e) {
            FormErrors.show(model, FormErrors.of(e));
            return detail(id, user, model);
        }
    }
}
