package cn.yingshang.legal.internal;

import cn.yingshang.platform.FormErrors;
import cn.yingshang.platform.Portal;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.registry.MarketEntities;
import cn.yingshang.shared.CreditCode;
import cn.yingshang.shared.DomainViolation;
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

/** 企业服务: an enterprise files a case online, answers the court's one-time notice and follows each step. */
@Controller
@PreAuthorize("hasAuthority('legal:file')")
class EnterpriseLegalPages {

    private final FilingOnline filing;
    private final ReviewingFiling reviewing;
    private final CourtCases cases;
    private final CourtCaseAccess access;
    private final CourtCaseView views;
    private final PoliticalLegalBodies bodies;
    private final MarketEntities entities;
    private final LegalMessages messages;
    private final ReformingCompliance compliance;

    EnterpriseLegalPages(FilingOnline filing, ReviewingFiling reviewing, CourtCases cases, CourtCaseAccess access,
                         CourtCaseView views, PoliticalLegalBodies bodies, MarketEntities entities, LegalMessages messages,
                         ReformingCompliance compliance) {
        this.compliance = compliance;
        this.filing = filing;
        this.reviewing = reviewing;
        this.cases = cases;
        this.access = access;
        this.views = views;
        this.bodies = bodies;
        this.entities = entities;
        this.messages = messages;
    }

    @ModelAttribute
    void portal(Model model) {
        model.addAttribute("portal", Portal.ENTERPRISE);
    }

    @GetMapping("/enterprise/legal")
    String list(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "") String q,
                cn.yingshang.platform.ListPage page, Model model) {
        var found = cases.ofEnterprise(user.creditCode(), q, page);
        model.addAttribute("casePage", found);
        model.addAttribute("q", q);
        model.addAttribute("cases", found.rows().stream().map(views::summary).toList());
        model.addAttribute("complianceCases", compliance.ofEnterprise(user));
        return "legal/enterprise-list";
    }

    @GetMapping("/enterprise/legal/new")
    String newForm(@AuthenticationPrincipal SignedInUser user, Model model) {
        Long defaultCourt = entities.find(CreditCode.of(user.creditCode()))
                .flatMap(e -> bodies.courtFor(e.region())).map(d -> d.id().value()).orElse(null);
        model.addAttribute("form", new FilingOnline.Filing(defaultCourt, CaseType.CONTRACT, Procedure.SIMPLE, "", "", null, "", false,
                messages.text("legal.filing.materials.default")));
        return form(model);
    }

    @PostMapping("/enterprise/legal")
    String file(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("form") FilingOnline.Filing form, BindingResult binding,
                Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            FormErrors.show(model, FormErrors.of(binding));
            if (form == null) {  // a value that could not be converted leaves no form object to show again
                model.addAttribute("form", new FilingOnline.Filing(null, CaseType.CONTRACT, Procedure.SIMPLE, "", "", null, "", false, ""));
            }
            return form(model);
        }
        try {
            long id = filing.file(form, user);
            CourtCase c = cases.find(id).orElseThrow();
            redirect.addFlashAttribute("flash", messages.text("legal.filing.done", c.reference(), c.reviewDue()));
            return "redirect:/enterprise/legal/" + id;
        } catch (DomainViolation e) {
            FormErrors.show(model, FormErrors.of(e));
            return form(model);
        }
    }

    @GetMapping("/enterprise/legal/{id}")
    String detail(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("v", views.detail(access.ownCase(id, user)));
        model.addAttribute("workbench", false);
        return "legal/case";
    }

    @PostMapping("/enterprise/legal/{id}/supply")
    String supply(@PathVariable long id, @RequestParam(defaultValue = "") String note, @AuthenticationPrincipal SignedInUser user,
                  RedirectAttributes redirect) {
        reviewing.supply(id, note, user);
        redirect.addFlashAttribute("flash", messages.text("legal.supply.done"));
        return "redirect:/enterprise/legal/" + id;
    }

    private String form(Model model) {
        model.addAttribute("courts", bodies.courts());
        model.addAttribute("caseTypes", CaseType.values());
        model.addAttribute("procedures", Procedure.values());
        return "legal/filing-form";
    }
}
