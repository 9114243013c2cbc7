package cn.yingshang.policy.internal;

import cn.yingshang.shared.CreditCode;
import cn.yingshang.platform.Text;
import cn.yingshang.platform.AuditLog;
import cn.yingshang.platform.Notifications;
import cn.yingshang.reference.WorkingCalendars;
import cn.yingshang.shared.DomainViolation;
import cn.yingshang.shared.RegionCode;
import cn.yingshang.shared.TimeLimit;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 免申即享 payouts: the engine's beneficiaries wait in a pending batch, an officer approves it, the
 * list is published with an objection period (003 §36: 兑付程序和补贴名单向社会公开，接受社会监督),
 * and only once that period has ended on the region's calendar are the payouts made ({@link #payDue}):
 * an item an upheld objection withheld, or one an undecided objection names, is not paid; nor is one
 * whose entity is under a dishonesty measure that excludes it (003 §37), whatever the rule says.
 */
@Service
class Grants {

    /** 公示期: five working days for objections after the list is published. */
    static final TimeLimit OBJECTION_PERIOD = TimeLimit.workingDays(5);

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final WorkingCalendars calendars;
    private final Notifications notifications;
    private final AuditLog audit;
    private final Clock clock;

    private final org.springframework.context.ApplicationEventPublisher events;

    Grants(JdbcClient jdbc, JdbcTemplate template, WorkingCalendars calendars, Notifications notifications, AuditLog audit,
           Clock clock, org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.template = template;
        this.calendars = calendars;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    record Beneficiary(String creditCode, String name, Double revenue, Double assets) {
    }

    record Batch(long id, long policyId, String status, Instant createdAt, String approvedBy, LocalDate noticeFrom,
                 LocalDate objectionUntil, int items, BigDecimal total) {

        public boolean objectionOpen(LocalDate today) {
            return "APPROVED".equals(status) && objectionUntil != null && !today.isAfter(objectionUntil);
        }
    }

    record Item(String creditCode, String entityName, BigDecimal amount) {
    }

    /** The pending batch holds exactly the current matches not yet paid. */
    @Transactional
    void refreshPendingBatch(Policy policy, Function<String, Beneficiary> facts) {
        Set<String> matched = new HashSet<>(jdbc.sql("SELECT credit_code FROM policy_match WHERE policy_id = :p")
                .param("p", policy.id()).query(String.class).list());
        matched.removeAll(jdbc.sql("SELECT credit_code FROM policy_payout WHERE policy_id = :p")
                .param("p", policy.id()).query(String.class).list());
        // On a published list (paid after its objection period, or withheld): not granted a second time.
        matched.removeAll(jdbc.sql("""
                        SELECT i.credit_code FROM policy_grant_item i JOIN policy_grant_batch b ON b.id = i.batch_id
                        WHERE b.policy_id = :p AND b.status = 'APPROVED'""")
                .param("p", policy.id()).query(String.class).list());
        Optional<Long> pending = jdbc.sql("SELECT id FROM policy_grant_batch WHERE policy_id = :p AND status = 'PENDING'")
                .param("p", policy.id()).query(Long.class).optional();
        if (matched.isEmpty()) {
            pending.ifPresent(id -> {
                jdbc.sql("DELETE FROM policy_grant_item WHERE batch_id = :b").param("b", id).update();
                jdbc.sql("DELETE FROM policy_grant_batch WHERE id = :b").param("b", id).update();
            });
            return;
        }
        long batchId = pending.orElseGet(() -> {
            GeneratedKeyHolder keys = new GeneratedKeyHolder();
            jdbc.sql("INSERT INTO policy_grant_batch (policy_id, status, created_at) VALUES (:p, 'PENDING', :now)")
                    .param("p", policy.id()).param("now", Timestamp.from(Instant.now(clock))).update(keys, "id");
            return keys.getKey().longValue();
        });
        Set<String> present = new HashSet<>(jdbc.sql("SELECT credit_code FROM policy_grant_item WHERE batch_id = :b")
                .param("b", batchId).query(String.class).list());
        List<String> gone = present.stream().filter(c -> !matched.contains(c)).toList();
        template.batchUpdate("DELETE FROM policy_grant_item WHERE batch_id = ? AND credit_code = ?", gone, 1000, (ps, c) -> {
            ps.setLong(1, batchId);
            ps.setString(2, c);
        });
        List<Object[]> rows = new ArrayList<>();
        for (String code : matched) {
            if (!present.contains(code)) {
                Beneficiary b = facts.apply(code);
                rows.add(new Object[] {batchId, code, b.name(), policy.amount().amountFor(b.revenue(), b.assets())});
            }
        }
        template.batchUpdate("INSERT INTO policy_grant_item (batch_id, credit_code, entity_name, amount) VALUES (?, ?, ?, ?)", rows);
    }

    @Transactional
    Batch approve(long batchId, Policy policy, String actor) {
        // a batch exists only under its own policy: approved under another, its payouts would land there
        Batch batch = batch(batchId).filter(b -> b.policyId() == policy.id())
                .orElseThrow(() -> new NoSuchElementException(Text.of("policy.grant.batchNotFound", batchId)));
        if (!"PENDING".equals(batch.status())) {
            throw new cn.yingshang.shared.ConflictingChange(Text.of("policy.grant.batchAlreadyDecided"));
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate until = calendars.deadline(RegionCode.of(policy.regionScope()), today, OBJECTION_PERIOD);
        int approved = jdbc.sql("""
                        UPDATE policy_grant_batch SET status = 'APPROVED', approved_by = :a, approved_at = :now,
                          notice_from = :today, objection_until = :until WHERE id = :b AND status = 'PENDING'""")
                .param("a", actor).param("now", Timestamp.from(Instant.now(clock))).param("today", today)
                .param("until", until).param("b", batchId).update();
        cn.yingshang.shared.ConflictingChange.unlessOne(approved);
        List<Item> items = items(batchId);
        for (Item i : items) {
            notifications.toEntity(CreditCode.of(i.creditCode()), Text.of("policy.grant.notice.listedTitle", policy.title()),
                    Text.of("policy.grant.notice.listedBody", i.amount().stripTrailingZeros().toPlainString(), until), "/enterprise/policies/" + policy.id());
        }
        audit.record("policy.batch.approve", "policy_grant_batch", String.valueOf(batchId), batch,
                Map.of("status", "APPROVED", "items", items.size(), "objectionUntil", until.toString()));
        return batch(batchId).orElseThrow();
    }

    /**
     * Pays every item of an approved batch whose objection period ended before {@code today}, unless an
     * upheld objection withheld it, an undecided objection names it (or the whole list), or a dishonesty
     * measure excludes its entity (then it is withheld with that reason). Idempotent: a daily run.
     */
    @Transactional
    int payDue(LocalDate today, java.util.function.BiPredicate<String, Long> excluded,
               java.util.function.BiFunction<String, Long, String> exclusionReason) {
        List<Object[]> due = jdbc.sql("""
                        SELECT b.id, b.policy_id, i.credit_code, i.entity_name, i.amount FROM policy_grant_batch b
                        JOIN policy_grant_item i ON i.batch_id = b.id
                        WHERE b.status = 'APPROVED' AND b.objection_until < :today AND i.withheld_on IS NULL
                          AND NOT EXISTS (SELECT 1 FROM policy_payout p WHERE p.policy_id = b.policy_id AND p.credit_code = i.credit_code)
                          AND NOT EXISTS (SELECT 1 FROM policy_objection o WHERE o.batch_id = b.id AND o.decision IS NULL
                                          AND (o.credit_code IS NULL OR o.credit_code = i.credit_code))
                        ORDER BY b.id, i.credit_code""")
                .param("today", today)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getBigDecimal(5)})
                .list();
        int paid = 0;
        for (Object[] d : due) {
            long batchId = (Long) d[0];
            long policyId = (Long) d[1];
            String code = (String) d[2];
            if (excluded.test(code, policyId)) {
                withhold(batchId, code, today, exclusionReason.apply(code, policyId));
                continue;
            }
            int inserted = jdbc.sql("""
                            INSERT INTO policy_payout (policy_id, credit_code, entity_name, amount, source, batch_id, paid_on)
                            VALUES (:p, :c, :n, :a, 'AUTO_GRANT', :b, :on) ON CONFLICT (policy_id, credit_code) DO NOTHING""")
                    .param("p", policyId).param("c", code).param("n", d[3]).param("a", d[4]).param("b", batchId).param("on", today)
                    .update();
            paid += inserted;
            if (inserted == 1) {
                events.publishEvent(new cn.yingshang.policy.PolicyGranted(policyId, CreditCode.of(code), (String) d[3], (BigDecimal) d[4], "AUTO_GRANT", today));
            }
            notifications.toEntity(CreditCode.of(code), Text.of("policy.grant.notice.paidTitle"), Text.of("policy.grant.notice.paidBody", ((BigDecimal) d[4]).stripTrailingZeros().toPlainString()), "/enterprise/policies/" + policyId);
        }
        return paid;
    }

    /** An item not yet paid is withheld (upheld objection, dishonesty measure); status-guarded, once. */
    boolean withhold(long batchId, String code, LocalDate on, String reason) {
        boolean changed = jdbc.sql("""
                        UPDATE policy_grant_item SET withheld_on = :on, withheld_reason = :r
                        WHERE batch_id = :b AND credit_code = :c AND withheld_on IS NULL""")
                .param("on", on).param("r", reason).param("b", batchId).param("c", code).update() == 1;
        if (changed) {
            audit.record("policy.payout.withhold", "policy_grant_item", batchId + "/" + code, null,
                    Map.of("withheldOn", on.toString(), "reason", reason));
        }
        return changed;
    }

    /** A payout already made is reversed (to be recovered); status-guarded, once. */
    boolean reverse(long batchId, String code, LocalDate on, String reason) {
        boolean changed = jdbc.sql("""
                        UPDATE policy_payout SET reversed_on = :on, reversal_reason = :r
                        WHERE batch_id = :b AND credit_code = :c AND reversed_on IS NULL""")
                .param("on", on).param("r", reason).param("b", batchId).param("c", code).update() == 1;
        if (changed) {
            audit.record("policy.payout.reverse", "policy_payout", batchId + "/" + code, null,
                    Map.of("reversedOn", on.toString(), "reason", reason));
        }
        return changed;
    }

    Optional<Batch> batch(long id) {
        return jdbc.sql(BATCH_SQL + " WHERE b.id = :id GROUP BY b.id").param("id", id).query(Grants::batch).optional();
    }

    List<Batch> batches(long policyId) {
        return jdbc.sql(BATCH_SQL + " WHERE b.policy_id = :p GROUP BY b.id ORDER BY b.id DESC").param("p", policyId)
                .query(Grants::batch).list();
    }

    List<Batch> publishedBatches(int limit) {
        return jdbc.sql(BATCH_SQL + " WHERE b.status = 'APPROVED' GROUP BY b.id ORDER BY b.approved_at DESC LIMIT :l")
                .param("l", limit).query(Grants::batch).list();
    }

    /** One page of the approved (publicly noticed) batches, newest first, searched by the policy's title or number. */
    cn.yingshang.platform.PageOf<Batch> publishedBatches(String search, cn.yingshang.platform.ListPage page) {
        return cn.yingshang.platform.ListQuery.page(jdbc, new cn.yingshang.platform.ListQuery.Spec("x.*",
                        "(" + BATCH_SQL + " WHERE b.status = 'APPROVED' GROUP BY b.id) x JOIN policy_policy p ON p.id = x.policy_id",
                        "TRUE", List.of("p.title", "p.document_number"), List.of(),
                        java.util.Map.of("noticeFrom", "x.notice_from", "objectionUntil", "x.objection_until", "total", "x.total"),
                        "x.approved_at DESC, x.id DESC"),
                java.util.Map.of(), search, page, Grants::batch);
    }

    private static final String BATCH_SQL = """
            SELECT b.*, count(i.credit_code) AS items, coalesce(sum(i.amount), 0) AS total
            FROM policy_grant_batch b LEFT JOIN policy_grant_item i ON i.batch_id = b.id""";

    private static Batch batch(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Batch(rs.getLong("id"), rs.getLong("policy_id"), rs.getString("status"),
                rs.getTimestamp("created_at").toInstant(), rs.getString("approved_by"),
                rs.getObject("notice_from", LocalDate.class), rs.getObject("objection_until", LocalDate.class),
                rs.getInt("items"), rs.getBigDecimal("total"));
    }

    private static final Map<String, String> ITEM_SORTS = Map.of("code", "credit_code", "name", "entity_name", "amount", "amount");

    /** One page of a payout list, searched by the entity's name or credit code (a list may hold thousands). */
    cn.yingshang.platform.PageOf<Item> items(long batchId, String search, cn.yingshang.platform.ListPage page) {
        String where = "batch_id = :b";
        String like = null;
        if (search != null && !search.isBlank()) {
            where += " AND (credit_code = :exact OR entity_name ILIKE :like ESCAPE '\\')";
            like = "%" + search.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        }
        String exact = search == null ? "" : search.trim().toUpperCase(java.util.Locale.ROOT);
        long total = jdbc.sql("SELECT count(*) FROM policy_grant_item WHERE " + where)
                .param("b", batchId).param("exact", exact).param("like", like == null ? "" : like).query(Long.class).single();
        List<Item> rows = jdbc.sql("SELECT credit_code, entity_name, amount FROM policy_grant_item WHERE " + where
                        + " ORDER BY " + page.orderBy(ITEM_SORTS, "credit_code") + " LIMIT :l OFFSET :o")
                .param("b", batchId).param("exact", exact).param("like", like == null ? "" : like)
                .param("l", page.size()).param("o", page.offset())
                .query((rs, i) -> new Item(rs.getString(1), rs.getString(2), rs.getBigDecimal(3))).list();
        return new cn.yingshang.platform.PageOf<>(rows, total, page);
    }

    List<Item> items(long batchId) {
        return jdbc.sql("SELECT credit_code, entity_name, amount FROM policy_grant_item WHERE batch_id = :b ORDER BY credit_code")
                .param("b", batchId)
                .query((rs, i) -> new Item(rs.getString(1), rs.getString(2), rs.getBigDecimal(3))).list();
    }

    boolean inPendingBatch(long policyId, String code) {
        return jdbc.sql("""
                        SELECT count(*) FROM policy_grant_item i JOIN policy_grant_batch b ON b.id = i.batch_id
                        WHERE b.policy_id = :p AND b.status = 'PENDING' AND i.credit_code = :c""")
                .param("p", policyId).param("c", code).query(Long.class).single() > 0;
    }

    record Payout(long policyId, String creditCode, String entityName, BigDecimal amount, String source, LocalDate paidOn) {
    }

    List<Payout> payoutsOf(String code) {
        return jdbc.sql("SELECT * FROM policy_payout WHERE credit_code = :c ORDER BY paid_on DESC").param("c", code)
                .query((rs, i) -> new Payout(rs.getLong("policy_id"), rs.getString("credit_code"), rs.getString("entity_name"),
                        rs.getBigDecimal("amount"), rs.getString("source"), rs.getObject("paid_on", LocalDate.class)))
                .list();
    }

    void recordPayout(long policyId, String code, String name, BigDecimal amount, long applicationId) {
        LocalDate today = LocalDate.now(clock);
        int inserted = jdbc.sql("""
                        INSERT INTO policy_payout (policy_id, credit_code, entity_name, amount, source, application_id, paid_on)
                        VALUES (:p, :c, :n, :a, 'APPLICATION', :app, :on) ON CONFLICT (policy_id, credit_code) DO NOTHING""")
                .param("p", policyId).param("c", code).param("n", name).param("a", amount).param("app", applicationId)
                .param("on", today).update();
        if (inserted == 1) {
            events.publishEvent(new cn.yingshang.policy.PolicyGranted(policyId, CreditCode.of(code), name, amount, "APPLICATION", today));
        }
    }
}
