package cn.yingshang.services.internal;

import java.sql.Array;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Service cases and their one-time notices. Every state change is guarded by the status it leaves. */
@Repository
class ServiceCases {

    private final JdbcClient jdbc;
    private final HandlerCover cover;

    ServiceCases(JdbcClient jdbc, HandlerCover cover) {
        this.jdbc = jdbc;
        this.cover = cover;
    }

    /** Creates the case once per request key; a repeated key returns the case the first call created. */
    long open(String requestKey, Guide guide, String creditCode, String channel, LocalDate today) {
        return open(requestKey, guide, departmentIdOf(guide), creditCode, channel, today, null, null);
    }

    /**
     * With the implementing department's id (matched by the tree's code, not by name), and for a
     * window entry the receiving handler (首问负责 from the first contact) and the walk-in applicant's name.
     */
    long open(String requestKey, Guide guide, Long departmentId, String creditCode, String channel, LocalDate today,
              String receiver, String applicantName) {
        jdbc.sql("""
                        INSERT INTO svc_case (request_key, implementation_id, department, department_id, region_code, credit_code,
                                              channel, status, applied_on, first_receiver, assignee, applicant_name)
                        VALUES (:key, :impl, :dept, :deptId, :region, :credit, :channel, 'SUBMITTED', :today, :receiver, :assignee, :applicant)
                        ON CONFLICT (request_key) DO NOTHING""")
                .param("key", requestKey).param("impl", guide.id()).param("dept", guide.department())
                .param("deptId", departmentId, java.sql.Types.BIGINT)
                .param("region", guide.regionCode()).param("credit", creditCode).param("channel", channel)
                .param("today", today).param("receiver", receiver, java.sql.Types.VARCHAR)
                .param("assignee", receiver == null ? null : cover.assigneeFor(receiver), java.sql.Types.VARCHAR)
                .param("applicant", applicantName, java.sql.Types.VARCHAR).update();
        return jdbc.sql("SELECT id FROM svc_case WHERE request_key = :key AND credit_code = :credit")
                .param("key", requestKey).param("credit", creditCode).query(Long.class).optional()
                .orElseThrow(() -> new IllegalStateException("request key reused by another applicant"));
    }

    static final String CASE_COLUMNS = """
            id, implementation_id, department, region_code, credit_code, channel, status, applied_on, accepted_on, due_on,
            department_id, first_receiver, assignee, decided_on, decision_reason, finished_on, delivered_on, delivery, applicant_name""";

    private Long departmentIdOf(Guide guide) {
        return jdbc.sql("SELECT id FROM platform_department WHERE code = :code").param("code", guide.departmentCode())
                .query(Long.class).optional().orElse(null);
    }

    Optional<ServiceCase> find(long id) {
        return jdbc.sql("SELECT " + CASE_COLUMNS + " FROM svc_case WHERE id = :id").param("id", id)
                .query((rs, n) -> row(rs)).optional();
    }

    static ServiceCase row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new ServiceCase(rs.getLong("id"), rs.getLong("implementation_id"), rs.getString("department"),
                rs.getString("region_code"), rs.getString("credit_code"), rs.getString("channel"),
                CaseStatus.valueOf(rs.getString("status")), rs.getObject("applied_on", LocalDate.class),
                rs.getObject("accepted_on", LocalDate.class), rs.getObject("due_on", LocalDate.class),
                (Long) rs.getObject("department_id"), rs.getString("first_receiver"), rs.getString("assignee"),
                rs.getObject("decided_on", LocalDate.class), rs.getString("decision_reason"),
                rs.getObject("finished_on", LocalDate.class), rs.getObject("delivered_on", LocalDate.class),
                rs.getString("delivery"), rs.getString("applicant_name"));
    }

    /** Moves the case from {@code from} to {@code to}; false when another request moved it first. */
    boolean move(long id, CaseStatus from, CaseStatus to) {
        return jdbc.sql("UPDATE svc_case SET status = :to WHERE id = :id AND status = :from")
                .param("id", id).param("from", from.name()).param("to", to.name()).update() == 1;
    }

    boolean accept(long id, CaseStatus from, LocalDate acceptedOn, LocalDate dueOn, String receiver) {
        return jdbc.sql("""
                        UPDATE svc_case SET status = 'ACCEPTED', accepted_on = :on, due_on = :due,
                               first_receiver = coalesce(first_receiver, :receiver), assignee = coalesce(assignee, :assignee)
                        WHERE id = :id AND status = :from""")
                .param("id", id).param("from", from.name()).param("on", acceptedOn).param("due", dueOn)
                .param("receiver", receiver).param("assignee", cover.assigneeFor(receiver)).update() == 1;
    }

    Optional<OneTimeNotice> notice(long caseId) {
        return jdbc.sql("SELECT materials, supply_by FROM svc_case_notice WHERE case_id = :id").param("id", caseId)
                .query((rs, n) -> {
                    Array a = rs.getArray("materials");
                    return new OneTimeNotice(Arrays.asList((String[]) a.getArray()), rs.getObject("supply_by", LocalDate.class));
                }).optional();
    }

    /** Stores the case's only notice; false when it already has one. */
    boolean storeNotice(long caseId, OneTimeNotice notice, Instant at, String by) {
        return jdbc.sql("""
                        INSERT INTO svc_case_notice (case_id, materials, supply_by, issued_at, issued_by)
                        VALUES (:id, :materials, :supplyBy, :at, :by) ON CONFLICT (case_id) DO NOTHING""")
                .param("id", caseId).param("materials", notice.materials().toArray(String[]::new))
                .param("supplyBy", notice.supplyBy()).param("at", at.atOffset(ZoneOffset.UTC)).param("by", by).update() == 1;
    }

    /** One page of the enterprise's own cases, newest first, searched by the item's name, the department or the case number. */
    cn.yingshang.platform.PageOf<ServiceCase> ofEnterprise(String creditCode, String search, cn.yingshang.platform.ListPage page) {
        return cn.yingshang.platform.ListQuery.page(jdbc, new cn.yingshang.platform.ListQuery.Spec(CASE_COLUMNS, "svc_case",
                "credit_code = :credit", List.of("(SELECT i.name FROM svc_implementation i WHERE i.id = implementation_id)", "department"),
                List.of("CAST(id AS TEXT)"), java.util.Map.of("applied", "applied_on", "due", "due_on", "status", "status"), "id DESC"),
                java.util.Map.of("credit", creditCode), search, page, (rs, n) -> row(rs));
    }

    /** Records the decision on an accepted case; false when it is no longer accepted. */
    boolean decide(long id, CaseStatus to, LocalDate on, String reason) {
        return jdbc.sql("""
                        UPDATE svc_case SET status = :to, decided_on = :on, decision_reason = :reason
                        WHERE id = :id AND status = 'ACCEPTED'""")
                .param("to", to.name()).param("on", on).param("reason", reason).param("id", id).update() == 1;
    }
}
