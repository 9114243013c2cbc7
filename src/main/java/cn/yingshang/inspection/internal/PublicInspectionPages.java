package cn.yingshang.inspection.internal;

import cn.yingshang.platform.Text;
import cn.yingshang.inspection.InspectionFigures;
import cn.yingshang.platform.Portal;
import cn.yingshang.shared.DomainViolation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.NoSuchElementException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * 信息公开: draws with their commitments, frozen pools and revealed seeds (recomputed in the
 * browser or on the server), published results, and the inspector assignment check.
 */
@Controller
class PublicInspectionPages {

    private final Draws draws;
    private final Plans plans;
    private final Tasks tasks;
    private final Visits visits;
    private final InspectionFigures figures;
    private final Clock clock;
    private final org.springframework.context.MessageSource messages;

    PublicInspectionPages(Draws draws, Plans plans, Tasks tasks, Visits visits, InspectionFigures figures, Clock clock,
                          org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.draws = draws;
        this.plans = plans;
        this.tasks = tasks;
        this.visits = visits;
        this.figures = figures;
        this.clock = clock;
    }

    @GetMapping("/public/inspections")
    String index(@org.springframework.web.bind.annotation.RequestParam(defaultValue = "") String q,
                 cn.yingshang.platform.ListPage page, Model model) {
        model.addAttribute("portal", Portal.PUBLIC);
        model.addAttribute("draws", draws.publicDraws(null, "", new cn.yingshang.platform.ListPage(1, LATEST_DRAWS, null, false)));
        model.addAttribute("q", q);
        model.addAttribute("results", tasks.published(q, page));
        return "inspection/public";
    }

    /** The index shows the latest draws; every draw is on its own searchable, paged list. */
    private static final int LATEST_DRAWS = 10;

    @GetMapping("/public/inspections/draws")
    String draws(@org.springframework.web.bind.annotation.RequestParam(required = false) Integer year,
                 @org.springframework.web.bind.annotation.RequestParam(defaultValue = "") String q,
                 cn.yingshang.platform.ListPage page, Model model) {
        model.addAttribute("portal", Portal.PUBLIC);
        model.addAttribute("draws", draws.publicDraws(year, q, page));
        model.addAttribute("year", year);
        model.addAttribute("q", q);
        return "inspection/public-draws";
    }

    @GetMapping("/public/inspections/draws/{planId}")
    String draw(@PathVariable long planId, Model model) {
        model.addAttribute("portal", Portal.PUBLIC);
        Plans.Plan plan = plans.require(planId);
        model.addAttribute("plan", plan);
        model.addAttribute("draw", draws.find(planId).orElseThrow(() -> new NoSuchElementException(Text.of("inspection.public.commitmentNotPublished"))));
        model.addAttribute("selected", draws.selectedCodes(planId));
        model.addAttribute("hasSnapshot", draws.hasSnapshot(planId));
        model.addAttribute("algorithm", DrawAlgorithm.NAME);
        return "inspection/public-draw";
    }

    @GetMapping(path = "/public/inspections/draws/{planId}/pool.txt", produces = MediaType.TEXT_PLAIN_VALUE)
    @ResponseBody
    ResponseEntity<byte[]> pool(@PathVariable long planId) {
        return ResponseEntity.ok().contentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Disposition", cn.yingshang.platform.Downloads.attachment(messages.getMessage(
                        "inspection.download.pool", new Object[] {String.valueOf(planId)}, java.util.Locale.SIMPLIFIED_CHINESE))).body(draws.snapshot(planId));
    }

    @GetMapping("/public/inspections/draws/{planId}/verify")
    String verify(@PathVariable long planId, @RequestParam(defaultValue = "") String seed, Model model) {
        try {
            model.addAttribute("verification", draws.verify(planId, seed));
        } catch (DomainViolation | java.util.NoSuchElementException e) {
            // a draw not yet made (or without its seed published) has nothing to recompute: say so on the draw's page
            model.addAttribute("verifyError", e.getMessage());
        }
        model.addAttribute("verified", true);
        return draw(planId, model);
    }

    @GetMapping("/public/inspections/assignment")
    String assignment(@RequestParam(defaultValue = "") String certificateNo, @RequestParam(defaultValue = "") String taskCode,
                      Model model) {
        model.addAttribute("portal", Portal.PUBLIC);
        model.addAttribute("certificateNo", certificateNo);
        model.addAttribute("taskCode", taskCode);
        if (!certificateNo.isBlank() && !taskCode.isBlank()) {
            model.addAttribute("assignment", visits.assignment(certificateNo, taskCode));
        }
        return "inspection/assignment";
    }

    @GetMapping("/cockpit/inspections")
    @org.springframework.security.access.prepost.PreAuthorize("hasAuthority('inspection:read')")
    String cockpit(@RequestParam(required = false) Integer year, Model model) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        model.addAttribute("portal", Portal.COCKPIT);
        model.addAttribute("figures", figures.figures(y));
        model.addAttribute("flags", visits.flags(50));
        return "inspection/cockpit";
    }
}
