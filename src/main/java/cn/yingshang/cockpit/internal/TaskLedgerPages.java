package cn.yingshang.cockpit.internal;

import cn.yingshang.platform.Text;
import cn.yingshang.platform.Department;
import cn.yingshang.platform.Departments;
import cn.yingshang.platform.Portal;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.shared.DomainViolation;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
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

/** The task ledger for the office (assign, verify) and for lead departments (report progress). */
@Controller
class TaskLedgerPages {

    private final TaskLedger ledger;
    private final Departments departments;
    private final Clock clock;

    TaskLedgerPages(TaskLedger ledger, Departments departments, Clock clock) {
        this.ledger = ledger;
        this.departments = departments;
        this.clock = clock;
    }

    @GetMapping("/cockpit/tasks")
    @PreAuthorize("hasAuthority('cockpit:read')")
    String list(@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "") String q,
                @RequestParam(defaultValue = "") String status, cn.yingshang.platform.ListPage page, Model model) {
        model.addAttribute("portal", Portal.COCKPIT);
        model.addAttribute("tasks", listed(overdue ? ledger.overdue() : ledger.all(), q, status, page, model));
        model.addAttribute("overdueOnly", overdue);
        model.addAttribute("overdueCount", ledger.overdue().size());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("side", "cockpit");
        return "cockpit/tasks";
    }

    private static final Map<String, Comparator<TaskLedger.Task>> SORTS = Map.of(
            "number", Comparator.comparing(TaskLedger.Task::plan).thenComparingInt(TaskLedger.Task::number),
            "deadline", Comparator.comparing(TaskLedger.Task::deadline, Comparator.nullsLast(Comparator.naturalOrder())),
            "status", Comparator.comparing(TaskLedger.Task::status));

    /** Search (task, area, lead unit), a status filter, sort and one page of the ledger. */
    private static cn.yingshang.platform.PageOf<TaskLedger.Task> listed(List<TaskLedger.Task> all, String q, String status,
                                                                       cn.yingshang.platform.ListPage page, Model model) {
        TaskLedger.Status wanted = status.isBlank() ? null : TaskLedger.Status.valueOf(status);
        String needle = q.strip();
        Comparator<TaskLedger.Task> order = page.sort() == null ? SORTS.get("number") : SORTS.get(page.sort());
        if (order == null) {
            throw new IllegalArgumentException("cannot sort by " + page.sort());
        }
        List<TaskLedger.Task> rows = all.stream()
                .filter(t -> wanted == null || t.status() == wanted)
                .filter(t -> needle.isEmpty() || t.title().contains(needle) || t.area().contains(needle)
                        || (t.leadDepartmentName() != null && t.leadDepartmentName().contains(needle)))
                .sorted(page.descending() ? order.reversed() : order).toList();
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        model.addAttribute("statuses", TaskLedger.Status.values());
        return cn.yingshang.platform.PageOf.slice(rows, page);
    }

    @GetMapping("/cockpit/tasks.xlsx")
    @PreAuthorize("hasAuthority('cockpit:read')")
    void export(HttpServletResponse response) {
        LocalDate today = LocalDate.now(clock);
        cn.yingshang.platform.XlsxExport.write(response, cn.yingshang.platform.Text.of("cockpit.export.tasks.file"), cn.yingshang.platform.Text.of("cockpit.export.tasks.sheet"),
                List.of(cn.yingshang.platform.Text.of("cockpit.export.tasks.headers").split(",")),
                ledger.all().stream().map(t -> List.<Object>of(t.plan(), t.number(), t.area(), t.title(), t.summary(),
                        t.leadDepartmentName() == null ? "" : t.leadDepartmentName(), t.responsibleUnits(),
                        t.deadline() == null ? "" : t.deadline().toString(), t.percent() == null ? 0 : t.percent(),
                        t.status().label(), t.isOverdue(today) ? cn.yingshang.platform.Text.of("cockpit.export.tasks.overdue") : "")).toList());
    }

    @GetMapping("/cockpit/tasks/{id}")
    @PreAuthorize("hasAuthority('cockpit:read')")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("portal", Portal.COCKPIT);
        model.addAttribute("side", "cockpit");
        return show(id, model);
    }

    private String show(long id, Model model) {
        model.addAttribute("task", ledger.require(id));
        model.addAttribute("progress", ledger.progress(id));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("departments", departments.all().stream()
                .sorted(Comparator.comparing((Department d) -> d.region().code()).thenComparing(Department::name)).toList());
        return "cockpit/task";
    }

    @PostMapping("/cockpit/tasks/{id}/assignment")
    @PreAuthorize("hasAuthority('cockpit:manage')")
    String assign(@PathVariable long id, @ModelAttribute TaskLedger.Assignment form, RedirectAttributes redirect) {
        return outcome(redirect, "/cockpit/tasks/" + id, "cockpit.tasks.flash.assigned", () -> ledger.assign(id, form));
    }

    @PostMapping("/cockpit/tasks/{id}/verification")
    @PreAuthorize("hasAuthority('cockpit:manage')")
    String verify(@PathVariable long id, @RequestParam(defaultValue = "false") boolean confirmed,
                  @RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
        return outcome(redirect, "/cockpit/tasks/" + id, confirmed ? "cockpit.tasks.flash.verified" : "cockpit.tasks.flash.returned", () -> ledger.verify(id, confirmed, note));
    }

    @PostMapping("/cockpit/tasks/{id}/progress")
    @PreAuthorize("hasAuthority('cockpit:manage')")
    String officeReport(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, @ModelAttribute TaskLedger.Report form,
                        RedirectAttributes redirect) {
        return outcome(redirect, "/cockpit/tasks/" + id, "cockpit.tasks.flash.reported", () -> ledger.report(id, user, form));
    }

    @GetMapping("/workbench/tasks")
    @PreAuthorize("hasAuthority('cockpit:task-report')")
    String departmentTasks(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "") String q,
                           @RequestParam(defaultValue = "") String status, cn.yingshang.platform.ListPage page, Model model) {
        model.addAttribute("portal", Portal.WORKBENCH);
        model.addAttribute("tasks", listed(user.departmentId() == null ? List.of() : ledger.ofDepartment(user.departmentId().value()),
                q, status, page, model));
        model.addAttribute("overdueOnly", false);
        model.addAttribute("overdueCount", 0);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("side", "workbench");
        return "cockpit/tasks";
    }

    @GetMapping("/workbench/tasks/{id}")
    @PreAuthorize("hasAuthority('cockpit:task-report')")
    String departmentTask(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        TaskLedger.Task t = ledger.require(id);
        if (user.departmentId() == null || t.leadDepartmentId() == null || t.leadDepartmentId() != user.departmentId().value()) {
            throw new AccessDeniedException("cockpit.tasks.notLead");
        }
        model.addAttribute("portal", Portal.WORKBENCH);
        model.addAttribute("side", "workbench");
        return show(id, model);
    }

    @PostMapping("/workbench/tasks/{id}/progress")
    @PreAuthorize("hasAuthority('cockpit:task-report')")
    String report(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, @ModelAttribute TaskLedger.Report form,
                  RedirectAttributes redirect) {
        return outcome(redirect, "/workbench/tasks/" + id, "cockpit.tasks.flash.reported", () -> ledger.report(id, user, form));
    }

    private static String outcome(RedirectAttributes redirect, String back, String doneKey, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", Text.of(doneKey));
        } catch (DomainViolation e) {
            redirect.addFlashAttribute("flash", Text.of("cockpit.flash.notSaved", e.getMessage()));
        }
        return "redirect:" + back;
    }
}
