package cn.yingshang.finance.internal;

import cn.yingshang.platform.FormErrors;
import cn.yingshang.platform.Portal;
import cn.yingshang.platform.Role;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.shared.DomainViolation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The office's financing pages: the bank directory with bank accounts bound to banks, and the figures. */
@Controller
class FinanceOfficePages {

    private final BankDirectory directory;
    private final Banks banks;
    private final FinanceFigures figures;
    private final FinanceMessages messages;

    FinanceOfficePages(BankDirectory directory, Banks banks, FinanceFigures figures, FinanceMessages messages) {
        this.directory = directory;
        this.banks = banks;
        this.figures = figures;
        this.messages = messages;
    }

    @GetMapping("/workbench/finance/banks")
    @PreAuthorize("hasAuthority('finance:manage')")
    String banks(Model model) {
        model.addAttribute("portal", Portal.WORKBENCH);
        model.addAttribute("banks", banks.all());
        if (model.getAttribute("form") == null) {
            model.addAttribute("form", Forms.BankForm.empty());
        }
        return "finance/banks";
    }

    @PostMapping("/workbench/finance/banks")
    @PreAuthorize("hasAuthority('finance:manage')")
    String register(@ModelAttribute("form") Forms.BankForm form, Model model, RedirectAttributes redirect) {
        try {
            directory.register(form);
            redirect.addFlashAttribute("flash", messages.text("finance.bank.registered"));
            return "redirect:/workbench/finance/banks";
        } catch (DomainViolation e) {
            FormErrors.show(model, FormErrors.of(e));
            return banks(model);
        }
    }

    @PostMapping("/workbench/finance/banks/accounts")
    @PreAuthorize("hasAuthority('finance:manage')")
    String bind(@RequestParam(defaultValue = "") String username, @RequestParam long bankId, RedirectAttributes redirect) {
        try {
            directory.bind(username, bankId);
            redirect.addFlashAttribute("flash", messages.text("finance.bank.bound"));
        } catch (DomainViolation e) {
            redirect.addFlashAttribute("errors", FormErrors.of(e));
        }
        return "redirect:/workbench/finance/banks";
    }

    @GetMapping("/workbench/finance/figures")
    @PreAuthorize("hasAuthority('finance:figures')")
    String figures(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("portal", user.role() == Role.SUPERVISOR ? Portal.COCKPIT : Portal.WORKBENCH);
        model.addAttribute("summary", figures.summary());
        model.addAttribute("bySize", figures.bySize());
        model.addAttribute("byPrefecture", figures.byPrefecture());
        return "finance/figures";
    }
}
