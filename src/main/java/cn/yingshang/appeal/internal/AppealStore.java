package cn.yingshang.appeal.internal;

import static cn.yingshang.appeal.internal.AppealText.text;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The appeal tables as the use cases read and change them: every statement the workflow runs, in
 * one place, named after what it records. The status itself moves only through
 * {@link AppealSteps#move} (guarded by {@code WHERE status = :from}); these statements set the
 * columns that go with a step, inside the same transaction.
 */
@Component
class AppealStore {

    private final JdbcClient jdbc;

    AppealStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    JdbcClient jdbc() {
        return jdbc;
    }

    // ---------------------------------------------------------------- reading

    AppealRow require(long id) {
        return jdbc.sql("SELECT " + AppealRow.COLUMNS + " FROM appeal WHERE id = :id").param("id", id)
                .query(AppealRow::map).optional().orElseThrow(() -> new NoSuchElementException(text("appeal.notFound")));
    }

    Optional<AppealRow> findByTrackingNumber(String number) {
        return jdbc.sql("SELECT " + AppealRow.COLUMNS + " FROM appeal WHERE tracking_number = :n").param("n", number)
                .query(AppealRow::map).optional();
    }

    List<Long> assistingDepartments(long appealId) {
        return jdbc.sql("SELECT department_id FROM appeal_assist WHERE appeal_id = :a ORDER BY department_id")
                .param("a", appealId).query(Long.class).list();
    }

    boolean identityGranted(long appealId, long departmentId) {
        return jdbc.sql("SELECT count(*) FROM appeal_identity_grant WHERE appeal_id = :a AND department_id = :d")
                .param("a", appealId).param("d", departmentId).query(Long.class).single() > 0;
    }

    /** A timeline entry as stored: action code, and the department as its id. */
    record StoredEvent(Instant at, String action, String actor, Long departmentId, String note) {
    }

    List<StoredEvent> events(long appealId) {
        return jdbc.sql("SELECT occurred_at, action, actor, department_id, note FROM appeal_event WHERE appeal_id = :a ORDER BY id")
                .param("a", appealId).query((rs, n) -> new StoredEvent(rs.getTimestamp(1).toInstant(), rs.getString(2),
                        rs.getString(3), rs.getObject("department_id", Long.class), rs.getString(5))).list();
    }

    record StoredOpinion(long departmentId, String opinion) {
    }

    List<StoredOpinion> opinions(long appealId) {
        return jdbc.sql("SELECT department_id, opinion FROM appeal_assist WHERE appeal_id = :a ORDER BY department_id")
                .param("a", appealId).query((rs, n) -> new StoredOpinion(rs.getLong(1), rs.getString(2))).list();
    }

    List<AppealReading.AttachmentInfo> attachments(long appealId) {
        return jdbc.sql("SELECT id, filename, size_bytes AS size FROM appeal_attachment WHERE appeal_id = :a ORDER BY id")
                .param("a", appealId).query(AppealReading.AttachmentInfo.class).list();
    }

    Map<String, Object> attachment(long appealId, long attachmentId) {
        return jdbc.sql("SELECT filename, content_type, data FROM appeal_attachment WHERE appeal_id = :a AND id = :i")
                .param("a", appealId).param("i", attachmentId).query().listOfRows().stream().findFirst()
                .orElseThrow(() -> new NoSuchElementException(text("appeal.attachment.notFound")));
    }

    /** Earlier appeals from the same requester, or with the same title words, within 30 days: merge candidates. */
    List<AppealRow> similar(AppealRow a) {
        String key = jdbc.sql("SELECT requester_key FROM appeal WHERE id = :id").param("id", a.id()).query(String.class).optional().orElse(null);
        String words = a.title().length() > 6 ? a.title().substring(0, 6) : a.title();
        return jdbc.sql("SELECT " + AppealRow.COLUMNS + " " + """
                         FROM appeal WHERE id <> :id AND status <> 'MERGED' AND submitted_on >= :from
                          AND ((requester_key IS NOT NULL AND requester_key = :key)
                               OR (category = :category AND region_code = :region AND title LIKE :words))
                         ORDER BY id DESC LIMIT 10""")
                .param("id", a.id()).param("from", a.submittedOn().minusDays(30)).param("key", key)
                .param("category", a.category()).param("region", a.region().code()).param("words", likeEscape(words) + "%")
                .query(AppealRow::map).list();
    }

    private static String likeEscape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    int requestedExtensionDays(long appealId) {
        return jdbc.sql("SELECT extra FROM appeal_event WHERE appeal_id = :a AND action = 'REQUEST_EXTENSION' ORDER BY id DESC LIMIT 1")
                .param("a", appealId).query(String.class).optional().map(Integer::parseInt).orElse(0);
    }

    // ---------------------------------------------------------------- timeline

    void event(long appealId, Instant at, String action, String actor, Long department, String note) {
        jdbc.sql("INSERT INTO appeal_event (appeal_id, occurred_at, action, actor, department_id, note) VALUES (:a, :t, :ac, :who, :d, :n)")
                .param("a", appealId).param("t", Timestamp.from(at)).param("ac", action).param("who", actor)
                .param("d", department).param("n", note).update();
    }

    /** The extra value of the appeal's latest timeline entry (the days an extension request asks for). */
    void markLatestEvent(long appealId, String extra) {
        jdbc.sql("UPDATE appeal_event SET extra = :d WHERE id = (SELECT max(id) FROM appeal_event WHERE appeal_id = :a)")
                .param("d", extra).param("a", appealId).update();
    }

    // ---------------------------------------------------------------- the columns that go with a step

    /** The first handler who acts on a dispatched appeal becomes responsible for it (首接负责). */
    void claim(long appealId, long accountId, LocalDate today) {
        jdbc.sql("UPDATE appeal SET handler_account_id = COALESCE(handler_account_id, :u), responded_on = COALESCE(responded_on, :d) WHERE id = :id")
                .param("u", accountId).param("d", today).param("id", appealId).update();
    }

    /** An approved return: no department, the dispatch clock again; answers the assisting departments it had. */
    List<Long> returnToOffice(long appealId, Deadline dispatch) {
        jdbc.sql("UPDATE appeal SET lead_department_id = NULL, handler_account_id = NULL, clock_stage = 'DISPATCH', "
                        + "clock_start = :s, due_on = :due, warn_on = :warn, return_due_on = NULL WHERE id = :id")
                .param("s", dispatch.start()).param("due", dispatch.due()).param("warn", dispatch.warnOn()).param("id", appealId).update();
        List<Long> assisting = jdbc.sql("SELECT department_id FROM appeal_assist WHERE appeal_id = :a").param("a", appealId)
                .query(Long.class).list();
        jdbc.sql("DELETE FROM appeal_assist WHERE appeal_id = :a").param("a", appealId).update();
        return assisting;
    }

    void extend(long appealId, Deadline extended, int days) {
        jdbc.sql("UPDATE appeal SET due_on = :due, warn_on = :warn, extension_days = extension_days + :n WHERE id = :id")
                .param("due", extended.due()).param("warn", extended.warnOn()).param("n", days).param("id", appealId).update();
    }

    void pause(long appealId, LocalDate on) {
        jdbc.sql("UPDATE appeal SET paused_on = :d WHERE id = :id").param("d", on).param("id", appealId).update();
    }

    void resume(long appealId, Deadline moved) {
        jdbc.sql("UPDATE appeal SET paused_on = NULL, due_on = :due, warn_on = :warn WHERE id = :id")
                .param("due", moved.due()).param("warn", moved.warnOn()).param("id", appealId).update();
    }

    void decline(long appealId, LocalDate on, String note) {
        jdbc.sql("UPDATE appeal SET clock_stage = NULL, closed_on = :d, reply = :r WHERE id = :id")
                .param("d", on).param("r", note).param("id", appealId).update();
    }

    /** The lead department with a fresh reply clock and return limit; the assisting departments replaced. */
    void dispatch(long appealId, long leadDepartment, List<Long> assisting, Deadline reply, LocalDate returnDueOn) {
        jdbc.sql("""
                        UPDATE appeal SET lead_department_id = :lead, handler_account_id = NULL, clock_stage = 'REPLY',
                          clock_start = :s, due_on = :due, warn_on = :warn, return_due_on = :ret, extension_days = 0,
                          dispatched_on = COALESCE(dispatched_on, :s) WHERE id = :id""")
                .param("lead", leadDepartment).param("s", reply.start()).param("due", reply.due()).param("warn", reply.warnOn())
                .param("ret", returnDueOn).param("id", appealId).update();
        jdbc.sql("DELETE FROM appeal_assist WHERE appeal_id = :a").param("a", appealId).update();
        for (Long d : assisting) {
            jdbc.sql("INSERT INTO appeal_assist (appeal_id, department_id) VALUES (:a, :d)").param("a", appealId).param("d", d).update();
        }
    }

    void merge(long appealId, long into) {
        jdbc.sql("UPDATE appeal SET merged_into = :t, clock_stage = NULL WHERE id = :id").param("t", into).param("id", appealId).update();
    }

    void addOpinion(long appealId, long departmentId, String opinion, Instant at) {
        jdbc.sql("UPDATE appeal_assist SET opinion = :o, opinion_at = :t WHERE appeal_id = :a AND department_id = :d")
                .param("o", opinion).param("t", Timestamp.from(at)).param("a", appealId).param("d", departmentId).update();
    }

    /** The reply stops the clock; a rating from before a reopening no longer applies. */
    void reply(long appealId, ReplyRules.Reply reply, LocalDate on) {
        jdbc.sql("""
                        UPDATE appeal SET reply = :r, replied_on = :d, replied_late = :late, clock_stage = NULL,
                          handling_days = :days, resolution = NULL, satisfaction = NULL WHERE id = :id""")
                .param("r", reply.text()).param("d", on).param("late", reply.late()).param("days", reply.handlingDays())
                .param("id", appealId).update();
    }

    void rate(long appealId, RatingRules.Rating rating, LocalDate closedOn) {
        jdbc.sql("UPDATE appeal SET resolution = :r, satisfaction = :s, closed_on = :d WHERE id = :id")
                .param("r", rating.resolution()).param("s", rating.satisfaction()).param("d", closedOn).param("id", appealId).update();
    }

    void reopen(long appealId, Deadline reply) {
        jdbc.sql("UPDATE appeal SET reopen_count = reopen_count + 1, clock_stage = 'REPLY', clock_start = :s, due_on = :due, "
                        + "warn_on = :warn, extension_days = 0, closed_on = NULL WHERE id = :id")
                .param("s", reply.start()).param("due", reply.due()).param("warn", reply.warnOn()).param("id", appealId).update();
    }

    void publishCase(long appealId, String summary) {
        jdbc.sql("UPDATE appeal SET published = TRUE, public_summary = :s WHERE id = :id").param("s", summary).param("id", appealId).update();
    }

    void grantIdentity(long appealId, long departmentId, String reason, String grantedBy, Instant at) {
        jdbc.sql("""
                        INSERT INTO appeal_identity_grant (appeal_id, department_id, reason, granted_by, granted_at)
                        VALUES (:a, :d, :r, :u, :t) ON CONFLICT (appeal_id, department_id) DO UPDATE SET reason = :r""")
                .param("a", appealId).param("d", departmentId).param("r", reason).param("u", grantedBy)
                .param("t", Timestamp.from(at)).update();
    }
}
