package cn.yingshang.legal.internal;

import cn.yingshang.platform.PageOf;
import cn.yingshang.platform.ListPage;
import cn.yingshang.platform.Departments;
import cn.yingshang.platform.FormErrors;
import cn.yingshang.platform.Portal;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.shared.DomainViolation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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

/**
 * Disputes on three desks: 企业服务 (ask for mediation, arbitration, legal aid or foreign-related advice and follow each
 * step), the workbench of the body it was routed to, and the public directory of legal services (12348, 002 #38).
 */
@Controller
class DisputePages {

    /** A request with the name of its body and the articles of its limits, as people read them. */
    public record Line(Dispute dispute, String bodyName, String acceptBasis, String concludeBasis, boolean acceptLate, boolean concludeLate) {
    }

    private final ResolvingDisputes resolving;
    private final Disputes disputes;
    private final PoliticalLegalBodies bodies;
    private final Departments departments;
    private final LegalTimeLimits limits;
    private final LegalMessages messages;
    private final Clock clock;
    private final cn.yingshang.platform.AuditLog audit;

    DisputePages(ResolvingDisputes resolving, Disputes disputes, PoliticalLegalBodies bodies, Departments departments,
                 LegalTimeLimits limits, LegalMessages messages, Clock clock, cn.yingshang.platform.AuditLog audit) {
        this.audit = audit;
        this.resolving = resolving;
        this.disputes = disputes;
        this.bodies = bodies;
        this.departments = departments;
        this.limits = limits;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/public/legal-services")
    String directory(@RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String q, ListPage page,
                     Model model) {
        model.addAttribute("portal", Portal.PUBLIC);
        showDirectory(kind, q, page, model);
        model.addAttribute("basis", messages.basis("002 #38"));
        return "legal/legal-services";
    }

    /** The judicial administration keeps the directory (000 §57: it integrates lawyers, mediation, arbitration and foreign-related experts). */
    @GetMapping("/workbench/legal/directory")
    @PreAuthorize("hasAuthority('legal:respond')")
    String directoryDesk(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "") String kind,
                         @RequestParam(defaultValue = "") String q, ListPage page, Model model) {
        justiceOnly(user);
        model.addAttribute("portal", Portal.WORKBENCH);
        showDirectory(kind, q, page, model);
        return "legal/directory";
    }

    private void showDirectory(String kind, String q, ListPage page, Model model) {
        PageOf<Disputes.Provider> found = disputes.directory(kind, q, page);
        model.addAttribute("providerPage", found);
        model.addAttribute("providers", found.rows());
        model.addAttribute("kinds", DIRECTORY_KINDS);
        model.addAttribute("kind", kind);
        model.addAttribute("q", q);
    }

    @PostMapping("/workbench/legal/directory")
    @PreAuthorize("hasAuthority('legal:respond')")
    String list(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String name,
                @RequestParam(defaultValue = "") String phone, @RequestParam(defaultValue = "") String fields,
                @RequestParam(defaultValue = "") String languages, @RequestParam(defaultValue = "") String address, RedirectAttributes redirect) {
        cn.yingshang.platform.Department justice = justiceOnly(user);
        if (!DIRECTORY_KINDS.contains(kind)) {
            throw messages.violation("kind", "legal.services.kindRequired");
        }
        String n = LegalInput.required(messages, name, "name", "legal.services.nameRequired");
        String p = LegalInput.required(messages, phone, "phone", "legal.services.phoneRequired");
        long id = disputes.list(kind, n, justice.region().code(), p, LegalInput.optional(messages, address, "address"),
                LegalInput.optional(messages, fields, "fields"), LegalInput.optional(messages, languages, "languages"));
        audit.record("legal.directory.list", "legal_service_directory", String.valueOf(id), null, kind + ":" + n);
        redirect.addFlashAttribute("flash", messages.text("legal.services.listed"));
        return "redirect:/workbench/legal/directory";
    }

    private cn.yingshang.platform.Department justiceOnly(SignedInUser user) {
        var d = user.departmentId() == null ? null : departments.require(user.departmentId());
        if (d == null || d.function() != cn.yingshang.platform.DepartmentFunction.JUSTICE) {
            throw new org.springframework.security.access.AccessDeniedException("legal.services.justiceOnly");
        }
        return d;
    }

    static final List<String> DIRECTORY_KINDS = List.of("CENTRE_12348", "MEDIATION", "ARBITRATION", "FOREIGN_EXPERT", "FOREIGN_LAWYER");

    @GetMapping("/enterprise/legal/disputes")
    @PreAuthorize("hasAuthority('legal:file')")
    String mine(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "") String q, ListPage page, Model model) {
        return enterpriseList(user, new ResolvingDisputes.Request(UUID.randomUUID().toString(), "MEDIATION", "COMMERCIAL", "", "", null),
                q, page, model);
    }

    @PostMapping("/enterprise/legal/disputes")
    @PreAuthorize("hasAuthority('legal:file')")
    String submit(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("form") ResolvingDisputes.Request form,
                  org.springframework.validation.BindingResult binding, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            FormErrors.show(model, FormErrors.of(binding));
            return enterpriseList(user, form, "", ListPage.first(), model);
        }
        try {
            long id = resolving.submit(form, user);
            redirect.addFlashAttribute("flash", messages.text("legal.dispute.submitted"));
            return "redirect:/enterprise/legal/disputes/" + id;
        } catch (DomainViolation e) {
            FormErrors.show(model, FormErrors.of(e));
            return enterpriseList(user, form, "", ListPage.first(), model);
        }
    }

    @GetMapping("/enterprise/legal/disputes/{id}")
    @PreAuthorize("hasAuthority('legal:file')")
    String mineOne(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("portal", Portal.ENTERPRISE);
        model.addAttribute("l", line(resolving.own(id, user)));
        model.addAttribute("handling", false);
        return "legal/dispute";
    }

    @GetMapping("/workbench/legal/disputes")
    @PreAuthorize("hasAuthority('legal:respond')")
    String routed(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "") String q, ListPage page, Model model) {
        List<Long> mine = departments.actedForBy(user).stream().map(d -> d.value()).toList();
        model.addAttribute("portal", Portal.WORKBENCH);
        PageOf<Line> found = disputes.forDepartments(mine, q, page).map(this::line);
        model.addAttribute("lines", found.rows());
        model.addAttribute("listPage", found);
        model.addAttribute("q", q);
        model.addAttribute("outcomes", ResolvingDisputes.OUTCOMES.stream().sorted().toList());
        model.addAttribute("handling", true);
        return "legal/disputes-routed";
    }

    @PostMapping("/workbench/legal/disputes/{id}/accept")
    @PreAuthorize("hasAuthority('legal:respond')")
    String accept(@PathVariable long id, @RequestParam(defaultValue = "") String handledBy, @AuthenticationPrincipal SignedInUser user,
                  RedirectAttributes redirect) {
        resolving.accept(id, handledBy, user);
        return done("legal.dispute.accepted", redirect);
    }

    @PostMapping("/workbench/legal/disputes/{id}/refuse")
    @PreAuthorize("hasAuthority('legal:respond')")
    String refuse(@PathVariable long id, @RequestParam(defaultValue = "") String reason, @AuthenticationPrincipal SignedInUser user,
                  RedirectAttributes redirect) {
        resolving.refuse(id, reason, user);
        return done("legal.dispute.refused", redirect);
    }

    @PostMapping("/workbench/legal/disputes/{id}/conclude")
    @PreAuthorize("hasAuthority('legal:respond')")
    String conclude(@PathVariable long id, @RequestParam(defaultValue = "") String outcome, @RequestParam(defaultValue = "") String outcomeNote,
                    @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        resolving.conclude(id, outcome, outcomeNote, user);
        return done("legal.dispute.concluded", redirect);
    }

    private String enterpriseList(SignedInUser user, ResolvingDisputes.Request form, String q, ListPage page, Model model) {
        model.addAttribute("portal", Portal.ENTERPRISE);
        model.addAttribute("form", form == null
                ? new ResolvingDisputes.Request(UUID.randomUUID().toString(), "MEDIATION", "COMMERCIAL", "", "", null) : form);
        model.addAttribute("channels", DisputeRouting.CHANNELS.stream().sorted().toList());
        model.addAttribute("subjects", DisputeRouting.SUBJECTS.stream().sorted().toList());
        PageOf<Line> found = user.creditCode() == null ? new PageOf<>(List.of(), 0, page) : disputes.ofEnterprise(user.creditCode(), q, page).map(this::line);
        model.addAttribute("lines", found.rows());
        model.addAttribute("listPage", found);
        model.addAttribute("q", q);
        model.addAttribute("limits", limitsShown());
        return "legal/disputes";
    }

    /** Each channel's limits with their articles, shown next to the form. */
    private List<Map.Entry<String, String>> limitsShown() {
        return limits.all().stream().filter(l -> l.code().startsWith("DISPUTE_"))
                .map(l -> Map.entry(messages.text("legal.limit." + l.code()) + messages.text("legal.dispute.limitAmount", l.amount(),
                        messages.text("legal.dispute.unit." + l.unit().name())), messages.basis(l.basis())))
                .toList();
    }

    private Line line(Dispute d) {
        LocalDate today = LocalDate.now(clock);
        return new Line(d, bodies.name(d.departmentId()), d.acceptLimit() == null ? null : messages.basis(limits.get(d.acceptLimit()).basis()),
                d.concludeLimit() == null ? null : messages.basis(limits.get(d.concludeLimit()).basis()), d.acceptLate(today),
                d.concludeLate(today));
    }

    private String done(String key, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flash", messages.text(key));
        return "redirect:/workbench/legal/disputes";
    }
}
