package cn.yingshang.legal.internal;

import cn.yingshang.platform.PageOf;
import cn.yingshang.platform.ListPage;
import cn.yingshang.platform.Department;
import cn.yingshang.platform.FormErrors;
import cn.yingshang.platform.Portal;
import cn.yingshang.platform.Role;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.shared.DomainViolation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
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

/**
 * Discretion benchmarks (000 §56, 002 #35): published per department on the workbench and to the public, reviewed every
 * quarter (002 #49), each penalty decided under one; the office reads every department's reviews and their deadlines.
 */
@Controller
class BenchmarkPages {

    /** A benchmark with its department's name. */
    public record Line(DiscretionBenchmark benchmark, String departmentName, boolean reviewLate) {
    }

    /** The measure the discretion benchmarks carry out. */
    private static final String BASIS = "002 #35";

    private final KeepingBenchmarks keeping;
    private final DecidingPenalties deciding;
    private final DiscretionBenchmarks benchmarks;
    private final PoliticalLegalBodies bodies;
    private final LegalTimeLimits limits;
    private final LegalMessages messages;
    private final Clock clock;

    BenchmarkPages(KeepingBenchmarks keeping, DecidingPenalties deciding, DiscretionBenchmarks benchmarks, PoliticalLegalBodies bodies,
                   LegalTimeLimits limits, LegalMessages messages, Clock clock) {
        this.keeping = keeping;
        this.deciding = deciding;
        this.benchmarks = benchmarks;
        this.bodies = bodies;
        this.limits = limits;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/public/discretion-benchmarks")
    String published(@RequestParam(defaultValue = "") String q, ListPage page, Model model) {
        model.addAttribute("portal", Portal.PUBLIC);
        return list(benchmarks.published(q, page), q, model, "legal/benchmarks-public");
    }

    @GetMapping("/cockpit/legal/benchmarks")
    @PreAuthorize("hasAuthority('legal:supervise')")
    String office(@RequestParam(defaultValue = "") String q, ListPage page, Model model) {
        model.addAttribute("portal", Portal.COCKPIT);
        return list(benchmarks.published(q, page), q, model, "legal/benchmarks-office");
    }

    @GetMapping("/workbench/legal/benchmarks")
    @PreAuthorize("hasAuthority('legal:respond')")
    String mine(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "") String q, ListPage page, Model model) {
        return workbench(user, blank(), q, page, model);
    }

    @PostMapping("/workbench/legal/benchmarks")
    @PreAuthorize("hasAuthority('legal:respond')")
    String publish(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("form") KeepingBenchmarks.NewBenchmark form,
                   BindingResult binding, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            FormErrors.show(model, FormErrors.of(binding));
            return workbench(user, form == null ? blank() : form, "", ListPage.first(), model);
        }
        try {
            long id = keeping.publish(form, user);
            redirect.addFlashAttribute("flash", messages.text("legal.benchmark.published"));
            return "redirect:/workbench/legal/benchmarks/" + id;
        } catch (DomainViolation e) {
            FormErrors.show(model, FormErrors.of(e));
            return workbench(user, form, "", ListPage.first(), model);
        }
    }

    @GetMapping("/workbench/legal/benchmarks/{id}")
    @PreAuthorize("hasAuthority('legal:respond')")
    String detail(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, ListPage page, Model model) {
        return detailPage(id, user, new DecidingPenalties.NewPenalty(id, "ORDINARY", "", "", "", null, LocalDate.now(clock)), page, model);
    }

    @PostMapping("/workbench/legal/benchmarks/{id}/review")
    @PreAuthorize("hasAuthority('legal:respond')")
    String review(@PathVariable long id, @RequestParam(defaultValue = "") String finding, @AuthenticationPrincipal SignedInUser user,
                  RedirectAttributes redirect) {
        keeping.review(id, finding, user);
        redirect.addFlashAttribute("flash", messages.text("legal.benchmark.reviewed"));
        return "redirect:/workbench/legal/benchmarks/" + id;
    }

    @PostMapping("/workbench/legal/benchmarks/{id}/penalties")
    @PreAuthorize("hasAuthority('legal:respond')")
    String decide(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, @ModelAttribute("penalty") DecidingPenalties.NewPenalty form,
                  BindingResult binding, Model model, RedirectAttributes redirect) {
        DecidingPenalties.NewPenalty p = form == null ? null
                : new DecidingPenalties.NewPenalty(id, form.tier(), form.decisionNumber(), form.creditCode(), form.facts(), form.fine(), form.decidedOn());
        if (binding.hasErrors() || p == null) {
            FormErrors.show(model, FormErrors.of(binding));
            return detailPage(id, user, p, ListPage.first(), model);
        }
        try {
            deciding.decide(p, user);
            redirect.addFlashAttribute("flash", messages.text("legal.penalty.decided"));
            return "redirect:/workbench/legal/benchmarks/" + id;
        } catch (DomainViolation e) {
            FormErrors.show(model, FormErrors.of(e));
            return detailPage(id, user, p, ListPage.first(), model);
        }
    }

    private String detailPage(long id, SignedInUser user, DecidingPenalties.NewPenalty penalty, ListPage page, Model model) {
        Department department = keeping.departmentOf(user);
        DiscretionBenchmark b = benchmarks.find(id).filter(x -> x.departmentId() == department.id().value())
                .orElseThrow(() -> new NoSuchElementException(messages.text("legal.benchmark.notFound")));
        model.addAttribute("portal", Portal.WORKBENCH);
        model.addAttribute("b", b);
        model.addAttribute("reviewLate", b.reviewLate(LocalDate.now(clock)));
        model.addAttribute("leader", user.role() == Role.LEADER);
        PageOf<DiscretionBenchmarks.Decision> decisions = benchmarks.decisions(id, page);
        model.addAttribute("decisions", decisions.rows());
        model.addAttribute("decisionPage", decisions);
        model.addAttribute("reviews", benchmarks.reviews(id));
        model.addAttribute("penalty", penalty == null
                ? new DecidingPenalties.NewPenalty(id, "ORDINARY", "", "", "", null, LocalDate.now(clock)) : penalty);
        model.addAttribute("reviewBasis", reviewBasis());
        model.addAttribute("basis", messages.basis(BASIS));
        return "legal/benchmark";
    }

    private String workbench(SignedInUser user, KeepingBenchmarks.NewBenchmark form, String q, ListPage page, Model model) {
        Department department = keeping.departmentOf(user);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("portal", Portal.WORKBENCH);
        model.addAttribute("department", department);
        PageOf<DiscretionBenchmark> found = benchmarks.ofDepartment(department.id().value(), q, page);
        model.addAttribute("lines", found.rows().stream().map(b -> new Line(b, department.name(), b.reviewLate(today))).toList());
        model.addAttribute("listPage", found);
        model.addAttribute("q", q);
        model.addAttribute("leader", user.role() == Role.LEADER);
        model.addAttribute("form", form);
        model.addAttribute("reviewBasis", reviewBasis());
        model.addAttribute("basis", messages.basis(BASIS));
        return "legal/benchmarks";
    }

    private String list(PageOf<DiscretionBenchmark> found, String q, Model model, String view) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("lines", found.rows().stream().map(b -> new Line(b, bodies.name(b.departmentId()), b.reviewLate(today))).toList());
        model.addAttribute("listPage", found);
        model.addAttribute("q", q);
        model.addAttribute("reviewBasis", reviewBasis());
        model.addAttribute("basis", messages.basis(BASIS));
        return view;
    }

    private String reviewBasis() {
        LegalTimeLimit limit = limits.get(KeepingBenchmarks.REVIEW);
        return messages.text("legal.benchmark.reviewLimit", limit.amount(), messages.basis(limit.basis()));
    }

    private static KeepingBenchmarks.NewBenchmark blank() {
        return new KeepingBenchmarks.NewBenchmark("", "", "", "", "", null, null, "", null, null, "", null, null);
    }
}
