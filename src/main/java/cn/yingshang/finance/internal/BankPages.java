package cn.yingshang.finance.internal;

import cn.yingshang.platform.FormErrors;
import cn.yingshang.platform.Portal;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.shared.CreditRiskClass;
import cn.yingshang.shared.DomainViolation;
import cn.yingshang.shared.EnterpriseSize;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The bank's pages: enterprises that consented to it, their profiles and needs, its loan products. */
@Controller
class BankPages {

    private final BankAccess access;
    private final Lending lending;
    private final Consents consents;
    private final Needs needs;
    private final Banks banks;
    private final FinanceMessages messages;

    private final ProductEligibility eligibility;

    BankPages(BankAccess access, Lending lending, Consents consents, Needs needs, Banks banks, FinanceMessages messages,
              ProductEligibility eligibility) {
        this.eligibility = eligibility;
        this.access = access;
        this.lending = lending;
        this.consents = consents;
        this.needs = needs;
        this.banks = banks;
        this.messages = messages;
    }

    @ModelAttribute
    void portal(Model model) {
        model.addAttribute("portal", Portal.WORKBENCH);
    }

    @GetMapping("/workbench/finance/bank")
    @PreAuthorize("hasAuthority('finance:lend')")
    String consented(@AuthenticationPrincipal SignedInUser user, Model model) {
        Bank bank = access.bankOf(user);
        model.addAttribute("bank", bank);
        model.addAttribute("consents", consents.toBank(bank.id()));
        return "finance/bank";
    }

    @GetMapping("/workbench/finance/bank/profiles/{code}")
    @PreAuthorize("hasAuthority('finance:lend')")
    String profile(@PathVariable String code, @AuthenticationPrincipal SignedInUser user, Model model) {
        CreditProfile profile = lending.profile(code, user);
        Bank bank = access.bankOf(user);
        model.addAttribute("bank", bank);
        model.addAttribute("profile", profile);
        model.addAttribute("needs", needs.ofEntity(code));
        model.addAttribute("loans", needs.loansOfEntity(code));
        model.addAttribute("verdicts", eligibility.check(banks.products(bank.id()), profile.entity().creditCode()));
        return "finance/profile";
    }

    @PostMapping("/workbench/finance/bank/needs/{needId}/outcome")
    @PreAuthorize("hasAuthority('finance:lend')")
    String outcome(@PathVariable long needId, @ModelAttribute Forms.OutcomeForm form, BindingResult binding,
                   @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        Need need = needs.find(needId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        access.consented(user, need.creditCode());
        if (binding.hasErrors()) {
            redirect.addFlashAttribute("errors", FormErrors.of(binding));
        } else {
            try {
                Loan loan = lending.recordOutcome(needId, form, user);
                redirect.addFlashAttribute("flash", messages.text(loan.granted() ? "finance.outcome.granted" : "finance.outcome.refused"));
            } catch (DomainViolation e) {
                redirect.addFlashAttribute("errors", FormErrors.of(e));
            }
        }
        return "redirect:/workbench/finance/bank/profiles/" + need.creditCode();
    }

    @GetMapping("/workbench/finance/bank/products")
    @PreAuthorize("hasAuthority('finance:lend')")
    String products(@AuthenticationPrincipal SignedInUser user, Model model) {
        Bank bank = access.bankOf(user);
        model.addAttribute("bank", bank);
        model.addAttribute("products", banks.products(bank.id()));
        if (model.getAttribute("form") == null) {
            model.addAttribute("form", Forms.ProductForm.empty());
        }
        model.addAttribute("sizes", EnterpriseSize.values());
        model.addAttribute("classes", CreditRiskClass.values());
        return "finance/products";
    }

    @PostMapping("/workbench/finance/bank/products")
    @PreAuthorize("hasAuthority('finance:lend')")
    String publish(@ModelAttribute("form") Forms.ProductForm form, BindingResult binding, @AuthenticationPrincipal SignedInUser user,
                   Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            FormErrors.show(model, FormErrors.of(binding));
            return products(user, model);
        }
        try {
            lending.publish(form, user);
            redirect.addFlashAttribute("flash", messages.text("finance.product.published"));
            return "redirect:/workbench/finance/bank/products";
        } catch (DomainViolation e) {
            FormErrors.show(model, FormErrors.of(e));
            return products(user, model);
        }
    }
}
