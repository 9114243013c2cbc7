package cn.yingshang.legal.internal;

import cn.yingshang.appeal.AppealTallies;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Where the quarterly enforcement reviews, the complaints each covers and its findings are kept. */
@Component
class EnforcementReviews {

    /** A complaint as the review fixed it when it opened. */
    record ReviewedComplaint(long appealId, String trackingNumber, String title, long departmentId) {
    }

    /** How many of the review's complaints concern one department. */
    record DepartmentCount(long departmentId, long complaints) {
    }

    private static final String REVIEW = """
            SELECT r.*, (SELECT count(*) FROM legal_enforcement_review_complaint c WHERE c.review_id = r.id) AS complaints,
              (SELECT count(*) FROM legal_enforcement_finding f WHERE f.review_id = r.id) AS findings,
              (SELECT count(*) FROM legal_enforcement_finding f WHERE f.review_id = r.id AND f.status = 'RECTIFYING') AS rectifying
            FROM legal_enforcement_review r""";
    private static final String FINDING = """
            SELECT f.*, r.review_year, r.quarter FROM legal_enforcement_finding f JOIN legal_enforcement_review r ON r.id = f.review_id""";

    private final JdbcClient jdbc;

    EnforcementReviews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<EnforcementReview> find(long id) {
        return jdbc.sql(REVIEW + " WHERE r.id = :id").param("id", id).query(EnforcementReviews::review).optional();
    }

    Optional<EnforcementReview> ofQuarter(int year, int quarter) {
        return jdbc.sql(REVIEW + " WHERE r.review_year = :y AND r.quarter = :q").param("y", year).param("q", quarter)
                .query(EnforcementReviews::review).optional();
    }

    /** Newest first; four a year, so no paging is needed. */
    List<EnforcementReview> all() {
        return jdbc.sql(REVIEW + " ORDER BY r.review_year DESC, r.quarter DESC").query(EnforcementReviews::review).list();
    }

    /** Empty when the quarter's review was opened meanwhile. */
    Optional<Long> open(int year, int quarter, LocalDate today) {
        return jdbc.sql("""
                        INSERT INTO legal_enforcement_review (review_year, quarter, status, opened_on) VALUES (:y, :q, 'OPEN', :today)
                        ON CONFLICT (review_year, quarter) DO NOTHING RETURNING id""")
                .param("y", year).param("q", quarter).param("today", today).query(Long.class).optional();
    }

    /** One statement for a page of complaints, however many it holds. */
    void cover(long reviewId, List<AppealTallies.AppealCase> complaints) {
        if (complaints.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO legal_enforcement_review_complaint (review_id, appeal_id, tracking_number, title, department_id)
                        SELECT :r, a, t, title, d FROM unnest(CAST(:a AS bigint[]), CAST(:t AS text[]), CAST(:title AS text[]),
                          CAST(:d AS bigint[])) AS c (a, t, title, d)
                        ON CONFLICT DO NOTHING""")
                .param("r", reviewId)
                .param("a", complaints.stream().map(AppealTallies.AppealCase::id).toArray(Long[]::new))
                .param("t", complaints.stream().map(AppealTallies.AppealCase::trackingNumber).toArray(String[]::new))
                .param("title", complaints.stream().map(AppealTallies.AppealCase::title).toArray(String[]::new))
                .param("d", complaints.stream().map(AppealTallies.AppealCase::departmentId).toArray(Long[]::new))
                .update();
    }

    List<DepartmentCount> departments(long reviewId) {
        return jdbc.sql("""
                        SELECT department_id, count(*) FROM legal_enforcement_review_complaint WHERE review_id = :r
                        GROUP BY department_id ORDER BY count(*) DESC, department_id""")
                .param("r", reviewId).query((rs, n) -> new DepartmentCount(rs.getLong(1), rs.getLong(2))).list();
    }

    /** {@code departmentId} null: all the review's complaints. */
    List<ReviewedComplaint> complaints(long reviewId, Long departmentId) {
        return jdbc.sql("SELECT * FROM legal_enforcement_review_complaint WHERE review_id = :r"
                        + (departmentId == null ? "" : " AND department_id = :d") + " ORDER BY department_id, appeal_id")
                .param("r", reviewId).param("d", departmentId)
                .query((rs, n) -> new ReviewedComplaint(rs.getLong("appeal_id"), rs.getString("tracking_number"), rs.getString("title"),
                        rs.getLong("department_id"))).list();
    }

    boolean conclude(long reviewId, LocalDate today, String conclusion) {
        return jdbc.sql("UPDATE legal_enforcement_review SET status = 'CONCLUDED', concluded_on = :today, conclusion = :c"
                        + " WHERE id = :id AND status = 'OPEN'")
                .param("id", reviewId).param("today", today).param("c", conclusion).update() == 1;
    }

    /** Empty when the department already has a finding of that kind in the review. */
    Optional<Long> find(long reviewId, long departmentId, FindingKind kind, String description, LocalDate today, LocalDate due) {
        return jdbc.sql("""
                        INSERT INTO legal_enforcement_finding (review_id, department_id, kind, description, found_on, status, rectification_due)
                        VALUES (:r, :d, :kind, :description, :today, :status, :due)
                        ON CONFLICT (review_id, department_id, kind) DO NOTHING RETURNING id""")
                .param("r", reviewId).param("d", departmentId).param("kind", kind.name()).param("description", description)
                .param("today", today).param("status", due == null ? "NONE" : "RECTIFYING").param("due", due)
                .query(Long.class).optional();
    }

    Optional<EnforcementFinding> finding(long id) {
        return jdbc.sql(FINDING + " WHERE f.id = :id").param("id", id).query(EnforcementReviews::finding).optional();
    }

    List<EnforcementFinding> findings(long reviewId) {
        return jdbc.sql(FINDING + " WHERE f.review_id = :r ORDER BY f.department_id, f.id").param("r", reviewId)
                .query(EnforcementReviews::finding).list();
    }

    /** The departments' findings, newest review first, owed rectifications before the rest. */
    List<EnforcementFinding> ofDepartments(Collection<Long> departments) {
        if (departments.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(FINDING + " WHERE f.department_id IN (:d) ORDER BY (f.status = 'RECTIFYING') DESC, r.review_year DESC,"
                        + " r.quarter DESC, f.id DESC LIMIT 500")
                .param("d", departments).query(EnforcementReviews::finding).list();
    }

    /** Rectifications still owed whose last day has passed. */
    List<EnforcementFinding> overdue(LocalDate today) {
        return jdbc.sql(FINDING + " WHERE f.status = 'RECTIFYING' AND f.rectification_due < :today ORDER BY f.rectification_due, f.id")
                .param("today", today).query(EnforcementReviews::finding).list();
    }

    boolean rectify(long findingId, LocalDate today, String report) {
        return jdbc.sql("UPDATE legal_enforcement_finding SET status = 'RECTIFIED', rectified_on = :today, rectification_report = :report"
                        + " WHERE id = :id AND status = 'RECTIFYING'")
                .param("id", findingId).param("today", today).param("report", report).update() == 1;
    }

    private static EnforcementReview review(ResultSet rs, int n) throws SQLException {
        return new EnforcementReview(rs.getLong("id"), rs.getInt("review_year"), rs.getInt("quarter"), rs.getString("status"),
                CourtCases.date(rs, "opened_on"), CourtCases.date(rs, "concluded_on"), rs.getString("conclusion"), rs.getLong("complaints"),
                rs.getLong("findings"), rs.getLong("rectifying"));
    }

    private static EnforcementFinding finding(ResultSet rs, int n) throws SQLException {
        return new EnforcementFinding(rs.getLong("id"), rs.getLong("review_id"), rs.getInt("review_year"), rs.getInt("quarter"),
                rs.getLong("department_id"), FindingKind.valueOf(rs.getString("kind")), rs.getString("description"),
                CourtCases.date(rs, "found_on"), rs.getString("status"), CourtCases.date(rs, "rectification_due"),
                CourtCases.date(rs, "rectified_on"), rs.getString("rectification_report"));
    }
}
