package cn.yingshang.legal.internal;

import cn.yingshang.platform.Department;
import cn.yingshang.platform.DepartmentFunction;
import cn.yingshang.platform.Departments;
import cn.yingshang.platform.FormErrors;
import cn.yingshang.platform.Portal;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.shared.DomainViolation;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
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

/** 政府工作台 of courts: bankruptcy cases, claims, the administrator, creditors' meetings and coordination items. */
@Controller
@PreAuthorize("hasAuthority('legal:handle')")
class BankruptcyPages {

    private static final Set<DepartmentFunction> NOT_ASKED = Set.of(DepartmentFunction.BIZ_ENV_OFFICE, DepartmentFunction.COURT,
            DepartmentFunction.PROCURATORATE, DepartmentFunction.PUBLIC_SECURITY);

    private final HandlingBankruptcy handling;
    private final BankruptcyCases register;
    private final PoliticalLegalBodies bodies;
    private final Departments departments;
    private final LegalMessages messages;
    private final Clock clock;

    BankruptcyPages(HandlingBankruptcy handling, BankruptcyCases register, PoliticalLegalBodies bodies, Departments departments,
                    LegalMessages messages, Clock clock) {
        this.handling = handling;
        this.register = register;
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

    @GetMapping("/workbench/legal/bankruptcy")
    String list(@AuthenticationPrincipal SignedInUser user, @org.springframework.web.bind.annotation.RequestParam(defaultValue = "") String q,
                cn.yingshang.platform.ListPage page, Model model) {
        Department court = bodies.bodyOf(user, Set.of(DepartmentFunction.COURT));
        model.addAttribute("court", court);
        var found = register.page(court.id().value(), q, page);
        model.addAttribute("cases", found.rows());
        model.addAttribute("listPage", found);
        model.addAttribute("q", q);
        return "legal/bankruptcy-list";
    }

    @GetMapping("/workbench/legal/bankruptcy/new")
    String newForm(@AuthenticationPrincipal SignedInUser user, Model model) {
        bodies.bodyOf(user, Set.of(DepartmentFunction.COURT));
        model.addAttribute("form", blank());
        return form(model);
    }

    @PostMapping("/workbench/legal/bankruptcy")
    String accept(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("form") HandlingBankruptcy.NewBankruptcyCase form,
                  BindingResult binding, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            FormErrors.show(model, FormErrors.of(binding));
            if (form == null) {  // a value that could not be converted leaves no form object to show again
                model.addAttribute("form", blank());
            }
            return form(model);
        }
        try {
            long id = handling.accept(form, user);
            redirect.addFlashAttribute("flash", messages.text("legal.bankruptcy.accepted"));
            return "redirect:/workbench/legal/bankruptcy/" + id;
        } catch (DomainViolation e) {
            FormErrors.show(model, FormErrors.of(e));
            return form(model);
        }
    }

    @GetMapping("/workbench/legal/bankruptcy/{id}")
    String detail(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        BankruptcyCase c = handling.ownCase(id, user);
        model.addAttribute("c", c);
        model.addAttribute("courtName", bodies.name(c.courtId()));
        model.addAttribute("claims", register.claims(id));
        model.addAttribute("recommendations", register.recommendations(id));
        model.addAttribute("meetings", register.meetings(id));
        model.addAttribute("items", register.items(id).stream()
                .map(i -> new ItemLine(i, bodies.name(i.departmentId()))).toList());
        model.addAttribute("askable", departments.all().stream()
                .filter(d -> d.region().equals(bodies.require(c.courtId()).region()) && !NOT_ASKED.contains(d.function())).toList());
        model.addAttribute("court", true);
        model.addAttribute("basis", messages.basis("002 #32"));
        model.addAttribute("simplifiedBasis", messages.basis("SPCBANKRUPTCY 15"));
        return "legal/bankruptcy-case";
    }

    /** A coordination item with the name of the department asked. */
    public record ItemLine(CoordinationItem item, String departmentName) {
    }

    @PostMapping("/workbench/legal/bankruptcy/{id}/claims/{claimId}")
    String decideClaim(@PathVariable long id, @PathVariable long claimId, @RequestParam(required = false) BigDecimal confirmedAmount,
                       @RequestParam(defaultValue = "false") boolean reject, @AuthenticationPrincipal SignedInUser user,
                       RedirectAttributes redirect) {
        handling.decideClaim(id, claimId, reject, confirmedAmount, user);
        return done(id, "legal.bankruptcy.claimDecided", redirect);
    }

    @PostMapping("/workbench/legal/bankruptcy/{id}/administrator")
    String appoint(@PathVariable long id, @RequestParam(defaultValue = "") String administrator,
                   @RequestParam(defaultValue = "") String administratorReason, @AuthenticationPrincipal SignedInUser user,
                   RedirectAttributes redirect) {
        handling.appoint(id, administrator, administratorReason, user);
        return done(id, "legal.bankruptcy.appointed", redirect);
    }

    @PostMapping("/workbench/legal/bankruptcy/{id}/meetings")
    String openMeeting(@PathVariable long id, @RequestParam(defaultValue = "") String motion, @RequestParam(defaultValue = "") String kind,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closesOn,
                       @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        handling.openMeeting(id, motion, kind, closesOn, user);
        return done(id, "legal.bankruptcy.meetingOpened", redirect);
    }

    @PostMapping("/workbench/legal/bankruptcy/{id}/meetings/{meetingId}/count")
    String count(@PathVariable long id, @PathVariable long meetingId, @AuthenticationPrincipal SignedInUser user,
                 RedirectAttributes redirect) {
        boolean passed = handling.count(id, meetingId, user).passed();
        return done(id, passed ? "legal.bankruptcy.countedPassed" : "legal.bankruptcy.countedFailed", redirect);
    }

    @PostMapping("/workbench/legal/bankruptcy/{id}/coordination")
    String raise(@PathVariable long id, @RequestParam(required = false) Long departmentId, @RequestParam(defaultValue = "") String subject,
                 @RequestParam(defaultValue = "") String request, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        handling.raise(id, departmentId, subject, request, user);
        return done(id, "legal.bankruptcy.raised", redirect);
    }

    @PostMapping("/workbench/legal/bankruptcy/{id}/conclude")
    String conclude(@PathVariable long id, @RequestParam(defaultValue = "") String outcome, @AuthenticationPrincipal SignedInUser user,
                    RedirectAttributes redirect) {
        handling.conclude(id, outcome, user);
        return done(id, "legal.bankruptcy.concludedDone", redirect);
    }

    private String done(long id, String key, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flash", messages.text(key));
        return "redirect:/workbench/legal/bankruptcy/" + id;
    }

    private String form(Model model) {
        model.addAttribute("procedures", HandlingBankruptcy.PROCEDURES.stream().sorted().toList());
        return "legal/bankruptcy-form";
    }

    private HandlingBankruptcy.NewBankruptcyCase blank() {
        LocalDate today = LocalDate.now(clock);
        return new HandlingBankruptcy.NewBankruptcyCase("", "", "LIQUIDATION", true, today, today.plusDays(30));
    }
}
