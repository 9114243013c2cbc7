package cn.yingshang.platform.internal;

import cn.yingshang.platform.AuditLog;
import cn.yingshang.platform.SignedInUser;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
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
                .param("actor", actor())
                .param("action", action)
                .param("type", targetType)
                .param("id", targetId)
                .param("before", before == null ? null : json.writeValueAsString(before))
                .param("after", after == null ? null : json.writeValueAsString(after))
                .update();
    }

    private static String actor() {
        return SignedInUser.current().map(SignedInUser::username)
                .orElseGet(() -> {
                    var auth = SecurityContextHolder.getContext().getAuthentication();
                    return auth == null ? "system" : auth.getName();
                });
    }
}
