package cn.yingshang.arrears.internal;

import cn.yingshang.platform.FormErrors;
import cn.yingshang.platform.ListPage;
import cn.yingshang.platform.Portal;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.shared.DomainViolation;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
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

/** 企业服务: an SME reports what it is owed, follows its claims and answers the follow-up review. */
@Controller
class EnterpriseArrearsPages {

    private static final String NEW = "/enterprise/arrears";

    private final ArrearsLedger ledger;
    private final ClaimPages pages;

    private final org.springframework.context.MessageSource messages;

    EnterpriseArrearsPages(ArrearsLedger ledger, ClaimPages pages, org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.ledger = ledger;
        this.pages = pages;
    }

    @ModelAttribute
    void portal(Model model) {
        model.addAttribute("portal", Portal.ENTERPRISE);
    }

    @GetMapping("/enterprise/arrears")
    @PreAuthorize("hasAuthority('arrears:report')")
    String list(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "") String status,
                @RequestParam(defaultValue = "") String q, ListPage page, Model model) {
        return pages.list(Claims.Scope.enterprise(user.creditCode()), status, q, page, model, "arrears/enterprise-list");
    }

    @GetMapping("/enterprise/arrears/new")
    @PreAuthorize("hasAuthority('arrears:report')")
    String newForm(Model model) {
        return pages.form(model, ClaimForm.empty(), NEW, false);
    }

    @PostMapping("/enterprise/arrears")
    @PreAuthorize("hasAuthority('arrears:report')")
    String report(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("form") ClaimForm form, BindingResult binding,
                  HttpServletRequest request, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return pages.unreadable(model, binding, request, NEW, false);
        }
        try {
            Claim claim = ledger.register(form, user);
            redirect.addFlashAttribute("flash", shown("arrears.flash.submitted", claim.reference(), claim.confirmBy()));
            return "redirect:/enterprise/arrears/" + claim.id();
        } catch (DomainViolation e) {
            return pages.refused(model, e, NEW, false);
        }
    }

    @GetMapping("/enterprise/arrears/{id}")
    @PreAuthorize("hasAuthority('arrears:report')")
    String detail(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        Claim claim = pages.visible(id, user);
        model.addAttribute("v", pages.view(claim, user));
        model.addAttribute("workbench", false);
        model.addAttribute("departmentName", pages.departmentName(claim.supervisingDepartmentId()));
        return "arrears/detail";
    }

    @PostMapping("/enterprise/arrears/{id}/follow-up")
    @PreAuthorize("hasAuthority('arrears:report')")
    String answer(@PathVariable long id, @RequestParam String received,
                  @RequestParam(required = false) BigDecimal receivedAmount, @RequestParam(defaultValue = "") String note,
                  @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        try {
            ledger.answerFollowUp(id, "YES".equals(received), receivedAmount, note, user);
            redirect.addFlashAttribute("flash", shown("YES".equals(received) ? "arrears.flash.received" : "arrears.flash.notReceived"));
        } catch (DomainViolation e) {
            redirect.addFlashAttribute("errors", FormErrors.of(e));
        }
        return "redirect:/enterprise/arrears/" + id;
    }

    /** A flash message in the reader's language (the bundle through the MessageSource). */
    private String shown(String key, Object... args) {
        return messages.getMessage(key, args, org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }
}
