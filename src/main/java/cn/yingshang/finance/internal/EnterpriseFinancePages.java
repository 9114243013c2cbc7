package cn.yingshang.finance.internal;

import cn.yingshang.platform.DepartmentFunction;
import cn.yingshang.platform.FormErrors;
import cn.yingshang.platform.Portal;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.registry.MarketEntity;
import cn.yingshang.shared.DomainViolation;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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

/** 企业服务 › 融资服务: needs, consents to banks, the products the enterprise qualifies for, receivable confirmation. */
@Controller
class EnterpriseFinancePages {

    private final EnterpriseFinancing financing;
    private final ReceivableConfirmations confirmations;
    private final Needs needs;
    private final Consents consents;
    private final Banks banks;
    private final Confirmations confirmationStore;
    private final ProductEligibility eligibility;
    private final FinanceMessages messages;
    private final ConfirmationAppeals confirmationAppeals;

    EnterpriseFinancePages(EnterpriseFinancing financing, ReceivableConfirmations confirmations, Needs needs, Consents consents,
                           Banks banks, Confirmations confirmationStore, ProductEligibility eligibility, FinanceMessages messages,
                           ConfirmationAppeals confirmationAppeals) {
        this.confirmationAppeals = confirmationAppeals;
        this.financing = financing;
        this.confirmations = confirmations;
        this.needs = needs;
        this.consents = consents;
        this.banks = banks;
        this.confirmationStore = confirmationStore;
        this.eligibility = eligibility;
        this.messages = messages;
    }

    @ModelAttribute
    void portal(Model model) {
        model.addAttribute("portal", Portal.ENTERPRISE);
    }

    @GetMapping("/enterprise/finance")
    @PreAuthorize("hasAuthority('finance:apply')")
    String overview(@AuthenticationPrincipal SignedInUser user, Model model) {
        MarketEntity entity = financing.entityOf(user);
        String code = entity.creditCode().value();
        List<Consent> mine = consents.ofEntity(code);
        Set<Long> consented = mine.stream().filter(Consent::active).map(Consent::bankId).collect(Collectors.toSet());
        model.addAttribute("entity", entity);
        model.addAttribute("needs", needs.ofEntity(code));
        model.addAttribute("loans", needs.loansOfEntity(code));
        model.addAttribute("consents", mine);
        model.addAttribute("banks", banks.all().stream().filter(b -> !consented.contains(b.id())).toList());
        model.addAttribute("directory", banks.all());
        model.addAttribute("verdicts", eligibility.check(banks.products(null), entity.creditCode()).stream()
                .sorted(Comparator.comparing((ProductEligibility.Verdict v) -> !v.qualifies())).toList());
        model.addAttribute("confirmations", confirmationStore.ofEntity(code));
        return "finance/enterprise";
    }

    @GetMapping("/enterprise/finance/needs/new")
    @PreAuthorize("hasAuthority('finance:apply')")
    String needForm(Model model) {
        model.addAttribute("form", Forms.NeedForm.empty());
        model.addAttribute("collaterals", Collateral.values());
        return "finance/need-form";
    }

    @PostMapping("/enterprise/finance/needs")
    @PreAuthorize("hasAuthority('finance:apply')")
    String stateNeed(@ModelAttribute("form") Forms.NeedForm form, BindingResult binding, @AuthenticationPrincipal SignedInUser user,
                     Model model, RedirectAttributes redirect) {
        model.addAttribute("collaterals", Collateral.values());
        if (binding.hasErrors()) {
            FormErrors.show(model, FormErrors.of(binding));
            return "finance/need-form";
        }
        try {
            financing.stateNeed(form, user);
            redirect.addFlashAttribute("flash", messages.text("finance.need.stated"));
            return "redirect:/enterprise/finance";
        } catch (DomainViolation e) {
            FormErrors.show(model, FormErrors.of(e));
            return "finance/need-form";
        }
    }

    @PostMapping("/enterprise/finance/consents")
    @PreAuthorize("hasAuthority('finance:apply')")
    String consent(@RequestParam long bankId, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        try {
            financing.consent(bankId, user);
            redirect.addFlashAttribute("flash", messages.text("finance.consent.granted"));
        } catch (DomainViolation e) {
            redirect.addFlashAttribute("errors", FormErrors.of(e));
        }
        return "redirect:/enterprise/finance#consents";
    }

    @PostMapping("/enterprise/finance/consents/{id}/withdraw")
    @PreAuthorize("hasAuthority('finance:apply')")
    String withdraw(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        try {
            String bank = financing.withdraw(id, user);
            redirect.addFlashAttribute("flash", messages.text("finance.consent.withdrawn", bank));
        } catch (DomainViolation e) {
            redirect.addFlashAttribute("errors", FormErrors.of(e));
        }
        return "redirect:/enterprise/finance#consents";
    }

    /** 001 §14 (六): a refused or lapsed confirmation request raised as a 拖欠账款 appeal. */
    @PostMapping("/enterprise/finance/confirmations/{id}/appeal")
    @PreAuthorize("hasAuthority('finance:apply')")
    String appealConfirmation(@PathVariable long id, @RequestParam(defaultValue = "") String phone,
                              @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        try {
            String tracking = confirmationAppeals.raiseByEnterprise(id, phone, user);
            redirect.addFlashAttribute("flash", messages.text("finance.confirmation.appealedDone", tracking));
        } catch (DomainViolation e) {
            redirect.addFlashAttribute("errors", FormErrors.of(e));
        }
        return "redirect:/enterprise/finance#confirmations";
    }

    @GetMapping("/enterprise/finance/confirmations/new")
    @PreAuthorize("hasAuthority('finance:apply')")
    String confirmationForm(Model model) {
        model.addAttribute("form", Forms.ConfirmationForm.empty());
        model.addAttribute("functions", DepartmentFunction.values());
        return "finance/confirmation-form";
    }

    @PostMapping("/enterprise/finance/confirmations")
    @PreAuthorize("hasAuthority('finance:apply')")
    String requestConfirmation(@ModelAttribute("form") Forms.ConfirmationForm form, BindingResult binding,
                               @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
        model.addAttribute("functions", DepartmentFunction.values());
        if (binding.hasErrors()) {
            FormErrors.show(model, FormErrors.of(binding));
            return "finance/confirmation-form";
        }
        try {
            Confirmation c = confirmations.request(form, user);
            redirect.addFlashAttribute("flash", messages.text("finance.confirmation.requested", c.dueOn()));
            return "redirect:/enterprise/finance#confirmations";
        } catch (DomainViolation e) {
            FormErrors.show(model, FormErrors.of(e));
            return "finance/confirmation-form";
        }
    }
}
