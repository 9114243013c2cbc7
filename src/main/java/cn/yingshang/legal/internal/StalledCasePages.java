package cn.yingshang.legal.internal;

import cn.yingshang.platform.Department;
import cn.yingshang.platform.DepartmentFunction;
import cn.yingshang.platform.Departments;
import cn.yingshang.platform.FormErrors;
import cn.yingshang.platform.Portal;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.shared.DomainViolation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
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

/** 政府工作台 of public security and procuratorates: the stalled-case ledger, listed supervision and closing off. */
@Controller
@PreAuthorize("hasAuthority('legal:handle')")
class StalledCasePages {

    private static final Set<DepartmentFunction> CRIMINAL_BODIES = Set.of(DepartmentFunction.PUBLIC_SECURITY, DepartmentFunction.PROCURATORATE);

    private final KeepingStalledCases keeping;
    private final StalledCases ledger;
    private final PoliticalLegalBodies bodies;
    private final Departments departments;
    private final LegalMessages messages;
    private final Clock clock;

    StalledCasePages(KeepingStalledCases keeping, StalledCases ledger, PoliticalLegalBodies bodies, Departments departments,
                     LegalMessages messages, Clock clock) {
        this.keeping = keeping;
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

    @GetMapping("/workbench/legal/stalled")
    String list(@AuthenticationPrincipal SignedInUser user, @org.springframework.web.bind.annotation.RequestParam(defaultValue = "") String q,
                cn.yingshang.platform.ListPage page, Model model) {
        Department body = bodies.bodyOf(user, CRIMINAL_BODIES);
        // A body sees the entries of its own and of the bodies below it, and nothing else.
        List<Long> overseen = departments.all().stream().filter(d -> departments.isWithin(d.id(), body.id()))
                .map(d -> d.id().value()).toList();
        model.addAttribute("body", body);
        var found = ledger.page(overseen, q, page);
        model.addAttribute("entries", found.rows());
        model.addAttribute("listPage", found);
        model.addAttribute("q", q);
        return "legal/stalled";
    }

    @GetMapping("/workbench/legal/stalled/new")
    String newForm(@AuthenticationPrincipal SignedInUser user, Model model) {
        bodies.bodyOf(user, CRIMINAL_BODIES);
        model.addAttribute("form", new KeepingStalledCases.NewStalledCase("", "", "", null, null));
        return form(model);
    }

    @PostMapping("/workbench/legal/stalled")
    String enter(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("form") KeepingStalledCases.NewStalledCase form,
                 BindingResult binding, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            FormErrors.show(model, FormErrors.of(binding));
            if (form == null) {  // a value that could not be converted leaves no form object to show again
                model.addAttribute("form", new KeepingStalledCases.NewStalledCase("", "", "", null, null));
            }
            return form(model);
        }
        try {
            long id = keeping.enter(form, user);
            redirect.addFlashAttribute("flash", messages.text("legal.stalled.entered"));
            return "redirect:/workbench/legal/stalled/" + id;
        } catch (DomainViolation e) {
            FormErrors.show(model, FormErrors.of(e));
            return form(model);
        }
    }

    @GetMapping("/workbench/legal/stalled/{id}")
    String detail(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        StalledCase c = keeping.readable(id, user);
        model.addAttribute("c", c);
        model.addAttribute("leadName", bodies.name(c.leadBodyId()));
        model.addAttribute("procuratorateName", bodies.name(c.procuratorateId()));
        model.addAttribute("listedByName", bodies.name(c.listedById()));
        model.addAttribute("mayClose", bodies.actsFor(user, c.leadBodyId()));
        return "legal/stalled-case";
    }

    @PostMapping("/workbench/legal/stalled/{id}/list")
    String listSupervision(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        keeping.list(id, user);
        redirect.addFlashAttribute("flash", messages.text("legal.stalled.listedDone"));
        return "redirect:/workbench/legal/stalled/" + id;
    }

    @PostMapping("/workbench/legal/stalled/{id}/close")
    String close(@PathVariable long id, @RequestParam(defaultValue = "") String outcome, @AuthenticationPrincipal SignedInUser user,
                 RedirectAttributes redirect) {
        keeping.close(id, outcome, user);
        redirect.addFlashAttribute("flash", messages.text("legal.stalled.closedDone"));
        return "redirect:/workbench/legal/stalled/" + id;
    }

    private String form(Model model) {
        model.addAttribute("procuratorates", bodies.procuratorates());
        return "legal/stalled-form";
    }
}
