package cn.yingshang.arrears.internal;

import cn.yingshang.platform.FormErrors;
import cn.yingshang.platform.Portal;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.shared.DomainViolation;
import java.util.List;
import java.math.BigDecimal;
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

/** 企业服务: an SME reports what it is owed, follows its claims and answers the follow-up review. */
@Controller
class EnterpriseArrearsPages {

    private final ArrearsLedger ledger;
    private final Claims claims;
    private final ClaimPages pages;

    private final org.springframework.context.MessageSource messages;

    EnterpriseArrearsPages(ArrearsLedger ledger, Claims claims, ClaimPages pages, org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.ledger = ledger;
        this.claims = claims;
        this.pages = pages;
    }

    @ModelAttribute
    void portal(Model model) {
        model.addAttribute("portal", Portal.ENTERPRISE);
    }

    @GetMapping("/enterprise/arrears")
    @PreAuthorize("hasAuthority('arrears:report')")
    String list(@AuthenticationPrincipal SignedInUser user, @org.springframework.web.bind.annotation.RequestParam(defaultValue = "") String status,
                @org.springframework.web.bind.annotation.RequestParam(defaultValue = "") String q, cn.yingshang.platform.ListPage page,
                Model model) {
        var found = claims.page(Claims.Scope.enterprise(user.creditCode()), status, q, page);
        model.addAttribute("claimPage", found);
        model.addAttribute("claims", found.rows());
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        model.addAttribute("statuses", pages.statuses());
        model.addAttribute("today", ledger.today());
        return "arrears/enterprise-list";
    }

    @GetMapping("/enterprise/arrears/new")
    @PreAuthorize("hasAuthority('arrears:report')")
    String newForm(Model model) {
        pages.formChoices(model);
        model.addAttribute("form", ClaimForm.empty());
        model.addAttribute("action", "/enterprise/arrears");
        model.addAttribute("askPayee", false);
        return "arrears/form";
    }

    @PostMapping("/enterprise/arrears")
    @PreAuthorize("hasAuthority('arrears:report')")
    String report(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("form") ClaimForm form,
                  org.springframework.validation.BindingResult binding, jakarta.servlet.http.HttpServletRequest request, Model model,
                  RedirectAttributes redirect) {
        if (binding.hasErrors()) {  // "abc" as an amount or a date: the form again with the field marked, not a 400 page
            FormErrors.show(model, FormErrors.of(binding));
            model.addAttribute("form", ClaimForm.asTyped(request::getParameter,
                    request.getParameterValues("practices") == null ? List.of() : List.of(request.getParameterValues("practices"))));
            pages.formChoices(model);
            model.addAttribute("action", "/enterprise/arrears");
            model.addAttribute("askPayee", false);
            return "arrears/form";
        }
        try {
            Claim claim = ledger.register(form, user);
            redirect.addFlashAttribute("flash", shown("arrears.flash.submitted", claim.reference(), claim.confirmBy()));
            return "redirect:/enterprise/arrears/" + claim.id();
        } catch (DomainViolation e) {
            FormErrors.show(model, FormErrors.of(e));
            pages.formChoices(model);
            model.addAttribute("action", "/enterprise/arrears");
            model.addAttribute("askPayee", false);
            return "arrears/form";
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
