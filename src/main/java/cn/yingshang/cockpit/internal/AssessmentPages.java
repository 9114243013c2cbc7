package cn.yingshang.cockpit.internal;

import cn.yingshang.platform.Text;
import cn.yingshang.platform.FormErrors;
import cn.yingshang.platform.Portal;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.shared.DomainViolation;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
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

/** Assessment schemes, scores and ranking, and the interviews and orders for those below the bar. */
@Controller
class AssessmentPages {

    private final Assessments assessments;
    private final Indicators indicators;

    AssessmentPages(Assessments assessments, Indicators indicators) {
        this.assessments = assessments;
        this.indicators = indicators;
    }

    @ModelAttribute
    void portal(Model model) {
        model.addAttribute("portal", Portal.COCKPIT);
    }

    @GetMapping("/cockpit/assessments")
    @PreAuthorize("hasAuthority('cockpit:manage')")
    String list(Model model) {
        model.addAttribute("schemes", assessments.schemes());
        return "cockpit/assessments";
    }

    @PostMapping("/cockpit/assessments")
    @PreAuthorize("hasAuthority('cockpit:manage')")
    String create(@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "") String name,
                  @RequestParam(required = false) BigDecimal passMark, Model model, RedirectAttributes redirect) {
        try {
            Assessments.Scheme s = assessments.create(year, name, passMark);
            redirect.addFlashAttribute("flash", Text.of("cockpit.assessments.flash.created"));
            return "redirect:/cockpit/assessments/" + s.id();
        } catch (DomainViolation e) {
            FormErrors.show(model, FormErrors.of(e));
            return list(model);
        }
    }

    @GetMapping("/cockpit/assessments/{id}")
    @PreAuthorize("hasAuthority('cockpit:manage')")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("scheme", assessments.require(id));
        model.addAttribute("weights", assessments.weights(id));
        model.addAttribute("indicators", indicators.enabled());
        model.addAttribute("regions", assessments.results(id, "REGION"));
        model.addAttribute("departments", assessments.results(id, "DEPARTMENT"));
        return "cockpit/assessment";
    }

    @GetMapping("/cockpit/assessments/{id}.xlsx")
    @PreAuthorize("hasAuthority('cockpit:manage')")
    void export(@PathVariable long id, HttpServletResponse response) {
        Assessments.Scheme scheme = assessments.require(id);
        List<Assessments.Result> all = new java.util.ArrayList<>(assessments.results(id, "REGION"));
        all.addAll(assessments.results(id, "DEPARTMENT"));
        cn.yingshang.platform.XlsxExport.write(response, cn.yingshang.platform.Text.of("cockpit.export.assessment.file", scheme.year()),
                cn.yingshang.platform.Text.of("cockpit.export.assessment.sheet"), List.of(cn.yingshang.platform.Text.of("cockpit.export.assessment.headers").split(",")),
                all.stream().map(r -> List.<Object>of(cn.yingshang.platform.Text.of("REGION".equals(r.subjectKind()) ? "cockpit.export.assessment.region"
                                : "cockpit.export.assessment.department"), r.subjectName(), r.score(),
                        r.rank(), r.belowBar() ? cn.yingshang.platform.Text.of("cockpit.export.assessment.below") : "", String.join(cn.yingshang.platform.Text.of("cockpit.export.assessment.separator"), r.lines().stream()
                                .map(l -> l.indicatorName() + " " + l.display() + " → " + (l.points() == null ? cn.yingshang.platform.Text.of("cockpit.export.assessment.notCounted") : l.points()))
                                .toList()))).toList());
    }

    @PostMapping("/cockpit/assessments/{id}/weights")
    @PreAuthorize("hasAuthority('cockpit:manage')")
    String weigh(@PathVariable long id, @RequestParam(defaultValue = "") String indicator,
                 @RequestParam(required = false) BigDecimal weight, RedirectAttributes redirect) {
        return outcome(redirect, id, "cockpit.assessments.flash.weighed", () -> assessments.weigh(id, indicator, weight));
    }

    @PostMapping("/cockpit/assessments/{id}/scoring")
    @PreAuthorize("hasAuthority('cockpit:manage')")
    String score(@PathVariable long id, RedirectAttributes redirect) {
        return outcome(redirect, id, "cockpit.assessments.flash.scored", () -> assessments.score(id));
    }

    @PostMapping("/cockpit/assessments/{id}/actions")
    @PreAuthorize("hasAuthority('cockpit:manage')")
    String act(@PathVariable long id, @RequestParam String subjectKind, @RequestParam String subjectKey,
               @RequestParam(defaultValue = "") String kind, @RequestParam(required = false) LocalDate heldOn,
               @RequestParam(defaultValue = "") String note, @AuthenticationPrincipal SignedInUser user,
               RedirectAttributes redirect) {
        return outcome(redirect, id, "cockpit.assessments.flash.acted", () -> assessments.act(id, subjectKind, subjectKey, kind, heldOn, note, user.displayName()));
    }

    private static String outcome(RedirectAttributes redirect, long id, String doneKey, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", Text.of(doneKey));
        } catch (DomainViolation e) {
            redirect.addFlashAttribute("flash", Text.of("cockpit.flash.notSaved", e.getMessage()));
        }
        return "redirect:/cockpit/assessments/" + id;
    }
}
