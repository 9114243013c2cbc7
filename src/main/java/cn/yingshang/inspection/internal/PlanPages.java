package cn.yingshang.inspection.internal;

import cn.yingshang.platform.Text;
import cn.yingshang.platform.Departments;
import cn.yingshang.platform.FormErrors;
import cn.yingshang.platform.Portal;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.shared.DomainViolation;
import java.time.Clock;
import java.time.LocalDate;
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

/** Workbench pages: plans and joint plans, commitment and draw. */
@Controller
class PlanPages {

    /** A draw over millions of entities yields tens of thousands of tasks: the page lists the first ones. */
    private static final int TASKS_SHOWN = 500;

    private final Plans plans;
    private final Draws draws;
    private final Tasks tasks;
    private final Catalogue catalogue;
    private final InspectionSettings settings;
    private final Departments departments;
    private final Clock clock;
    private final PlanScope scope;

    PlanPages(Plans plans, Draws draws, Tasks tasks, Catalogue catalogue, InspectionSettings settings, Departments departments,
              Clock clock, PlanScope scope) {
        this.plans = plans;
        this.draws = draws;
        this.tasks = tasks;
        this.catalogue = catalogue;
        this.settings = settings;
        this.departments = departments;
        this.clock = clock;
        this.scope = scope;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("portal", Portal.WORKBENCH);
        model.addAttribute("departmentNames", CataloguePages.departmentNames(departments));
    }

    @GetMapping("/workbench/inspections/plans")
    @PreAuthorize("hasAuthority('inspection:read')")
    String list(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "") String q,
                @RequestParam(required = false) Integer year, @RequestParam(defaultValue = "") String state,
                cn.yingshang.platform.ListPage page, Model model) {
        if (!model.containsAttribute("form")) {
            InspectionSettings.Settings s = settings.current();
            model.addAttribute("form", new Forms.PlanForm("", LocalDate.now(clock).getYear(), java.util.List.of(), s.ratios().a(),
                    s.ratios().b(), s.ratios().c(), s.ratios().d(), s.exclusionDays()));
        }
        Plans.PlanFilter filter = new Plans.PlanFilter(q, year, state);
        model.addAttribute("filter", filter);
        model.addAttribute("years", plans.years());
        model.addAttribute("plans", scope.visiblePlans(user, filter, page));
        model.addAttribute("publishedItems", catalogue.published());
        return "inspection/plans";
    }

    @PostMapping("/workbench/inspections/plans")
    @PreAuthorize("hasAuthority('inspection:plan')")
    String create(@ModelAttribute("form") Forms.PlanForm form, @AuthenticationPrincipal SignedInUser user, Model model,
                  RedirectAttributes redirect) {
        try {
            long id = plans.create(form.toNewPlan(), user, null);
            redirect.addFlashAttribute("flash", Text.of("inspection.plan.flash.created"));
            return "redirect:/workbench/inspections/plans/" + id;
        } catch (DomainViolation e) {
            FormErrors.show(model, FormErrors.of(e));
            return list(user, "", null, "", cn.yingshang.platform.ListPage.first(), model);
        }
    }

    @GetMapping("/workbench/inspections/plans/{id}")
    @PreAuthorize("hasAuthority('inspection:read')")
    String detail(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        Plans.Plan plan = scope.requirePlan(id, user);
        model.addAttribute("plan", plan);
        model.addAttribute("items", catalogue.byIds(plan.itemIds()));
        model.addAttribute("draw", draws.find(id).orElse(null));
        model.addAttribute("tasks", tasks.ofPlan(id, TASKS_SHOWN));
        model.addAttribute("taskCount", tasks.countOfPlan(id));
        return "inspection/plan";
    }

    @PostMapping("/workbench/inspections/plans/{id}/commit")
    @PreAuthorize("hasAuthority('inspection:plan')")
    String commit(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
        try {
            draws.commit(id, user);
            redirect.addFlashAttribute("flash", Text.of("inspection.plan.flash.frozen"));
            return "redirect:/workbench/inspections/plans/" + id;
        } catch (DomainViolation e) {
            FormErrors.show(model, FormErrors.of(e));
            return detail(id, user, model);
        }
    }

    @PostMapping("/workbench/inspections/plans/{id}/draw")
    @PreAuthorize("hasAuthority('inspection:plan')")
    String draw(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
        try {
            Draws.Draw draw = draws.draw(id, user);
            redirect.addFlashAttribute("flash", Text.of("inspection.plan.flash.drawn", draw.selectedCount()));
            return "redirect:/workbench/inspections/plans/" + id;
        } catch (DomainViolation e) {
            FormErrors.show(model, FormErrors.of(e));
            return detail(id, user, model);
        }
    }
}
