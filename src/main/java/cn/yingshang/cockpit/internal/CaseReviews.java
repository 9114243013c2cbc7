package cn.yingshang.cockpit.internal;

import cn.yingshang.platform.Text;
import cn.yingshang.platform.AuditLog;
import cn.yingshang.shared.DomainViolation;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Quarterly review of enterprise complaint cases (002 #49): each quarter a sample of the cases
 * closed in it is drawn from every complaint source, reproducibly (seeded by the quarter), and
 * reviewers record a finding and a verdict on each.
 */
@Service
class CaseReviews {

    enum Verdict {
        PROPER("cockpit.caseReviews.verdict.PROPER"), IMPROPER("cockpit.caseReviews.verdict.IMPROPER");

        private final String label;

        Verdict(String label) {
            this.label = label;
        }

        public String label() {
            return Text.of(label);
        }
    }

    record Review(long id, String quarter, String caseRef, String caseTitle, String caseLink, String department,
                  Instant drawnAt, String finding, Verdict verdict, String reviewedBy) {
    }

    /** "2026-Q4" → its first and last day. */
    record Quarter(int year, int number) {

        static Quarter parse(String text) {
            try {
                String[] p = text.strip().toUpperCase().split("-Q");
                Quarter q = new Quarter(Integer.parseInt(p[0]), Integer.parseInt(p[1]));
                if (q.number < 1 || q.number > 4) {
                    throw new NumberFormatException();
                }
                return q;
            } catch (RuntimeException e) {
                throw DomainViolation.of("quarter", "cockpit.caseReviews.quarterFormat");
            }
        }

        static Quarter of(LocalDate day) {
            return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
        }

        LocalDate first() {
            return YearMonth.of(year, number * 3 - 2).atDay(1);
        }

        LocalDate last() {
            return YearMonth.of(year, number * 3).atEndOfMonth();
        }

        @Override
        public String toString() {
            return year + "-Q" + number;
        }
    }

    private final JdbcClient jdbc;
    private final List<ComplaintCases> sources;
    private final AuditLog audit;
    private final Clock clock;

    CaseReviews(JdbcClient jdbc, List<ComplaintCases> sources, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.sources = sources;
        this.audit = audit;
        this.clock = clock;
    }

    List<String> sourceNames() {
        return sources.stream().map(ComplaintCases::name).toList();
    }

    Quarter currentQuarter() {
        return Quarter.of(LocalDate.now(clock));
    }

    /** Draws up to {@code size} cases closed in the quarter that are not yet in its sample; returns how many were added. */
    @Transactional
    int draw(Quarter quarter, int size) {
        if (size < 1 || size > 500) {
            throw DomainViolation.of("size", "cockpit.caseReviews.sizeRange");
        }
        List<ComplaintCases.ComplaintCase> pool = new ArrayList<>();
        for (ComplaintCases source : sources) {
            pool.addAll(source.closedBetween(quarter.first(), quarter.last()));
        }
        List<String> drawn = jdbc.sql("SELECT case_ref FROM cockpit_case_review WHERE quarter = :q").param("q", quarter.toString())
                .query(String.class).list();
        pool.removeIf(c -> drawn.contains(c.reference()));
        Collections.shuffle(pool, new Random(quarter.year() * 10L + quarter.number()));
        int added = 0;
        for (ComplaintCases.ComplaintCase c : pool.subList(0, Math.min(size, pool.size()))) {
            added += jdbc.sql("""
                            INSERT INTO cockpit_case_review (quarter, case_ref, case_title, case_link, department, drawn_at)
                            VALUES (:q, :ref, :title, :link, :dept, :at) ON CONFLICT DO NOTHING""")
                    .param("q", quarter.toString()).param("ref", c.reference()).param("title", c.title())
                    .param("link", c.link()).param("dept", c.department() == null ? "" : c.department())
                    .param("at", Timestamp.from(clock.instant())).update();
        }
        audit.record("cockpit.case-review.draw", "case-review", quarter.toString(), null, Map.of("added", added));
        return added;
    }

    List<Review> of(Quarter quarter) {
        return jdbc.sql("SELECT * FROM cockpit_case_review WHERE quarter = :q ORDER BY id").param("q", quarter.toString())
                .query((rs, n) -> new Review(rs.getLong("id"), rs.getString("quarter"), rs.getString("case_ref"),
                        rs.getString("case_title"), rs.getString("case_link"), rs.getString("department"),
                        rs.getTimestamp("drawn_at").toInstant(), rs.getString("finding"),
                        rs.getString("verdict") == null ? null : Verdict.valueOf(rs.getString("verdict")),
                        rs.getString("reviewed_by"))).list();
    }

    @Transactional
    void record(long id, String finding, String verdict, String reviewer) {
        if (finding == null || finding.isBlank()) {
            throw DomainViolation.of("finding", "cockpit.caseReviews.findingRequired");
        }
        Verdict v;
        try {
            v = Verdict.valueOf(verdict);
        } catch (RuntimeException e) {
            throw DomainViolation.of("verdict", "cockpit.caseReviews.verdictRequired");
        }
        int n = jdbc.sql("UPDATE cockpit_case_review SET finding = :f, verdict = :v, reviewed_by = :by, reviewed_at = :at WHERE id = :id")
                .param("f", finding.strip()).param("v", v.name()).param("by", reviewer).param("at", Timestamp.from(clock.instant()))
                .param("id", id).update();
        if (n == 0) {
            throw DomainViolation.of("_form", "cockpit.caseReviews.notFound");
        }
        audit.record("cockpit.case-review.record", "case-review", String.valueOf(id), null, Map.of("verdict", v.name(), "finding", finding));
    }
}
