package cn.yingshang.legal.internal;

import java.util.Map;
import cn.yingshang.platform.PageOf;
import cn.yingshang.platform.ListQuery;
import cn.yingshang.platform.ListPage;
import cn.yingshang.shared.ConflictingChange;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Discretion benchmarks with their tiers, quarterly reviews and the penalty decisions made under them. */
@Component
class DiscretionBenchmarks {

    /** A penalty decided under a benchmark version and tier. */
    public record Decision(long id, long departmentId, long benchmarkId, String tier, String decisionNumber, String creditCode,
                           String subjectName, String facts, BigDecimal fine, LocalDate decidedOn, Long creditRecordId) {
    }

    /** A quarterly review of a benchmark against the decisions made under it. */
    public record Review(long id, long benchmarkId, String quarter, LocalDate reviewedOn, int decisions, String finding) {
    }

    private final JdbcClient jdbc;

    DiscretionBenchmarks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int nextVersion(long department, String itemCode) {
        return jdbc.sql("SELECT coalesce(max(version), 0) + 1 FROM legal_discretion_benchmark WHERE department_id = :d AND item_code = :i")
                .param("d", department).param("i", itemCode).query(Integer.class).single();
    }

    /** Supersedes the published version of the item, if any, and publishes the new one. */
    long publish(long department, String itemCode, String itemName, String basis, int version, LocalDate on, LocalDate reviewDue,
                 List<DiscretionBenchmark.Tier> tiers) {
        jdbc.sql("UPDATE legal_discretion_benchmark SET status = 'SUPERSEDED' WHERE department_id = :d AND item_code = :i AND status = 'PUBLISHED'")
                .param("d", department).param("i", itemCode).update();
        long id = jdbc.sql("""
                        INSERT INTO legal_discretion_benchmark (department_id, item_code, item_name, penalty_basis, version, published_on,
                          review_due, status)
                        VALUES (:d, :i, :n, :b, :v, :on, :due, 'PUBLISHED') RETURNING id""")
                .param("d", department).param("i", itemCode).param("n", itemName).param("b", basis).param("v", version).param("on", on)
                .param("due", reviewDue).query(Long.class).single();
        for (DiscretionBenchmark.Tier t : tiers) {
            jdbc.sql("INSERT INTO legal_discretion_tier (benchmark_id, tier, circumstances, min_fine, max_fine) VALUES (:id, :t, :c, :min, :max)")
                    .param("id", id).param("t", t.tier()).param("c", t.circumstances()).param("min", t.minFine()).param("max", t.maxFine())
                    .update();
        }
        return id;
    }

    Optional<DiscretionBenchmark> find(long id) {
        return jdbc.sql("SELECT * FROM legal_discretion_benchmark WHERE id = :id").param("id", id).query(this::row).optional();
    }

    /** One page of a department's benchmarks, current ones first, every version kept. */
    PageOf<DiscretionBenchmark> ofDepartment(long department, String search, ListPage page) {
        return ListQuery.page(jdbc, new ListQuery.Spec("*", "legal_discretion_benchmark", "department_id = :d",
                        List.of("item_code", "item_name", "penalty_basis"), List.of(),
                        Map.of("item", "item_code", "published", "published_on", "review", "review_due"), "status, item_code, version DESC"),
                Map.of("d", department), search, page, this::row);
    }

    /** One page of the published benchmarks, by department and item, searched by item code, name or penalty basis. */
    PageOf<DiscretionBenchmark> published(String search, ListPage page) {
        return ListQuery.page(jdbc, new ListQuery.Spec("*", "legal_discretion_benchmark", "status = 'PUBLISHED'",
                        List.of("item_code", "item_name", "penalty_basis"), List.of(),
                        Map.of("item", "item_code", "published", "published_on", "review", "review_due"), "department_id, item_code, id"),
                Map.of(), search, page, this::row);
    }

    /** Records the quarter's review once and moves the next review on; empty when the quarter was already reviewed. */
    Optional<Long> review(long benchmarkId, String quarter, LocalDate on, int decisions, String finding, LocalDate nextDue) {
        Optional<Long> id = jdbc.sql("""
                        INSERT INTO legal_benchmark_review (benchmark_id, quarter, reviewed_on, decisions, finding)
                        VALUES (:b, :q, :on, :n, :f) ON CONFLICT (benchmark_id, quarter) DO NOTHING RETURNING id""")
                .param("b", benchmarkId).param("q", quarter).param("on", on).param("n", decisions).param("f", finding)
                .query(Long.class).optional();
        id.ifPresent(x -> guarded(jdbc.sql("UPDATE legal_discretion_benchmark SET review_due = :due WHERE id = :id AND status = 'PUBLISHED'")
                .param("due", nextDue).param("id", benchmarkId).update()));
        return id;
    }

    List<Review> reviews(long benchmarkId) {
        return jdbc.sql("SELECT * FROM legal_benchmark_review WHERE benchmark_id = :b ORDER BY reviewed_on DESC, id DESC").param("b", benchmarkId)
                .query((rs, n) -> new Review(rs.getLong("id"), rs.getLong("benchmark_id"), rs.getString("quarter"),
                        CourtCases.date(rs, "reviewed_on"), rs.getInt("decisions"), rs.getString("finding"))).list();
    }

    /** Decisions under the benchmark since the day after the given date (its publication or last review). */
    int decisionsSince(long benchmarkId, LocalDate after) {
        return jdbc.sql("SELECT count(*) FROM legal_penalty_decision WHERE benchmark_id = :b AND decided_on >= :d")
                .param("b", benchmarkId).param("d", after).query(Integer.class).single();
    }

    /** Empty when the department already used that decision number. */
    Optional<Long> decide(long department, long benchmarkId, String tier, String number, String creditCode, String name, String facts,
                          BigDecimal fine, LocalDate decidedOn) {
        return jdbc.sql("""
                        INSERT INTO legal_penalty_decision (department_id, benchmark_id, tier, decision_number, credit_code, subject_name, facts,
                          fine, decided_on)
                        VALUES (:d, :b, :t, :no, :code, :name, :facts, :fine, :on)
                        ON CONFLICT (department_id, decision_number) DO NOTHING RETURNING id""")
                .param("d", department).param("b", benchmarkId).param("t", tier).param("no", number).param("code", creditCode)
                .param("name", name).param("facts", facts).param("fine", fine).param("on", decidedOn).query(Long.class).optional();
    }

    void linkCreditRecord(long decisionId, long creditRecordId) {
        guarded(jdbc.sql("UPDATE legal_penalty_decision SET credit_record_id = :r WHERE id = :id AND credit_record_id IS NULL")
                .param("r", creditRecordId).param("id", decisionId).update());
    }

    /** One page of the penalties decided under a benchmark, newest first. */
    PageOf<Decision> decisions(long benchmarkId, ListPage page) {
        return ListQuery.page(jdbc, new ListQuery.Spec("*", "legal_penalty_decision", "benchmark_id = :b", List.of(), List.of(),
                Map.of("decided", "decided_on"), "decided_on DESC, id DESC"), Map.of("b", benchmarkId), "", page, DiscretionBenchmarks::decisionRow);
    }

    private DiscretionBenchmark row(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong("id");
        return new DiscretionBenchmark(id, rs.getLong("department_id"), rs.getString("item_code"), rs.getString("item_name"),
                rs.getString("penalty_basis"), rs.getInt("version"), CourtCases.date(rs, "published_on"), CourtCases.date(rs, "review_due"),
                rs.getString("status"), tiers(id));
    }

    private List<DiscretionBenchmark.Tier> tiers(long benchmarkId) {
        return jdbc.sql("""
                        SELECT * FROM legal_discretion_tier WHERE benchmark_id = :b
                        ORDER BY array_position(ARRAY['EXEMPT', 'LIGHTER', 'ORDINARY', 'HEAVIER'], tier)""")
                .param("b", benchmarkId).query((rs, n) -> new DiscretionBenchmark.Tier(rs.getString("tier"), rs.getString("circumstances"),
                        rs.getBigDecimal("min_fine"), rs.getBigDecimal("max_fine"))).list();
    }

    private static Decision decisionRow(ResultSet rs, int n) throws SQLException {
        long record = rs.getLong("credit_record_id");
        Long recordId = rs.wasNull() ? null : record;
        return new Decision(rs.getLong("id"), rs.getLong("department_id"), rs.getLong("benchmark_id"), rs.getString("tier"),
                rs.getString("decision_number"), rs.getString("credit_code"), rs.getString("subject_name"), rs.getString("facts"),
                rs.getBigDecimal("fine"), CourtCases.date(rs, "decided_on"), recordId);
    }

    private static void guarded(int updated) {
        if (updated != 1) {
            throw new ConflictingChange();
        }
    }
}
