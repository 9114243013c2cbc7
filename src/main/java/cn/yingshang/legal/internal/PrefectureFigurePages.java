package cn.yingshang.legal.internal;

import cn.yingshang.platform.Department;
import cn.yingshang.platform.Portal;
import cn.yingshang.platform.SignedInUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The figures by prefecture: the office's legal cockpit ({@code /cockpit/legal}, every prefecture) gets them
 * through {@link CockpitLines}; a political-legal body reads only its own work on {@code /workbench/legal/figures}.
 */
@Controller
class PrefectureFigurePages {

    private final LegalPrefectureFigures figures;
    private final PoliticalLegalBodies bodies;
    private final Clock clock;

    PrefectureFigurePages(LegalPrefectureFigures figures, PoliticalLegalBodies bodies, Clock clock) {
        this.figures = figures;
        this.bodies = bodies;
        this.clock = clock;
    }

    @GetMapping("/workbench/legal/figures")
    @PreAuthorize("hasAuthority('legal:handle')")
    String own(@AuthenticationPrincipal SignedInUser user, Model model) {
        Department body = bodies.bodyOf(user, PoliticalLegalBodies.MEASURE_TAKERS);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("portal", Portal.WORKBENCH);
        model.addAttribute("today", today);
        model.addAttribute("body", body);
        model.addAttribute("prefectureFigures", figures.byPrefecture(today, List.of(body.id().value())));
        return "legal/own-figures";
    }

    /** Adds the prefecture table to the office's legal cockpit page, which only the office and supervisors reach. */
    @ControllerAdvice(assignableTypes = OfficeLegalPages.class)
    static class CockpitLines {

        private final LegalPrefectureFigures figures;
        private final Clock clock;

        CockpitLines(LegalPrefectureFigures figures, Clock clock) {
            this.figures = figures;
            this.clock = clock;
        }

        @ModelAttribute("prefectureFigures")
        List<LegalPrefectureFigures.Line> lines(@AuthenticationPrincipal SignedInUser user) {
            if (user == null || !PoliticalLegalBodies.supervises(user)) {
                throw new AccessDeniedException("legal.supervise");
            }
            return figures.byPrefecture(LocalDate.now(clock), null);
        }
    }
}
