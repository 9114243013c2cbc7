package cn.yingshang.platform.internal;

import cn.yingshang.platform.AuditLog;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/** Writes audit entries in the caller's transaction, so an audited change and its entry commit together. */
@Service
class JdbcAuditLog implements AuditLog {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    JdbcAuditLog(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void record(String action, String targetType, String targetId, Object before, Object after) {
        jdbc.sql("""
                        INSERT INTO platform_audit_log (occurred_at, actor, action, target_type, target_id, before, after)
                        VALUES (:at, :actor, :action, :type, :id, CAST(:before AS jsonb), CAST(:after AS jsonb))""")
                .param("at", OffsetDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC))
                .param("actor", AuditLog.currentActor())
                .param("action", action)
                .param("type", targetType)
                .param("id", targetId)
                .param("before", before == null ? null : json.writeValueAsString(before))
                .param("after", after == null ? null : json.writeValueAsString(after))
                .update();
    }

    @Override
    public void recordAll(List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        int n = entries.size();
        String[] actors = new String[n];
        String[] actions = new String[n];
        String[] types = new String[n];
        String[] ids = new String[n];
        String[] befores = new String[n];
        String[] afters = new String[n];
        for (int i = 0; i < n; i++) {
            Entry e = entries.get(i);
            actors[i] = e.actor();
            actions[i] = e.action();
            types[i] = e.targetType();
            ids[i] = e.targetId();
            befores[i] = e.before() == null ? null : json.writeValueAsString(e.before());
            afters[i] = e.after() == null ? null : json.writeValueAsString(e.after());
        }
        jdbc.sql("""
                        INSERT INTO platform_audit_log (occurred_at, actor, action, target_type, target_id, before, after)
                        SELECT :at, actor, action, type, id, CAST(before AS jsonb), CAST(after AS jsonb)
                        FROM unnest(:actors::text[], :actions::text[], :types::text[], :ids::text[], :befores::text[], :afters::text[])
                          AS e (actor, action, type, id, before, after)""")
                .param("at", OffsetDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC))
                .param("actors", actors).param("actions", actions).param("types", types).param("ids", ids)
                .param("befores", befores).param("afters", afters)
                .update();
    }
}
