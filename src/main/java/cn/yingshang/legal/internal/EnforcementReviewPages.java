package cn.yingshang.legal.internal;

import cn.yingshang.platform.FormErrors;
import cn.yingshang.platform.Portal;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.shared.DomainViolation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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
 * 监督驾驶舱 and 政府工作台 for the quarterly review of enterprise complaints about law enforcement (002 #49): the office
 * opens a quarter's review, records findings per department and concludes it; supervisors read; each department sees
 * only its own findings and the complaints behind them, and records its rectification.
 */
@Controller
class EnforcementReviewPages {

    public record Option(String name, String label) {
    }

    /** One department complained about in the review, with what was found there. */
    public record DepartmentRow(long departmentId, String name, long complaints, List<EnforcementFindingRows.FindingRow> findings) {
    }

    private final ReviewingEnforcement reviewing;
    private final EnforcementReviews reviews;
    private final EnforcementFindingRows rows;
    private final PoliticalLegalBodies bodies;
    private final LegalTimeLimits limits;
    private final LegalMessages messages;
    private final Clock clock;

    EnforcementReviewPages(ReviewingEnforcement reviewing, EnforcementReviews reviews, EnforcementFindingRows rows,
                           PoliticalLegalBodies bodies, LegalTimeLimits limits, LegalMessages messages, Clock clock) {
        this.reviewing = reviewing;
        this.reviews = reviews;
        this.rows = rows;
        this.bodies = bodies;
        this.limits = limits;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/cockpit/legal/enforcement-reviews")
    @PreAuthorize("hasAuthority('legal:supervise')")
    String list(@AuthenticationPrincipal SignedInUser user, Model model) {
        LocalDate inLastQuarter = LocalDate.now(clock).minusMonths(3);
        return listPage(user, inLastQuarter.getYear(), (inLastQuarter.getMonthValue() - 1) / 3 + 1, model);
    }

    @PostMapping("/cockpit/legal/enforcement-reviews")
    @PreAuthorize("hasAuthority('legal:supervise')")
    String open(@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer quarter,
                @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
        try {
            long id = reviewing.open(year, quarter, user);
            redirect.addFlashAttribute("flash", messages.text("legal.review.opened"));
            return "redirect:/cockpit/legal/enforcement-reviews/" + id;
        } catch (DomainViolation e) {
            FormErrors.show(model, FormErrors.of(e));
            return listPage(user, year, quarter, model);
        }
    }

    @GetMapping("/cockpit/legal/enforcement-reviews/{id}")
    @PreAuthorize("hasAuthority('legal:supervise')")
    String detail(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        return detailPage(id, user, new ReviewingEnforcement.NewFinding(null, "", ""), "", model);
    }

    @PostMapping("/cockpit/legal/enforcement-reviews/{id}/findings")
    @PreAuthorize("hasAuthority('legal:supervise')")
    String find(@PathVariable long id, @ModelAttribute("finding") ReviewingEnforcement.NewFinding form, @AuthenticationPrincipal SignedInUser user,
                Model model, RedirectAttributes redirect) {
        try {
            reviewing.find(id, form, user);
            redirect.addFlashAttribute("flash", messages.text("legal.review.found"));
            return "redirect:/cockpit/legal/enforcement-reviews/" + id;
        } catch (DomainViolation e) {
            FormErrors.show(model, FormErrors.of(e));
            return detailPage(id, user, form, "", model);
        }
    }

    @PostMapping("/cockpit/legal/enforcement-reviews/{id}/conclusion")
    @PreAuthorize("hasAuthority('legal:supervise')")
    String conclude(@PathVariable long id, @RequestParam(defaultValue = "") String conclusion, @AuthenticationPrincipal SignedInUser user,
                    Model model, RedirectAttributes redirect) {
        try {
            reviewing.conclude(id, conclusion, user);
            redirect.addFlashAttribute("flash", messages.text("legal.review.concludedFlash"));
            return "redirect:/cockpit/legal/enforcement-reviews/" + id;
        } catch (DomainViolation e) {
            FormErrors.show(model, FormErrors.of(e));
            return detailPage(id, user, new ReviewingEnforcement.NewFinding(null, "", ""), conclusion, model);
        }
    }

    @GetMapping("/workbench/legal/rectifications")
    @PreAuthorize("hasAuthority('legal:rectify')")
    String own(@AuthenticationPrincipal SignedInUser user, Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("portal", Portal.WORKBENCH);
        model.addAttribute("findings", reviewing.ownFindings(user).stream().map(f -> rows.row(f, today)).toList());
        model.addAttribute("limitBasis", limitBasis());
        return "legal/rectifications";
    }

    @GetMapping("/workbench/legal/rectifications/{id}")
    @PreAuthorize("hasAuthority('legal:rectify')")
    String ownFinding(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        return findingPage(id, user, "", model);
    }

    @PostMapping("/workbench/legal/rectifications/{id}")
    @PreAuthorize("hasAuthority('legal:rectify')")
    String rectify(@PathVariable long id, @RequestParam(defaultValue = "") String report, @AuthenticationPrincipal SignedInUser user,
                   Model model, RedirectAttributes redirect) {
        try {
            reviewing.rectify(id, report, user);
            redirect.addFlashAttribute("flash", messages.text("legal.review.rectified"));
            return "redirect:/workbench/legal/rectifications/" + id;
        } catch (DomainViolation e) {
            FormErrors.show(model, FormErrors.of(e));
            return findingPage(id, user, report, model);
        }
    }

    private String listPage(SignedInUser user, Integer year, Integer quarter, Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("portal", Portal.COCKPIT);
        model.addAttribute("reviews", reviews.all());
        model.addAttribute("overdue", reviews.overdue(today).stream().map(f -> rows.row(f, today)).toList());
        model.addAttribute("office", ReceivingComplaints.enteredByOffice(user));
        model.addAttribute("year", year);
        model.addAttribute("quarter", quarter);
        model.addAttribute("limitBasis", limitBasis());
        return "legal/enforcement-reviews";
    }

    private String detailPage(long id, SignedInUser user, ReviewingEnforcement.NewFinding finding, String conclusion, Model model) {
        EnforcementReview review = reviewing.readable(id, user);
        LocalDate today = LocalDate.now(clock);
        Map<Long, List<EnforcementFindingRows.FindingRow>> byDepartment = reviews.findings(id).stream().map(f -> rows.row(f, today))
                .collect(java.util.stream.Collectors.groupingBy(r -> r.f().departmentId()));
        List<DepartmentRow> lines = reviews.departments(id).stream().map(d -> new DepartmentRow(d.departmentId(), bodies.name(d.departmentId()),
                d.complaints(), byDepartment.getOrDefault(d.departmentId(), List.of()))).toList();
        model.addAttribute("portal", Portal.COCKPIT);
        model.addAttribute("review", review);
        model.addAttribute("departments", lines);
        model.addAttribute("complaints", reviews.complaints(id, null));
        model.addAttribute("departmentNames", lines.stream().collect(java.util.stream.Collectors.toMap(DepartmentRow::departmentId, DepartmentRow::name)));
        model.addAttribute("departmentOptions", lines.stream().map(r -> new Option(String.valueOf(r.departmentId()), r.name())).toList());
        model.addAttribute("kinds", Arrays.stream(FindingKind.values()).map(k -> new Option(k.name(), rows.kindLabel(k))).toList());
        model.addAttribute("office", ReceivingComplaints.enteredByOffice(user));
        model.addAttribute("finding", finding);
        model.addAttribute("conclusion", conclusion);
        model.addAttribute("limitBasis", limitBasis());
        return "legal/enforcement-review";
    }

    private String findingPage(long id, SignedInUser user, String report, Model model) {
        EnforcementFinding f = reviewing.ownFinding(id, user);
        model.addAttribute("portal", Portal.WORKBENCH);
        model.addAttribute("row", rows.row(f, LocalDate.now(clock)));
        model.addAttribute("complaints", reviewing.complaintsBehind(f));
        model.addAttribute("report", report);
        model.addAttribute("limitBasis", limitBasis());
        return "legal/rectification";
    }

    /** The rectification limit in words with its source, shown beside every deadline. */
    private String limitBasis() {
        LegalTimeLimit limit = limits.get(ReviewingEnforcement.RECTIFICATION);
        return messages.text("legal.review.limitBasis", messages.text("legal.unit." + limit.unit().name(), limit.amount()),
                messages.basis(limit.basis()));
    }
}
