package cn.yingshang.finance.internal;

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

/** The supervising department's side of receivable confirmation (001 §14 (六)). */
@Controller
class ConfirmationPages {

    private final ReceivableConfirmations confirmations;
    private final Departments departments;
    private final FinanceMessages messages;
    private final Clock clock;

    ConfirmationPages(ReceivableConfirmations confirmations, Departments departments, FinanceMessages messages, Clock clock) {
        this.confirmations = confirmations;
        this.departments = departments;
        this.messages = messages;
        this.clock = clock;
    }

    @ModelAttribute
    void portal(Model model) {
        model.addAttribute("portal", Portal.WORKBENCH);
    }

    @GetMapping("/workbench/finance/confirmations")
    @PreAuthorize("hasAuthority('finance:confirm')")
    String list(@AuthenticationPrincipal SignedInUser user,
                @org.springframework.web.bind.annotation.RequestParam(defaultValue = "") String q,
                cn.yingshang.platform.ListPage page, Model model) {
        var found = confirmations.forOfficial(user, q, page);
        model.addAttribute("confirmationPage", found);
        model.addAttribute("confirmations", found.rows());
        model.addAttribute("q", q);
        model.addAttribute("today", LocalDate.now(clock));
        return "finance/confirmations";
    }

    @GetMapping("/workbench/finance/confirmations/{id}")
    @PreAuthorize("hasAuthority('finance:confirm')")
    String detail(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        Confirmation c = confirmations.readable(id, user);
        model.addAttribute("c", c);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("departmentName", departments.byId(c.department()).map(d -> d.name()).orElse(""));
        model.addAttribute("mayAnswer", confirmations.mayAnswer(user, c) && c.requested());
        return "finance/confirmation";
    }

    @PostMapping("/workbench/finance/confirmations/{id}/confirm")
    @PreAuthorize("hasAuthority('finance:confirm')")
    String confirm(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        try {
            confirmations.confirm(id, user);
            redirect.addFlashAttribute("flash", messages.text("finance.confirmation.confirmedDone"));
        } catch (DomainViolation e) {
            redirect.addFlashAttribute("errors", FormErrors.of(e));
        }
        return "redirect:/workbench/finance/confirmations/" + id;
    }

    @PostMapping("/workbench/finance/confirmations/{id}/refuse")
    @PreAuthorize("hasAuthority('finance:confirm')")
    String refuse(@PathVariable long id, @RequestParam(defaultValue = "") String reason, @AuthenticationPrincipal SignedInUser user,
                  RedirectAttributes redirect) {
        try {
            confirmations.refuse(id, reason, user);
            redirect.addFlashAttribute("flash", messages.text("finance.confirmation.refusedDone"));
        } catch (DomainViolation e) {
            redirect.addFlashAttribute("errors", FormErrors.of(e));
        }
        return "redirect:/workbench/finance/confirmations/" + id;
    }
}
