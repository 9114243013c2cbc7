package cn.yingshang.platform.internal;

import cn.yingshang.shared.CreditCode;
import cn.yingshang.platform.DepartmentId;
import cn.yingshang.platform.Notifications;
import cn.yingshang.platform.Role;
import cn.yingshang.platform.SignedInUser;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

@Service
class JdbcNotifications implements Notifications {

    private static final String MINE = """
            ((recipient_type = 'ACCOUNT' AND recipient_key = :account)
             OR (recipient_type = 'DEPARTMENT' AND recipient_key = :department)
             OR (recipient_type = 'ENTITY' AND recipient_key = :entity)
             OR (recipient_type = 'ROLE' AND recipient_key = :role))""";

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcNotifications(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void toAccount(long accountId, String title, String body, String link) {
        send("ACCOUNT", Long.toString(accountId), title, body, link);
    }

    @Override
    public void toDepartment(DepartmentId department, String title, String body, String link) {
        send("DEPARTMENT", department.toString(), title, body, link);
    }

    @Override
    public void toEntity(CreditCode creditCode, String title, String body, String link) {
        send("ENTITY", creditCode.value(), title, body, link);
    }

    @Override
    public void toRole(Role role, String title, String body, String link) {
        send("ROLE", role.name(), title, body, link);
    }

    @Override
    public void unlink(DepartmentId department, String link) {
        jdbc.sql("UPDATE platform_notification SET link = NULL WHERE recipient_type = 'DEPARTMENT' AND recipient_key = :key AND link = :link")
                .param("key", department.toString()).param("link", link).update();
    }

    private void send(String type, String key, String title, String body, String link) {
        jdbc.sql("""
                        INSERT INTO platform_notification (recipient_type, recipient_key, title, body, link, created_at)
                        VALUES (:type, :key, :title, :body, :link, :at)""")
                .param("type", type).param("key", key).param("title", title).param("body", body)
                .param("link", link).param("at", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .update();
    }

    @Override
    public cn.yingshang.platform.PageOf<Notification> pageFor(SignedInUser user, String search, cn.yingshang.platform.ListPage page) {
        return cn.yingshang.platform.ListQuery.page(jdbc, new cn.yingshang.platform.ListQuery.Spec("id, title, body, link, created_at, read_at",
                        "platform_notification", MINE, List.of("title", "body"), List.of(), java.util.Map.of("created", "created_at"),
                        "created_at DESC, id DESC"), keys(user), search, page,
                (rs, n) -> new Notification(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getObject(6) != null));
    }

    @Override
    public List<Notification> latestFor(SignedInUser user, int limit) {
        return jdbc.sql("SELECT id, title, body, link, created_at, read_at FROM platform_notification WHERE " + MINE
                        + " ORDER BY created_at DESC LIMIT :limit")
                .params(keys(user)).param("limit", limit)
                .query((rs, n) -> new Notification(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getObject(6) != null))
                .list();
    }

    @Override
    public long unreadCount(SignedInUser user) {
        return jdbc.sql("SELECT count(*) FROM platform_notification WHERE read_at IS NULL AND " + MINE)
                .params(keys(user)).query(Long.class).single();
    }

    private static java.util.Map<String, Object> keys(SignedInUser user) {
        return java.util.Map.of(
                "account", Long.toString(user.accountId()),
                // a department's notices are its casework (appeals, claims), which its inspectors cannot open
                "department", user.departmentId() == null || user.role() == cn.yingshang.platform.Role.INSPECTOR
                        ? "-" : user.departmentId().toString(),
                "entity", user.creditCode() == null ? "-" : user.creditCode(),
                "role", user.role().name());
    }
}
