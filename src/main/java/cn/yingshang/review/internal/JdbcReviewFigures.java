package cn.yingshang.review.internal;

import cn.yingshang.review.ReviewFigures;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The cockpit's read of reviews: one grouped query for the counts, one paged query for the documents behind a count. */
@Component
class JdbcReviewFigures implements ReviewFigures {

    /** Days are the region's days: a document issued at 01:00 Beijing time belongs to that date. */
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final JdbcClient jdbc;

    JdbcReviewFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static String condition(Measure measure) {
        return switch (measure) {
            case ISSUED -> "d.issued_at >= :from AND d.issued_at < :to";
            case ISSUED_AFTER_REVIEW -> "d.issued_at >= :from AND d.issued_at < :to AND r.signed_at <= d.issued_at";
            case REVIEWED -> "r.signed_at >= :from AND r.signed_at < :to";
            case EXCEPTIONS -> "r.signed_at >= :from AND r.signed_at < :to AND r.exception_ground IS NOT NULL";
        };
    }

    @Override
    public List<Tally> tally(LocalDate from, LocalDate to) {
        StringBuilder select = new StringBuilder("SELECT d.department_id");
        for (Measure m : Measure.values()) {
            select.append(", count(*) FILTER (WHERE ").append(condition(m)).append(")");
        }
        select.append(" FROM review_document d LEFT JOIN review_record r ON r.document_id = d.id WHERE (")
                .append(condition(Measure.ISSUED)).append(") OR (").append(condition(Measure.REVIEWED)).append(") GROUP BY 1");
        List<Tally> tallies = new ArrayList<>();
        jdbc.sql(select.toString()).param("from", start(from)).param("to", start(to.plusDays(1))).query(rs -> {
            Long department = (Long) rs.getObject(1);
            Measure[] measures = Measure.values();
            for (int i = 0; i < measures.length; i++) {
                tallies.add(new Tally(measures[i], department, rs.getLong(2 + i)));
            }
        });
        return tallies;
    }

    @Override
    public CaseList cases(Measure measure, LocalDate from, LocalDate to, Collection<Long> departmentIds, int page, int size) {
        if (departmentIds != null && departmentIds.isEmpty()) {
            return new CaseList(List.of(), 0);
        }
        String where = " FROM review_document d LEFT JOIN review_record r ON r.document_id = d.id WHERE " + condition(measure)
                + (departmentIds == null ? "" : " AND d.department_id IN (:depts)");
        boolean byIssue = measure == Measure.ISSUED || measure == Measure.ISSUED_AFTER_REVIEW;
        String day = byIssue ? "d.issued_at" : "r.signed_at";
        var count = jdbc.sql("SELECT count(*)" + where);
        var rows = jdbc.sql("SELECT d.id, d.title, d.department_id, d.status, " + day + " AS at" + where
                + " ORDER BY " + day + " DESC, d.id LIMIT :limit OFFSET :offset").param("limit", size).param("offset", page * size);
        for (var spec : List.of(count, rows)) {
            spec.param("from", start(from)).param("to", start(to.plusDays(1)));
            if (departmentIds != null) {
                spec.param("depts", departmentIds);
            }
        }
        List<ReviewCase> items = rows.query((rs, n) -> new ReviewCase(rs.getLong("id"), rs.getString("title"),
                (Long) rs.getObject("department_id"), ReviewModel.DocumentStatus.valueOf(rs.getString("status")).label(),
                rs.getTimestamp("at").toInstant().atZone(ZONE).toLocalDate(), "/workbench/reviews/" + rs.getLong("id"))).list();
        return new CaseList(items, count.query(Long.class).single());
    }

    private static OffsetDateTime start(LocalDate day) {
        return day.atStartOfDay(ZONE).toOffsetDateTime();
    }
}
