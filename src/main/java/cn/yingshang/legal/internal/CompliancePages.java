package cn.yingshang.legal.internal;

import cn.yingshang.platform.Department;
import cn.yingshang.platform.DepartmentFunction;
import cn.yingshang.platform.DepartmentId;
import cn.yingshang.platform.Departments;
import cn.yingshang.platform.FormErrors;
import cn.yingshang.platform.Portal;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.shared.DomainViolation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
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

/** 政府工作台 of procuratorates: the compliance reform ledger (002 #27). */
@Controller
@PreAuthorize("hasAuthority('legal:handle')")
class CompliancePages {

    private static final Set<DepartmentFunction> PROCURATORATE = Set.of(DepartmentFunction.PROCURATORATE);
    /** The office and the utility companies hold no administrative powers an opinion could ask them to use. */
    private static final Set<DepartmentFunction> NOT_COMPETENT = Set.of(DepartmentFunction.BIZ_ENV_OFFICE,
            DepartmentFunction.POWER_SUPPLY, DepartmentFunction.WATER_SUPPLY, DepartmentFunction.GAS_SUPPLY);

    private final ReformingCompliance reforming;
    private final ComplianceCases ledger;
    private final PoliticalLegalBodies bodies;
    private final Departments departments;
    private final LegalMessages messages;
    private final Clock clock;

    CompliancePages(ReformingCompliance reforming, ComplianceCases ledger, PoliticalLegalBodies bodies, Departments departments,
                    LegalMessages messages, Clock clock) {
        this.reforming = reforming;
        this.ledger = ledger;
        this.bodies = bodies;
        this.departments = departments;
        this.messages = messages;
        this.clock = clock;
    }

    @ModelAttribute
    void portal(Model model) {
        model.addAttribute("portal", Portal.WORKBENCH);
        model.addAttribute("today", LocalDate.now(clock));
    }

    @GetMapping("/workbench/legal/compliance")
    String list(@AuthenticationPrincipal SignedInUser user, @org.springframework.web.bind.annotation.RequestParam(defaultValue = "") String q,
                cn.yingshang.platform.ListPage page, Model model) {
        Department body = bodies.bodyOf(user, PROCURATORATE);
        // A procuratorate sees its own cases and those of the procuratorates below it.
        List<Long> overseen = departments.all().stream().filter(d -> departments.isWithin(d.id(), body.id()))
                .map(d -> d.id().value()).toList();
        model.addAttribute("body", body);
        var found = ledger.page(overseen, q, page);
        model.addAttribute("cases", found.rows());
        model.addAttribute("listPage", found);
        model.addAttribute("q", q);
        return "legal/compliance-list";
    }

    @GetMapping("/workbench/legal/compliance/new")
    String newForm(@AuthenticationPrincipal SignedInUser user, Model model) {
        bodies.bodyOf(user, PROCURATORATE);
        model.addAttribute("form", blank());
        return form(model);
    }

    @PostMapping("/workbench/legal/compliance")
    String enter(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("form") ReformingCompliance.NewComplianceCase form,
                 BindingResult binding, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            FormErrors.show(model, FormErrors.of(binding));
            if (form == null) {  // a value that could not be converted leaves no form object to show again
                model.addAttribute("form", blank());
            }
            return form(model);
        }
        try {
            long id = reforming.enter(form, user);
            redirect.addFlashAttribute("flash", messages.text("legal.compliance.entered"));
            return "redirect:/workbench/legal/compliance/" + id;
        } catch (DomainViolation e) {
            FormErrors.show(model, FormErrors.of(e));
            return form(model);
        }
    }

    @GetMapping("/workbench/legal/compliance/{id}")
    String detail(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        ComplianceCase c = reforming.readable(id, user);
        boolean own = bodies.actsFor(user, c.procuratorateId());
        model.addAttribute("c", c);
        model.addAttribute("basis", messages.basis(ReformingCompliance.BASIS));
        model.addAttribute("procuratorateName", bodies.name(c.procuratorateId()));
        model.addAttribute("opinionDepartmentName", bodies.name(c.opinionDepartmentId()));
        model.addAttribute("own", own);
        model.addAttribute("outcomes", ComplianceOutcome.values());
        if (own && c.mayReceiveOpinion()) {
            model.addAttribute("competentDepartments", departments.all().stream()
                    .filter(d -> d.region().equals(bodies.require(c.procuratorateId()).region())
                            && !PoliticalLegalBodies.MEASURE_TAKERS.contains(d.function()) && !NOT_COMPETENT.contains(d.function()))
                    .toList());
        }
        return "legal/compliance-case";
    }

    @PostMapping("/workbench/legal/compliance/{id}/steps")
    String addStep(@PathVariable long id, @RequestParam(defaultValue = "") String title,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
                   @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        reforming.addStep(id, title, dueOn, user);
        redirect.addFlashAttribute("flash", messages.text("legal.compliance.step.added"));
        return "redirect:/workbench/legal/compliance/" + id;
    }

    @PostMapping("/workbench/legal/compliance/{id}/assess")
    String assess(@PathVariable long id, @RequestParam(defaultValue = "false") boolean passed,
                  @RequestParam(defaultValue = "") String assessmentNote, @AuthenticationPrincipal SignedInUser user,
                  RedirectAttributes redirect) {
        reforming.assess(id, passed, assessmentNote, user);
        redirect.addFlashAttribute("flash", messages.text("legal.compliance.assessed"));
        return "redirect:/workbench/legal/compliance/" + id;
    }

    @PostMapping("/workbench/legal/compliance/{id}/close")
    String close(@PathVariable long id, @RequestParam(required = false) ComplianceOutcome outcome,
                 @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        reforming.close(id, outcome, user);
        redirect.addFlashAttribute("flash", messages.text("legal.compliance.closed"));
        return "redirect:/workbench/legal/compliance/" + id;
    }

    @PostMapping("/workbench/legal/compliance/{id}/opinion")
    String opinion(@PathVariable long id, @RequestParam(required = false) Long departmentId,
                   @RequestParam(defaultValue = "") String opinion, @AuthenticationPrincipal SignedInUser user,
                   RedirectAttributes redirect) {
        reforming.sendOpinion(id, departmentId, opinion, user);
        redirect.addFlashAttribute("flash", messages.text("legal.compliance.opinionSent",
                departments.require(DepartmentId.of(departmentId)).name()));
        return "redirect:/workbench/legal/compliance/" + id;
    }

    private String form(Model model) {
        model.addAttribute("modes", ComplianceMode.values());
        return "legal/compliance-form";
    }

    private static ReformingCompliance.NewComplianceCase blank() {
        return new ReformingCompliance.NewComplianceCase("", "", "", ComplianceMode.MONITORING, "", null);
    }
}
