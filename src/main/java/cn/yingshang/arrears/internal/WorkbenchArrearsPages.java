package cn.yingshang.arrears.internal;

import cn.yingshang.platform.Departments;
import cn.yingshang.platform.FormErrors;
import cn.yingshang.platform.Portal;
import cn.yingshang.platform.Role;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.shared.DomainViolation;
import java.util.List;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

/** 政府工作台: the ledger, confirmation, repayment, follow-up, supervision, payer register, figures and publicity. */
@Controller
class WorkbenchArrearsPages {

    private static final String NEW = "/workbench/arrears";

    private final ArrearsLedger ledger;
    private final org.springframework.context.MessageSource messages;
    private final Claims claims;
    private final ClaimPages pages;
    private final PayerRegister payers;
    private final ArrearsFigures figures;
    private final AnnualPublication publication;
    private final ArrearsWatch watch;
    private final Departments departments;
    private final tools.jackson.databind.json.JsonMapper json;

    WorkbenchArrearsPages(ArrearsLedger ledger, Claims claims, ClaimPages pages, PayerRegister payers, ArrearsFigures figures,
                          AnnualPublication publication, ArrearsWatch watch, Departments departments,
                          tools.jackson.databind.json.JsonMapper json, org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.ledger = ledger;
        this.claims = claims;
        this.pages = pages;
        this.payers = payers;
        this.figures = figures;
        this.publication = publication;
        this.watch = watch;
        this.departments = departments;
        this.json = json;
    }

    @ModelAttribute
    void portal(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("portal", user != null && user.role() == Role.SUPERVISOR ? Portal.COCKPIT : Portal.WORKBENCH);
    }

    @GetMapping("/workbench/arrears")
    @PreAuthorize("hasAuthority('arrears:read')")
    String list(@RequestParam(defaultValue = "") String status, @RequestParam(defaultValue = "") String q,
                cn.yingshang.platform.ListPage page, @AuthenticationPrincipal SignedInUser user, Model model) {
        return pages.list(pages.scopeOf(user), status, q, page, model, "arrears/list");
    }

    @GetMapping("/workbench/arrears/new")
    @PreAuthorize("hasAuthority('arrears:register')")
    String newForm(Model model) {
        return pages.form(model, ClaimForm.empty(), NEW, true);
    }

    @PostMapping("/workbench/arrears")
    @PreAuthorize("hasAuthority('arrears:register')")
    String register(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("form") ClaimForm form,
                    org.springframework.validation.BindingResult binding, jakarta.servlet.http.HttpServletRequest request, Model model,
                    RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return pages.unreadable(model, binding, request, NEW, true);
        }
        try {
            Claim claim = ledger.register(form, user);
            redirect.addFlashAttribute("flash", shown("arrears.flash.registered", claim.reference()));
            return "redirect:/workbench/arrears/" + claim.id();
        } catch (DomainViolation e) {
            return pages.refused(model, e, NEW, true);
        }
    }

    @GetMapping("/workbench/arrears/{id}/intake")
    @PreAuthorize("hasAuthority('arrears:manage')")
    String intakeForm(@PathVariable long id, Model model) {
        Claim claim = ledger.require(id);
        model.addAttribute("intake", claim);
        return pages.form(model, new ClaimForm(claim.payeeCreditCode(), null, "", "", null, null, null, "DELIVERY", null,
                null, null, null, "BANK_TRANSFER", null, java.util.List.of(), claim.description()), intakeAction(id), false);
    }

    @PostMapping("/workbench/arrears/{id}/intake")
    @PreAuthorize("hasAuthority('arrears:manage')")
    String completeIntake(@PathVariable long id, @ModelAttribute("form") ClaimForm form,
                          org.springframework.validation.BindingResult binding, jakarta.servlet.http.HttpServletRequest request,
                          Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            model.addAttribute("intake", ledger.require(id));
            return pages.unreadable(model, binding, request, intakeAction(id), false);
        }
        try {
            ledger.completeIntake(id, form);
            redirect.addFlashAttribute("flash", shown("arrears.flash.intakeCompleted"));
            return "redirect:/workbench/arrears/" + id;
        } catch (DomainViolation e) {
            model.addAttribute("intake", ledger.require(id));
            return pages.refused(model, e, intakeAction(id), false);
        }
    }

    private static String intakeAction(long id) {
        return "/workbench/arrears/" + id + "/intake";
    }

    @GetMapping("/workbench/arrears/{id}")
    @PreAuthorize("hasAuthority('arrears:read')")
    String detail(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        Claim claim = pages.visible(id, user);
        model.addAttribute("v", pages.view(claim, user));
        model.addAttribute("workbench", true);
        model.addAttribute("methods", PaymentMethod.values());
        model.addAttribute("departmentName", pages.departmentName(claim.supervisingDepartmentId()));
        return "arrears/detail";
    }

    @PostMapping("/workbench/arrears/{id}/confirm")
    @PreAuthorize("hasAuthority('arrears:verify')")
    String confirm(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        return act(id, redirect, "arrears.flash.confirmed", () -> ledger.confirm(id, user));
    }

    @PostMapping("/workbench/arrears/{id}/reject")
    @PreAuthorize("hasAuthority('arrears:verify')")
    String reject(@PathVariable long id, @RequestParam(defaultValue = "") String reason,
                  @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        return act(id, redirect, "arrears.flash.rejected", () -> ledger.reject(id, reason, user));
    }

    @PostMapping("/workbench/arrears/{id}/plan")
    @PreAuthorize("hasAuthority('arrears:verify')")
    String plan(@PathVariable long id, @RequestParam(required = false) LocalDate payBy, @RequestParam(defaultValue = "") String planNote,
                @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        return act(id, redirect, "arrears.flash.planned", () -> ledger.planRepayment(id, payBy, planNote, user));
    }

    @PostMapping("/workbench/arrears/{id}/payments")
    @PreAuthorize("hasAuthority('arrears:verify')")
    String payment(@PathVariable long id, @RequestParam(required = false) LocalDate paidOn,
                   @RequestParam(required = false) BigDecimal paymentAmount, @RequestParam(defaultValue = "BANK_TRANSFER") String method,
                   @RequestParam(defaultValue = "") String paymentNote, @AuthenticationPrincipal SignedInUser user,
                   RedirectAttributes redirect) {
        return act(id, redirect, "arrears.flash.paid", () -> ledger.recordPayment(id, paidOn, paymentAmount, method, paymentNote, user));
    }

    @PostMapping("/workbench/arrears/{id}/dispute")
    @PreAuthorize("hasAuthority('arrears:verify')")
    String dispute(@PathVariable long id, @RequestParam(required = false) BigDecimal owedOfDisputed,
                   @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        return act(id, redirect, "arrears.flash.disputeResolved", () -> ledger.resolveDispute(id, owedOfDisputed, user));
    }

    @PostMapping("/workbench/arrears/{id}/follow-up")
    @PreAuthorize("hasAuthority('arrears:verify')")
    String followUp(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        return act(id, redirect, "arrears.flash.followUpStarted", () -> ledger.startFollowUp(id, user));
    }

    @PostMapping("/workbench/arrears/{id}/supervise")
    @PreAuthorize("hasAnyAuthority('arrears:verify', 'arrears:manage')")
    String supervise(@PathVariable long id, @RequestParam(defaultValue = "REMINDER") String kind,
                     @RequestParam(defaultValue = "") String note, @AuthenticationPrincipal SignedInUser user,
                     RedirectAttributes redirect) {
        return act(id, redirect, "ORDER".equals(kind) ? "arrears.flash.ordered" : "arrears.flash.reminded", () -> {
            ledger.supervise(id, kind, note, user);
            return null;
        });
    }

    @PostMapping("/workbench/arrears/{id}/expose")
    @PreAuthorize("hasAuthority('arrears:manage')")
    String expose(@PathVariable long id, @RequestParam(defaultValue = "") String exposureNote,
                  @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        return act(id, redirect, "arrears.flash.exposed", () -> ledger.expose(id, exposureNote, user));
    }

    /** A flash message in the reader's language (the bundle through the MessageSource); numbers given as plain text. */
    private String shown(String key, Object... args) {
        return messages.getMessage(key, args, org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }

    private String act(long id, RedirectAttributes redirect, String doneKey, Supplier<Object> action) {
        try {
            action.get();
            redirect.addFlashAttribute("flash", shown(doneKey));
        } catch (DomainViolation e) {
            redirect.addFlashAttribute("errors", FormErrors.of(e));
        }
        return "redirect:/workbench/arrears/" + id;
    }

    // ---- payer register ---------------------------------------------------------------------

    @GetMapping("/workbench/arrears/payers")
    @PreAuthorize("hasAuthority('arrears:read')")
    String payers(Model model) {
        model.addAttribute("payers", payers.all());
        model.addAttribute("types", java.util.Arrays.stream(PayerType.values()).filter(PayerType::isRegistered)
                .map(t -> new ClaimPages.Option(t.name(), t.label())).toList());
        model.addAttribute("departments", departments.all().stream()
                .map(d -> new ClaimPages.Option(Long.toString(d.id().value()), d.name())).toList());
        model.addAttribute("departmentNames", departments.all().stream()
                .collect(java.util.stream.Collectors.toMap(d -> d.id().value(), d -> d.name())));
        if (!model.containsAttribute("payerForm")) {
            model.addAttribute("payerForm", new PayerRegister.PayerForm("", "GOVERNMENT_ORGAN", "", "650100", null));
        }
        return "arrears/payers";
    }

    @PostMapping("/workbench/arrears/payers")
    @PreAuthorize("hasAuthority('arrears:manage')")
    String addPayer(@ModelAttribute PayerRegister.PayerForm payerForm, RedirectAttributes redirect) {
        try {
            Payer payer = payers.add(payerForm);
            redirect.addFlashAttribute("flash", shown("arrears.flash.payerRegistered", payer.name()));
        } catch (DomainViolation e) {
            redirect.addFlashAttribute("errors", FormErrors.of(e));
            redirect.addFlashAttribute("payerForm", payerForm);
        }
        return "redirect:/workbench/arrears/payers";
    }

    // ---- figures ------------------------------------------------------------------------------

    @GetMapping("/workbench/arrears/figures")
    @PreAuthorize("hasAuthority('arrears:read')")
    String figures(Model model) {
        LocalDate today = ledger.today();
        var all = figures.all(today);
        model.addAttribute("figures", all);
        model.addAttribute("total", figures.totalRow(today));
        model.addAttribute("today", today);
        model.addAttribute("chartData", json.writeValueAsString(java.util.Map.of(
                "types", all.get(ArrearsFigures.Dimension.PAYER_TYPE),
                "months", all.get(ArrearsFigures.Dimension.MONTH))));
        return "arrears/figures";
    }

    @GetMapping("/workbench/arrears/figures.xlsx")
    @PreAuthorize("hasAuthority('arrears:read')")
    ResponseEntity<byte[]> export() {
        LocalDate today = ledger.today();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, cn.yingshang.platform.Downloads.attachment(messages.getMessage(
                        "arrears.download.figures", new Object[] {today.toString()}, java.util.Locale.SIMPLIFIED_CHINESE)))
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(figures.workbook(today));
    }

    // ---- publicity and the daily check --------------------------------------------------------

    @GetMapping("/workbench/arrears/publicity")
    @PreAuthorize("hasAuthority('arrears:manage')")
    String publicity(@RequestParam(required = false) Integer year, Model model) {
        LocalDate today = ledger.today();
        int y = year == null ? today.getYear() - 1 : year;
        model.addAttribute("year", y);
        model.addAttribute("today", today);
        model.addAttribute("deadline", AnnualPublication.deadlineFor(y));
        model.addAttribute("published", publication.published(y));
        model.addAttribute("draft", publication.draft(y, today));
        model.addAttribute("late", today.isAfter(AnnualPublication.deadlineFor(y)));
        // every confirmed claim still owed and overdue, not only those among the latest 300 confirmed
        model.addAttribute("candidates", claims.openWithDueDate().stream()
                .filter(c -> c.status() == ClaimStatus.CONFIRMED && c.isOverdueOn(today) && c.exposedOn() == null)
                .sorted(java.util.Comparator.comparingLong(Claim::id).reversed()).toList());
        return "arrears/publicity";
    }

    @PostMapping("/workbench/arrears/publicity")
    @PreAuthorize("hasAuthority('arrears:manage')")
    String publish(@RequestParam int year, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        try {
            int n = publication.publish(year, ledger.today(), user.username());
            redirect.addFlashAttribute("flash", shown("arrears.flash.published", String.valueOf(year), String.valueOf(n)));
        } catch (DomainViolation e) {
            redirect.addFlashAttribute("errors", FormErrors.of(e));
        }
        return "redirect:/workbench/arrears/publicity?year=" + year;
    }

    @PostMapping("/workbench/arrears/watch")
    @PreAuthorize("hasAuthority('arrears:manage')")
    String runWatch(RedirectAttributes redirect) {
        int steps = watch.check(ledger.today());
        redirect.addFlashAttribute("flash", shown("arrears.flash.watched", String.valueOf(steps)));
        return "redirect:/workbench/arrears";
    }
}
