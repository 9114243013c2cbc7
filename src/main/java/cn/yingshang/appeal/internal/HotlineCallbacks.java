package cn.yingshang.appeal.internal;

import cn.yingshang.platform.Department;
import cn.yingshang.platform.DepartmentId;
import cn.yingshang.platform.Departments;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The transactional outbox of the 12345 round trip: called inside the transaction that changes a
 * hotline appeal, it writes what the caller should hear about, so the callback exists exactly when
 * the change committed. {@link HotlineCallbackDelivery} sends it.
 */
@Component
class HotlineCallbacks {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final JdbcClient jdbc;
    private final HotlineCallbackSettings settings;
    private final Departments departments;
    private final JsonMapper json;
    private final Clock clock;

    HotlineCallbacks(JdbcClient jdbc, HotlineCallbackSettings settings, Departments departments, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.departments = departments;
        this.json = json;
        this.clock = clock;
    }

    /** {@code before} is the appeal as it was before the action; the callback describes it after. */
    void record(AppealRow before, AppealAction action, AppealStatus to, String note) {
        if (!settings.enabled() || before.channel() != Channel.HOTLINE_12345 || before.externalTicket() == null) {
            return;
        }
        List<HotlineCallbackKind> kinds = HotlineCallbackKind.of(before.status(), action, to);
        if (kinds.isEmpty()) {
            return;
        }
        AppealRow after = jdbc.sql("SELECT " + AppealRow.COLUMNS + " FROM appeal WHERE id = :id").param("id", before.id())
                .query(AppealRow::map).single();
        Instant now = clock.instant();
        for (HotlineCallbackKind kind : kinds) {
            long id = jdbc.sql("SELECT nextval('appeal_hotline_callback_id_seq')").query(Long.class).single();
            UUID eventId = UUID.randomUUID();
            jdbc.sql("""
                            INSERT INTO appeal_hotline_callback (id, event_id, appeal_id, ticket, kind, payload, next_attempt_at, created_at)
                            VALUES (:id, :e, :a, :t, :k, :p, :at, :at)""")
                    .param("id", id).param("e", eventId).param("a", after.id()).param("t", after.externalTicket())
                    .param("k", kind.name()).param("p", payload(id, eventId, kind, action, after, note, now))
                    .param("at", Timestamp.from(now)).update();
        }
    }

    private String payload(long sequence, UUID eventId, HotlineCallbackKind kind, AppealAction action, AppealRow a,
                           String note, Instant at) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("eventId", eventId.toString());
        body.put("sequence", sequence);
        body.put("ticketId", a.externalTicket());
        body.put("trackingNumber", a.trackingNumber());
        body.put("event", kind.name());
        body.put("occurredAt", at.atZone(BEIJING).toOffsetDateTime().toString());
        body.put("status", a.status().name());
        if (a.leadDepartmentId() != null) {
            body.put("department", departments.byId(DepartmentId.of(a.leadDepartmentId())).map(Department::name).orElse(null));
        }
        if (a.dueOn() != null && a.status().open()) {
            body.put("dueOn", a.dueOn().toString());
        }
        switch (kind) {
            case REPLIED -> body.put("reply", a.reply());
            case CLOSED -> {
                body.put("outcome", action.name());
                body.put("resolution", a.resolution());
                body.put("satisfaction", a.satisfaction());
            }
            default -> {
            }
        }
        if (note != null && kind != HotlineCallbackKind.REPLIED && kind != HotlineCallbackKind.RATING_REQUESTED) {
            body.put("note", note);
        }
        return json.writeValueAsString(body);
    }
}
