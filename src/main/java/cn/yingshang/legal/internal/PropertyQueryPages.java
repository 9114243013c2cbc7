package cn.yingshang.legal.internal;

import cn.yingshang.platform.ListPage;
import cn.yingshang.platform.Departments;
import cn.yingshang.platform.Portal;
import cn.yingshang.platform.SignedInUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 004 #43 on three desks: the court registers the administrator and reads the query log, the administrator queries on
 * 企业服务, the departments asked answer on their workbench.
 */
@Controller
class PropertyQueryPages {

    /** A query with its case, the department asked and the limit's article. */
    public record Line(PropertyQuery query, BankruptcyCase bankruptcy, String departmentName, boolean late) {
    }

    private final QueryingDebtorProperty querying;
    private final PropertyQueries queries;
    private final HandlingBankruptcy bankruptcy;
    private final BankruptcyCases cases;
    private final PoliticalLegalBodies bodies;
    private final Departments departments;
    private final LegalTimeLimits limits;
    private final LegalMessages messages;
    private final Clock clock;

    PropertyQueryPages(QueryingDebtorProperty querying, PropertyQueries queries, HandlingBankruptcy bankruptcy, BankruptcyCases cases,
                       PoliticalLegalBodies bodies, Departments departments, LegalTimeLimits limits, LegalMessages messages, Clock clock) {
        this.querying = querying;
        this.queries = queries;
        this.bankruptcy = bankruptcy;
        this.cases = cases;
        this.bodies = bodies;
        this.departments = departments;
        this.limits = limits;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/workbench/legal/bankruptcy/{id}/property")
    @PreAuthorize("hasAuthority('legal:handle')")
    String courtView(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        BankruptcyCase c = bankruptcy.ownCase(id, user);
        model.addAttribute("portal", Portal.WORKBENCH);
        model.addAttribute("court", true);
        return show(c, model);
    }

    @PostMapping("/workbench/legal/bankruptcy/{id}/property/administrator")
    @PreAuthorize("hasAuthority('legal:handle')")
    String register(@PathVariable long id, @RequestParam(defaultValue = "") String administratorCode,
                    @RequestParam(defaultValue = "") String decisionNumber, @AuthenticationPrincipal SignedInUser user,
                    RedirectAttributes redirect) {
        querying.registerAdministrator(id, administratorCode, decisionNumber, user);
        redirect.addFlashAttribute("flash", messages.text("legal.property.registered"));
        return "redirect:/workbench/legal/bankruptcy/" + id + "/property";
    }

    @GetMapping("/enterprise/legal/administered")
    @PreAuthorize("hasAuthority('legal:file')")
    String administered(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "") String q,
                        cn.yingshang.platform.ListPage page, Model model) {
        model.addAttribute("portal", Portal.ENTERPRISE);
        var found = user.creditCode() == null ? new cn.yingshang.platform.PageOf<Long>(List.of(), 0, page)
                : queries.administeredBy(user.creditCode(), q, page);
        model.addAttribute("casePage", found);
        model.addAttribute("q", q);
        model.addAttribute("cases", found.rows().stream().map(id -> cases.find(id).orElseThrow())
                .map(c -> java.util.Map.entry(c, bodies.name(c.courtId()))).toList());
        return "legal/administered";
    }

    @GetMapping("/enterprise/legal/administered/{id}")
    @PreAuthorize("hasAuthority('legal:file')")
    String administeredCase(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        querying.administering(id, user);
        model.addAttribute("portal", Portal.ENTERPRISE);
        model.addAttribute("court", false);
        return show(cases.find(id).orElseThrow(), model);
    }

    @PostMapping("/enterprise/legal/administered/{id}/queries")
    @PreAuthorize("hasAuthority('legal:file')")
    String ask(@PathVariable long id, @RequestParam(defaultValue = "") String decisionNumber,
               @RequestParam(required = false) List<PropertyHolder> holders, @AuthenticationPrincipal SignedInUser user,
               RedirectAttributes redirect) {
        querying.ask(id, decisionNumber, holders, user);
        redirect.addFlashAttribute("flash", messages.text("legal.property.asked"));
        return "redirect:/enterprise/legal/administered/" + id;
    }

    @GetMapping("/workbench/legal/property-queries")
    @PreAuthorize("hasAuthority('legal:respond')")
    String toAnswer(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "") String q, ListPage page, Model model) {
        LocalDate today = LocalDate.now(clock);
        List<Long> mine = departments.actedForBy(user).stream().map(d -> d.value()).toList();
        model.addAttribute("portal", Portal.WORKBENCH);
        var found = queries.forDepartments(mine, q, page)
                .map(query -> new Line(query, cases.find(query.caseId()).orElseThrow(), bodies.name(query.departmentId()), query.late(today)));
        model.addAttribute("lines", found.rows());
        model.addAttribute("listPage", found);
        model.addAttribute("q", q);
        model.addAttribute("limitBasis", messages.basis(limits.get(QueryingDebtorProperty.ANSWER).basis()));
        return "legal/property-answers";
    }

    @PostMapping("/workbench/legal/property-queries/{id}/answer")
    @PreAuthorize("hasAuthority('legal:respond')")
    String answer(@PathVariable long id, @RequestParam(defaultValue = "") String answer, @AuthenticationPrincipal SignedInUser user,
                  RedirectAttributes redirect) {
        querying.answer(id, answer, user);
        redirect.addFlashAttribute("flash", messages.text("legal.property.answered"));
        return "redirect:/workbench/legal/property-queries";
    }

    private String show(BankruptcyCase c, Model model) {
        LocalDate today = LocalDate.now(clock);
        LegalTimeLimit limit = limits.get(QueryingDebtorProperty.ANSWER);
        model.addAttribute("c", c);
        model.addAttribute("courtName", bodies.name(c.courtId()));
        model.addAttribute("access", queries.access(c.id()).orElse(null));
        model.addAttribute("lines", queries.ofCase(c.id()).stream()
                .map(q -> new Line(q, c, bodies.name(q.departmentId()), q.late(today))).toList());
        model.addAttribute("holders", Arrays.asList(PropertyHolder.values()));
        model.addAttribute("limit", limit);
        model.addAttribute("limitBasis", messages.basis(limit.basis()));
        model.addAttribute("basis", messages.basis("004 #43"));
        return "legal/property-queries";
    }
}
