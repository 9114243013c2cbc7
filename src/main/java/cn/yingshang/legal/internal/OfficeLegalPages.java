package cn.yingshang.legal.internal;

import cn.yingshang.platform.Portal;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** 监督驾驶舱: the office sees every body's figures and every promise broken now, starting with property not released. */
@Controller
@PreAuthorize("hasAuthority('legal:supervise')")
public class OfficeLegalPages {

    private final LegalFigures figures;
    private final SeizureRegister seizures;
    private final StalledCases stalled;
    private final PoliticalLegalBodies bodies;
    private final EnforcementReviews reviews;
    private final EnforcementFindingRows findingRows;
    private final LegalTimeLimits limits;
    private final LegalMessages messages;
    private final Clock clock;

    OfficeLegalPages(LegalFigures figures, SeizureRegister seizures, StalledCases stalled, PoliticalLegalBodies bodies,
                     EnforcementReviews reviews, EnforcementFindingRows findingRows, LegalTimeLimits limits, LegalMessages messages, Clock clock) {
        this.figures = figures;
        this.seizures = seizures;
        this.stalled = stalled;
        this.bodies = bodies;
        this.reviews = reviews;
        this.findingRows = findingRows;
        this.limits = limits;
        this.messages = messages;
        this.clock = clock;
    }

    public record Limit(String code, String label, String amount, String basis) {
    }

    @GetMapping("/cockpit/legal")
    String overview(Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("portal", Portal.COCKPIT);
        model.addAttribute("today", today);
        model.addAttribute("overdueReleases", seizures.overdueReleases(today).stream()
                .map(s -> new OverdueRelease(s, bodies.name(s.actingBodyId()), today.toEpochDay() - s.releaseDue().toEpochDay())).toList());
        model.addAttribute("overdueStalled", stalled.overdue(today).stream()
                .map(c -> new OverdueStalled(c, bodies.name(c.leadBodyId()))).toList());
        model.addAttribute("overdueRectifications", reviews.overdue(today).stream().map(f -> findingRows.row(f, today)).toList());
        model.addAttribute("figureTables", java.util.List.of(
                new FigureTable("filingReviews", figures.filingReviews(today)),
                new FigureTable("mediations", figures.mediations(today)),
                new FigureTable("releases", figures.releases(today)),
                new FigureTable("stalled", figures.stalledCases(today)),
                new FigureTable("repairs", figures.defaulterRepairs(today))));
        model.addAttribute("limits", limits.all().stream().map(l -> new Limit(l.code(), messages.text("legal.limit." + l.code()),
                messages.text("legal.unit." + l.unit().name(), l.amount()), messages.basis(l.basis()))).toList());
        return "legal/office";
    }

    public record OverdueRelease(Seizure s, String bodyName, long daysLate) {
    }

    public record FigureTable(String key, java.util.List<LegalFigures.Figure> rows) {
    }

    public record OverdueStalled(StalledCase c, String bodyName) {
    }
}
