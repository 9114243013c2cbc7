package cn.yingshang.cockpit.internal;

import cn.yingshang.platform.Text;
import cn.yingshang.platform.Portal;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.shared.DomainViolation;
import jakarta.servlet.http.HttpServletResponse;
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

@Controller
class CaseReviewPages {

    private final CaseReviews reviews;

    CaseReviewPages(CaseReviews reviews) {
        this.reviews = reviews;
    }

    private CaseReviews.Quarter quarter(String q) {
        return q == null || q.isBlank() ? reviews.currentQuarter() : CaseReviews.Quarter.parse(q);
    }

    @GetMapping("/cockpit/case-reviews")
    @PreAuthorize("hasAuthority('cockpit:manage')")
    String list(@RequestParam(required = false) String quarter, Model model) {
        CaseReviews.Quarter q = quarter(quarter);
        model.addAttribute("portal", Portal.COCKPIT);
        model.addAttribute("quarter", q.toString());
        model.addAttribute("reviews", reviews.of(q));
        model.addAttribute("sources", reviews.sourceNames());
        model.addAttribute("verdicts", CaseReviews.Verdict.values());
        return "cockpit/case-reviews";
    }

    @GetMapping("/cockpit/case-reviews.xlsx")
    @PreAuthorize("hasAuthority('cockpit:manage')")
    void export(@RequestParam(required = false) String quarter, HttpServletResponse response) {
        CaseReviews.Quarter q = quarter(quarter);
        cn.yingshang.platform.XlsxExport.write(response, cn.yingshang.platform.Text.of("cockpit.export.caseReview.file", q), cn.yingshang.platform.Text.of("cockpit.export.caseReview.sheet"),
                List.of(cn.yingshang.platform.Text.of("cockpit.export.caseReview.headers").split(",")),
                reviews.of(q).stream().map(r -> List.<Object>of(r.quarter(), r.caseRef(), r.caseTitle(), r.department(),
                        r.verdict() == null ? cn.yingshang.platform.Text.of("cockpit.export.caseReview.pending") : r.verdict().label(), r.finding() == null ? "" : r.finding(),
                        r.reviewedBy() == null ? "" : r.reviewedBy())).toList());
    }

    @PostMapping("/cockpit/case-reviews/draw")
    @PreAuthorize("hasAuthority('cockpit:manage')")
    String draw(@RequestParam(required = false) String quarter, @RequestParam(defaultValue = "10") int size,
                RedirectAttributes redirect) {
        CaseReviews.Quarter q = quarter(quarter);
        try {
            redirect.addFlashAttribute("flash", Text.of("cockpit.caseReviews.flash.drawn", reviews.draw(q, size)));
        } catch (DomainViolation e) {
            redirect.addFlashAttribute("flash", Text.of("cockpit.caseReviews.flash.notDrawn", e.getMessage()));
        }
        return "redirect:/cockpit/case-reviews?quarter=" + q;
    }

    @PostMapping("/cockpit/case-reviews/{id}")
    @PreAuthorize("hasAuthority('cockpit:manage')")
    String record(@PathVariable long id, @RequestParam(required = false) String quarter, @RequestParam(defaultValue = "") String finding,
                  @RequestParam(defaultValue = "") String verdict, @AuthenticationPrincipal SignedInUser user,
                  RedirectAttributes redirect) {
        try {
            reviews.record(id, finding, verdict, user.displayName());
            redirect.addFlashAttribute("flash", Text.of("cockpit.caseReviews.flash.reviewed"));
        } catch (DomainViolation e) {
            redirect.addFlashAttribute("flash", Text.of("cockpit.flash.notSaved", e.getMessage()));
        }
        return "redirect:/cockpit/case-reviews?quarter=" + quarter(quarter);
    }
}
