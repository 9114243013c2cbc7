package cn.yingshang.services.internal;

import cn.yingshang.platform.ListPage;
import cn.yingshang.platform.ListQuery;
import cn.yingshang.platform.PageOf;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** One-thing bundles, their definitions and parts. Every state change is guarded by the status it leaves. */
@Repository
class Bundles {

    record Definition(String code, String name, String basis, int noticeDays, List<DefinitionItem> items) {
    }

    record DefinitionItem(int seq, long implementationId, String itemCode, String itemName, String department,
                          boolean afterNotice) {
    }

    private final JdbcClient jdbc;

    Bundles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Definition> definitions() {
        return jdbc.sql("SELECT code, name, basis, notice_days FROM svc_bundle_definition ORDER BY sort_order")
                .query((rs, n) -> new Definition(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        items(rs.getString(1)))).list();
    }

    Optional<Definition> definition(String code) {
        return definitions().stream().filter(d -> d.code().equals(code)).findFirst();
    }

    private List<DefinitionItem> items(String bundleCode) {
        // The city-level implementation of each item: bundles are offered where the items are implemented.
        return jdbc.sql("""
                        SELECT d.seq, i.id, i.item_code, i.name, i.department, d.after_notice
                        FROM svc_bundle_definition_item d
                        JOIN LATERAL (SELECT * FROM svc_implementation i WHERE i.item_code = d.item_code ORDER BY i.level = 'CITY' DESC, i.id LIMIT 1) i ON TRUE
                        WHERE d.bundle_code = :code ORDER BY d.seq""")
                .param("code", bundleCode)
                .query((rs, n) -> new DefinitionItem(rs.getInt(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getBoolean(6))).list();
    }

    /** Creates the bundle once per request key; null when the key was already used (the caller looks it up). */
    Long create(String requestKey, Definition d, String creditCode, String identityName, Instant checkedAt, String checkedBy,
                LocalDate today, LocalDate noticeEndsOn) {
        Long id = jdbc.sql("""
                        INSERT INTO svc_bundle (request_key, bundle_code, credit_code, identity_name, identity_checked_at,
                                                identity_checked_by, status, applied_on, notice_ends_on)
                        VALUES (:key, :code, :credit, :name, :at, :by, :status, :today, :noticeEnds)
                        ON CONFLICT (request_key) DO NOTHING RETURNING id""")
                .param("key", requestKey).param("code", d.code()).param("credit", creditCode).param("name", identityName)
                .param("at", checkedAt.atOffset(ZoneOffset.UTC)).param("by", checkedBy)
                .param("status", noticeEndsOn == null ? "IN_PROGRESS" : "NOTICE").param("today", today)
                .param("noticeEnds", noticeEndsOn).query(Long.class).optional().orElse(null);
        if (id != null) {
            for (DefinitionItem item : d.items()) {
                jdbc.sql("""
                                INSERT INTO svc_bundle_part (bundle_id, seq, implementation_id, department, status)
                                VALUES (:id, :seq, :impl, :dept, 'WAITING')""")
                        .param("id", id).param("seq", item.seq()).param("impl", item.implementationId())
                        .param("dept", item.department()).update();
            }
        }
        return id;
    }

    Optional<Long> byRequestKey(String requestKey, String creditCode) {
        return jdbc.sql("SELECT id FROM svc_bundle WHERE request_key = :key AND credit_code = :credit")
                .param("key", requestKey).param("credit", creditCode).query(Long.class).optional();
    }

    /** Links the part to its case and opens it; false when it was opened before. */
    boolean openPart(long bundleId, int seq, long caseId) {
        return jdbc.sql("""
                        UPDATE svc_bundle_part SET case_id = :case, status = 'OPEN'
                        WHERE bundle_id = :id AND seq = :seq AND status = 'WAITING'""")
                .param("case", caseId).param("id", bundleId).param("seq", seq).update() == 1;
    }

    /** Bundles whose public notice has ended by {@code today}. */
    List<Long> noticeEndedBy(LocalDate today) {
        return jdbc.sql("SELECT id FROM svc_bundle WHERE status = 'NOTICE' AND notice_ends_on <= :today ORDER BY id")
                .param("today", today).query(Long.class).list();
    }

    boolean move(long bundleId, Bundle.BundleStatus from, Bundle.BundleStatus to, LocalDate doneOn) {
        return jdbc.sql("UPDATE svc_bundle SET status = :to, done_on = :done WHERE id = :id AND status = :from")
                .param("to", to.name()).param("done", doneOn).param("id", bundleId).param("from", from.name()).update() == 1;
    }

    /** The part of the bundle the case belongs to: its bundle id, or empty for a case outside any bundle. */
    Optional<Long> bundleOfCase(long caseId) {
        return jdbc.sql("SELECT bundle_id FROM svc_bundle_part WHERE case_id = :case").param("case", caseId)
                .query(Long.class).optional();
    }

    boolean finishPart(long caseId, Bundle.PartStatus to, LocalDate on) {
        return jdbc.sql("""
                        UPDATE svc_bundle_part SET status = :to, finished_on = :on
                        WHERE case_id = :case AND status = 'OPEN'""")
                .param("to", to.name()).param("on", on).param("case", caseId).update() == 1;
    }

    /**
     * Ends a bundle that is not yet done because one of its parts ended without a grant; false when it
     * had ended or finished already.
     */
    boolean end(long bundleId, int partSeq, String reason, LocalDate on) {
        return jdbc.sql("""
                        UPDATE svc_bundle SET status = 'ENDED', done_on = :on, ended_part_seq = :seq, end_reason = :reason
                        WHERE id = :id AND status IN ('NOTICE', 'IN_PROGRESS')""")
                .param("on", on).param("seq", partSeq).param("reason", reason).param("id", bundleId).update() == 1;
    }

    /** Cancels the parts still waiting or open; returns the cases of the open ones, for their departments to stop. */
    List<Long> cancelUnfinishedParts(long bundleId, LocalDate on) {
        return jdbc.sql("""
                        UPDATE svc_bundle_part SET status = 'CANCELLED', finished_on = :on
                        WHERE bundle_id = :id AND status IN ('WAITING', 'OPEN') RETURNING case_id""")
                .param("on", on).param("id", bundleId).query((rs, n) -> (Long) rs.getObject(1, Long.class)).list()
                .stream().filter(java.util.Objects::nonNull).toList();
    }

    /** Withdraws a case of a cancelled part unless its department already decided it. */
    boolean withdrawCase(long caseId, String reason, LocalDate on) {
        return jdbc.sql("""
                        UPDATE svc_case SET status = 'WITHDRAWN', decision_reason = :reason, decided_on = :on
                        WHERE id = :id AND status IN ('SUBMITTED', 'SUPPLEMENT_REQUESTED', 'ACCEPTED')""")
                .param("reason", reason).param("on", on).param("id", caseId).update() == 1;
    }

    /** Locks the bundle row, so two parts finishing at once cannot both see the other still open. */
    void lock(long bundleId) {
        jdbc.sql("SELECT id FROM svc_bundle WHERE id = :id FOR UPDATE").param("id", bundleId).query(Long.class).single();
    }

    Optional<Bundle> find(long id) {
        return jdbc.sql("""
                        SELECT b.id, b.bundle_code, d.name, b.credit_code, b.identity_name, b.status, b.applied_on,
                               b.notice_ends_on, b.done_on, b.ended_part_seq, b.end_reason
                        FROM svc_bundle b JOIN svc_bundle_definition d ON d.code = b.bundle_code WHERE b.id = :id""")
                .param("id", id)
                .query((rs, n) -> new Bundle(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        Bundle.BundleStatus.valueOf(rs.getString(6)), rs.getObject(7, LocalDate.class),
                        rs.getObject(8, LocalDate.class), rs.getObject(9, LocalDate.class), parts(rs.getLong(1)),
                        (Integer) rs.getObject(10, Integer.class), rs.getString(11)))
                .optional();
    }

    List<Bundle.Part> parts(long bundleId) {
        return jdbc.sql("""
                        SELECT p.seq, p.implementation_id, i.item_code, i.name, p.department, p.case_id, p.status,
                               c.status AS case_status, c.due_on, p.finished_on
                        FROM svc_bundle_part p JOIN svc_implementation i ON i.id = p.implementation_id
                        LEFT JOIN svc_case c ON c.id = p.case_id
                        WHERE p.bundle_id = :id ORDER BY p.seq""")
                .param("id", bundleId)
                .query((rs, n) -> new Bundle.Part(rs.getInt(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), (Long) rs.getObject(6, Long.class), Bundle.PartStatus.valueOf(rs.getString(7)),
                        rs.getString(8), rs.getObject(9, LocalDate.class), rs.getObject(10, LocalDate.class)))
                .list();
    }

    private static final Map<String, String> SORTABLE = Map.of("applied", "b.applied_on", "name", "d.name", "status", "b.status");

    /** One page of the enterprise's own bundles, newest first. */
    PageOf<Long> ofEnterprise(String creditCode, String search, ListPage page) {
        return page("b.credit_code = :credit", Map.of("credit", creditCode), "b.id DESC", search, page);
    }

    /** One page of every bundle, newest first (the office). */
    PageOf<Long> latest(String search, ListPage page) {
        return page("TRUE", Map.of(), "b.id DESC", search, page);
    }

    /** One page of the bundles with a department's parts still to be done, oldest first: its bundle queue. */
    PageOf<Long> withOpenPartsIn(String department, String search, ListPage page) {
        return page("b.id IN (SELECT bundle_id FROM svc_bundle_part WHERE department = :dept AND status = 'OPEN')",
                Map.of("dept", department), "b.id", search, page);
    }

    /** Searched by the bundle's name, the applicant's name or the credit code. */
    private PageOf<Long> page(String scope, Map<String, Object> params, String defaultOrder, String search, ListPage page) {
        return ListQuery.page(jdbc, new ListQuery.Spec("b.id", "svc_bundle b JOIN svc_bundle_definition d ON d.code = b.bundle_code",
                scope, List.of("d.name", "b.identity_name"), List.of("b.credit_code"), SORTABLE, defaultOrder), params, search, page,
                (rs, n) -> rs.getLong(1));
    }

    String checkedBy(long bundleId) {
        return jdbc.sql("SELECT identity_checked_by FROM svc_bundle WHERE id = :id").param("id", bundleId)
                .query(String.class).single();
    }
}
