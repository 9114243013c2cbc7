package cn.yingshang.cockpit.internal;

import cn.yingshang.platform.Text;
import cn.yingshang.platform.Department;
import cn.yingshang.platform.Departments;
import cn.yingshang.platform.FormErrors;
import cn.yingshang.platform.Portal;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.shared.DomainViolation;
import cn.yingshang.shared.Regions;
import java.util.Comparator;
import java.util.List;
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

/** Supervisors' register (office), a supervisor's own desk, and rectification items on both sides. */
@Controller
class SupervisionPages {

    private final Supervision supervision;
    private final Rectifications rectifications;
    private final Departments departments;

    SupervisionPages(Supervision supervision, Rectifications rectifications, Departments departments) {
        this.supervision = supervision;
        this.rectifications = rectifications;
        this.departments = departments;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("portal", Portal.COCKPIT);
    }

    private List<Department> departmentChoices() {
        return departments.all().stream().sorted(Comparator.comparing((Department d) -> d.region().code()).thenComparing(Department::name))
                .toList();
    }

    // ---- register (office) -------------------------------------------------------------------

    @GetMapping("/cockpit/supervisors")
    @PreAuthorize("hasAuthority('cockpit:manage')")
    String register(Model model) {
        model.addAttribute("supervisors", supervision.register());
        model.addAttribute("prefectures", Regions.prefectures());
        return "cockpit/supervisors";
    }

    @PostMapping("/cockpit/supervisors")
    @PreAuthorize("hasAuthority('cockpit:manage')")
    String appoint(@ModelAttribute Supervision.Appointment form, Model model, RedirectAttributes redirect) {
        try {
            Supervision.Supervisor s = supervision.appoint(form);
            redirect.addFlashAttribute("flash", Text.of("cockpit.supervision.flash.appointed", s.name()));
            return "redirect:/cockpit/supervisors";
        } catch (DomainViolation e) {
            FormErrors.show(model, FormErrors.of(e));
            model.addAttribute("form", form);
            return register(model);
        }
    }

    @PostMapping("/cockpit/supervisors/{id}/dismissal")
    @PreAuthorize("hasAuthority('cockpit:manage')")
    String dismiss(@PathVariable long id, RedirectAttributes redirect) {
        supervision.dismiss(id);
        redirect.addFlashAttribute("flash", Text.of("cockpit.supervision.flash.dismissed"));
        return "redirect:/cockpit/supervisors";
    }

    // ---- a supervisor's desk -----------------------------------------------------------------

    @GetMapping("/cockpit/supervision")
    @PreAuthorize("hasAuthority('cockpit:observe')")
    String desk(@AuthenticationPrincipal SignedInUser user, Model model) {
        var supervisor = supervision.ofAccount(user.accountId()).orElse(null);
        model.addAttribute("supervisor", supervisor);
        model.addAttribute("departments", departmentChoices());
        model.addAttribute("levels", ServiceLevel.values());
        model.addAttribute("kinds", ObservationKind.values());
        model.addAttribute("observations", supervisor == null ? List.of() : supervision.observationsOf(supervisor.id()));
        model.addAttribute("ratings", supervisor == null ? List.of() : supervision.ratingsOf(supervisor.id()));
        return "cockpit/supervision";
    }

    @PostMapping("/cockpit/supervision/observations")
    @PreAuthorize("hasAuthority('cockpit:observe')")
    String file(@AuthenticationPrincipal SignedInUser user, @ModelAttribute Supervision.ObservationForm form, Model model,
                RedirectAttributes redirect) {
        try {
            Supervision.Observation o = supervision.file(user, form);
            redirect.addFlashAttribute("flash", Text.of("cockpit.supervision.flash.filed", o.outcomeLabel(), o.outcomeStatus()));
            return "redirect:/cockpit/supervision";
        } catch (DomainViolation e) {
            FormErrors.show(model, FormErrors.of(e));
            model.addAttribute("observation", form);
            return desk(user, model);
        }
    }

    @PostMapping("/cockpit/supervision/ratings")
    @PreAuthorize("hasAuthority('cockpit:observe')")
    String rate(@AuthenticationPrincipal SignedInUser user, @ModelAttribute Supervision.RatingForm form, Model model,
                RedirectAttributes redirect) {
        try {
            Supervision.Rating r = supervision.rate(user, form);
            redirect.addFlashAttribute("flash", r.level().isPoor()
                    ? Text.of("cockpit.supervision.flash.poorRated", r.departmentName()) : Text.of("cockpit.supervision.flash.rated"));
            return "redirect:/cockpit/supervision";
        } catch (DomainViolation e) {
            FormErrors.show(model, FormErrors.of(e));
            model.addAttribute("rating", form);
            return desk(user, model);
        }
    }

    // ---- rectification items -----------------------------------------------------------------

    @GetMapping("/cockpit/rectifications")
    @PreAuthorize("hasAuthority('cockpit:read')")
    String rectifications(Model model) {
        model.addAttribute("items", rectifications.all(500));
        model.addAttribute("names", new Names(departments));
        return "cockpit/rectifications";
    }

    @GetMapping("/cockpit/rectifications/{id}")
    @PreAuthorize("hasAuthority('cockpit:read')")
    String rectification(@PathVariable long id, Model model) {
        model.addAttribute("item", rectifications.require(id));
        model.addAttribute("names", new Names(departments));
        model.addAttribute("side", "cockpit");
        return "cockpit/rectification";
    }

    @PostMapping("/cockpit/rectifications/{id}/revisit")
    @PreAuthorize("hasAuthority('cockpit:read') and (hasAuthority('cockpit:manage') or hasAuthority('cockpit:observe'))")
    String revisit(@PathVariable long id, @RequestParam(defaultValue = "false") boolean satisfied,
                   @RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
        try {
            Rectification r = rectifications.revisit(id, satisfied, note);
            redirect.addFlashAttribute("flash", Text.of("cockpit.supervision.flash.revisited", r.status().label()));
        } catch (DomainViolation e) {
            redirect.addFlashAttribute("flash", Text.of("cockpit.flash.notSaved", e.getMessage()));
        }
        return "redirect:/cockpit/rectifications/" + id;
    }

    @GetMapping("/workbench/rectifications")
    @PreAuthorize("hasAuthority('cockpit:rectify')")
    String departmentItems(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("portal", Portal.WORKBENCH);
        model.addAttribute("items", user.departmentId() == null ? List.of() : rectifications.ofDepartment(user.departmentId().value()));
        model.addAttribute("names", new Names(departments));
        model.addAttribute("side", "workbench");
        return "cockpit/rectifications";
    }

    @GetMapping("/workbench/rectifications/{id}")
    @PreAuthorize("hasAuthority('cockpit:rectify')")
    String departmentItem(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        Rectification r = ownItem(user, id);
        model.addAttribute("portal", Portal.WORKBENCH);
        model.addAttribute("item", r);
        model.addAttribute("names", new Names(departments));
        model.addAttribute("side", "workbench");
        return "cockpit/rectification";
    }

    @PostMapping("/workbench/rectifications/{id}/response")
    @PreAuthorize("hasAuthority('cockpit:rectify')")
    String respond(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestParam(defaultValue = "") String response,
                   RedirectAttributes redirect) {
        ownItem(user, id);
        try {
            rectifications.respond(id, response);
            redirect.addFlashAttribute("flash", Text.of("cockpit.rectifications.flash.responded"));
        } catch (DomainViolation e) {
            redirect.addFlashAttribute("flash", Text.of("cockpit.flash.notSaved", e.getMessage()));
        }
        return "redirect:/workbench/rectifications/" + id;
    }

    private Rectification ownItem(SignedInUser user, long id) {
        Rectification r = rectifications.require(id);
        if (user.departmentId() == null || user.departmentId().value() != r.departmentId()) {
            throw new AccessDeniedException("cockpit.rectifications.notOwnDepartment");
        }
        return r;
    }

    /** Department names for templates. */
    record Names(Departments departments) {
        public String of(long id) {
            return departments.byId(cn.yingshang.platform.DepartmentId.of(id)).map(Department::name).orElse(Text.of("cockpit.departmentById", id));
        }
    }
}
