package cn.yingshang.legal.internal;

import cn.yingshang.platform.Department;
import cn.yingshang.platform.DepartmentFunction;
import cn.yingshang.platform.FormErrors;
import cn.yingshang.platform.Portal;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.shared.DomainViolation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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

/** 政府工作台 of a court: judgments under enforcement, defaulters listed and, once they perform, repaired. */
@Controller
@PreAuthorize("hasAuthority('legal:handle')")
class JudgmentPages {

    private final EnforcingJudgments enforcing;
    private final Judgments judgments;
    private final PoliticalLegalBodies bodies;
    private final LegalTimeLimits limits;
    private final LegalMessages messages;
    private final Clock clock;

    JudgmentPages(EnforcingJudgments enforcing, Judgments judgments, PoliticalLegalBodies bodies, LegalTimeLimits limits,
                  LegalMessages messages, Clock clock) {
        this.enforcing = enforcing;
        this.judgments = judgments;
        this.bodies = bodies;
        this.limits = limits;
        this.messages = messages;
        this.clock = clock;
    }

    @ModelAttribute
    void portal(Model model) {
        model.addAttribute("portal", Portal.WORKBENCH);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("repairBasis", messages.basis(limits.get("DEFAULTER_REPAIR").basis()));
        model.addAttribute("integrityBasis", messages.basis(EnforcingJudgments.PUBLIC_DEBTOR_BASIS));
    }

    @GetMapping("/workbench/legal/judgments")
    String list(@AuthenticationPrincipal SignedInUser user, @org.springframework.web.bind.annotation.RequestParam(defaultValue = "") String q,
                cn.yingshang.platform.ListPage page, Model model) {
        Department court = bodies.bodyOf(user, Set.of(DepartmentFunction.COURT));
        model.addAttribute("court", court);
        listed(model, court, q, page);
        model.addAttribute("form", EnforcingJudgments.NewJudgment.blank());
        model.addAttribute("debtorKinds", List.of("ENTERPRISE", "PUBLIC_BODY", "STATE_OWNED"));
        return "legal/judgments";
    }

    private void listed(Model model, Department court, String q, cn.yingshang.platform.ListPage page) {
        var found = judgments.page(court.id().value(), q, page);
        model.addAttribute("judgments", found.rows());
        model.addAttribute("judgmentPage", found);
        model.addAttribute("q", q);
    }

    @PostMapping("/workbench/legal/judgments")
    String record(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("form") EnforcingJudgments.NewJudgment form,
                  BindingResult binding, Model model, RedirectAttributes redirect) {
        try {
            if (binding.hasErrors()) {
                FormErrors.show(model, FormErrors.of(binding));
            } else {
                long id = enforcing.record(form, user);
                redirect.addFlashAttribute("flash", messages.text("legal.judgment.recorded"));
                return "redirect:/workbench/legal/judgments/" + id;
            }
        } catch (DomainViolation e) {
            FormErrors.show(model, FormErrors.of(e));
        }
        Department court = bodies.bodyOf(user, Set.of(DepartmentFunction.COURT));
        model.addAttribute("court", court);
        listed(model, court, "", cn.yingshang.platform.ListPage.first());
        if (form == null) {  // a value that could not be converted leaves no form object to show again
            model.addAttribute("form", EnforcingJudgments.NewJudgment.blank());
        }
        model.addAttribute("debtorKinds", List.of("ENTERPRISE", "PUBLIC_BODY", "STATE_OWNED"));
        return "legal/judgments";
    }

    @GetMapping("/workbench/legal/judgments/{id}")
    String detail(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        Judgment j = enforcing.own(id, user);
        model.addAttribute("j", j);
        model.addAttribute("courtName", bodies.name(j.courtId()));
        return "legal/judgment";
    }

    @PostMapping("/workbench/legal/judgments/{id}/defaulter")
    String list(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate listedOn,
                @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        enforcing.listAsDefaulter(id, listedOn, user);
        redirect.addFlashAttribute("flash", messages.text("legal.judgment.listedDone"));
        return "redirect:/workbench/legal/judgments/" + id;
    }

    @PostMapping("/workbench/legal/judgments/{id}/performed")
    String performed(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate performedOn,
                     @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        Optional<LocalDate> repaired = enforcing.performed(id, performedOn, user);
        redirect.addFlashAttribute("flash", repaired.map(d -> messages.text("legal.judgment.performedDone", d))
                .orElseGet(() -> messages.text("legal.judgment.performedNoEntry")));
        return "redirect:/workbench/legal/judgments/" + id;
    }
}
