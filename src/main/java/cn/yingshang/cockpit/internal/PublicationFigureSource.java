package cn.yingshang.cockpit.internal;

import cn.yingshang.publication.PublicationFigures;
import cn.yingshang.shared.RegionCode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 双公示 on time (issue 17) through the publication module's {@link PublicationFigures}: decisions decided
 * in a month that reached the feed, and those within 7 working days, per region of the decision. The
 * indicator that divides them is registered once at start (its thresholds are then the office's data).
 */
@Component
class PublicationFigureSource implements FigureSource, ApplicationRunner {

    static final String INDICATOR = "publication.on-time";

    private final PublicationFigures figures;
    private final MessageSource messages;
    private final JdbcClient jdbc;

    PublicationFigureSource(PublicationFigures figures, MessageSource messages, JdbcClient jdbc) {
        this.figures = figures;
        this.messages = messages;
        this.jdbc = jdbc;
    }

    /** Idempotent on every node: an indicator already there (perhaps re-tuned by the office) is left as it is. */
    @Override
    public void run(ApplicationArguments args) {
        jdbc.sql("""
                        INSERT INTO cockpit_indicator (code, name, module, source, numerator, denominator, direction, on_track, breach,
                                                       min_sample, description, sort_order, unit)
                        VALUES (:code, :name, 'publication', 'publication', 'published-on-time', 'published', 'HIGHER_IS_BETTER',
                                0.95, 0.80, 5, :description, 610, '')
                        ON CONFLICT (code) DO NOTHING""")
                .param("code", INDICATOR).param("name", text("cockpit.publication.indicator"))
                .param("description", text("cockpit.publication.indicator.description")).update();
    }

    @Override
    public String key() {
        return "publication";
    }

    @Override
    public Map<String, String> measures() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("published", text("cockpit.publication.published"));
        m.put("published-on-time", text("cockpit.publication.publishedOnTime"));
        return m;
    }

    @Override
    public List<Tally> tally(YearMonth month, Set<String> measures, Map<String, String> filters) {
        List<Tally> tallies = new ArrayList<>();
        for (PublicationFigures.RegionFigure f : figures.byRegion(month.atDay(1), month.atEndOfMonth())) {
            if (measures.contains("published")) {
                tallies.add(Tally.of("published", f.region(), null, f.published()));
            }
            if (measures.contains("published-on-time")) {
                tallies.add(Tally.of("published-on-time", f.region(), null, f.publishedOnTime()));
            }
        }
        return tallies;
    }

    @Override
    public CasePage cases(String measure, YearMonth month, RegionCode region, Long departmentId, Map<String, String> filters,
                          int page, int size) {
        PublicationFigures.CaseList list = figures.cases(month.atDay(1), month.atEndOfMonth(), region,
                "published-on-time".equals(measure), page * size, size);
        return new CasePage(list.items().stream().map(c -> new CaseRow(c.reference(), text("cockpit.publication.case",
                        text("cockpit.publication.kind." + c.kind()), c.subjectName() == null ? c.creditCode() : c.subjectName()),
                c.region().name(), "", text(c.onTime() ? "cockpit.publication.onTime" : "cockpit.publication.late"), c.decidedOn(),
                "/workbench/disclosures?day=" + c.publishedOn())).toList(), page, size, list.total());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.CHINA);
    }
}
