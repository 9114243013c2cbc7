package cn.yingshang.experience;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Issue 18: the audit log only grows; it is read a page at a time and filtered by who acted, not cut at 200 rows. */
@PlatformTest
class AuditLogPagesHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    static int rows(String body) {
        String tbody = body.substring(body.indexOf("<tbody>"), body.indexOf("</tbody>"));
        return tbody.split("<tr>", -1).length - 1;
    }

    @Test
    @DisplayName("The audit log shows 50 entries a page with a next link, and filters by actor")
    void pagedAndFiltered() {
        long total = jdbc.sql("SELECT count(*) FROM platform_audit_log").query(Long.class).single();
        assertThat(total).as("the demo data and earlier tests leave a long log").isGreaterThan(60);
        WebUser admin = WebUser.demo(port, "admin");
        String first = admin.get("/workbench/audit").body();
        assertThat(rows(first)).isEqualTo(50);
        assertThat(first).contains("rel=\"next\"");
        String actor = jdbc.sql("SELECT actor FROM platform_audit_log GROUP BY actor ORDER BY count(*) LIMIT 1").query(String.class).single();
        long own = jdbc.sql("SELECT count(*) FROM platform_audit_log WHERE actor = :a").param("a", actor).query(Long.class).single();
        String filtered = admin.get("/workbench/audit?actor=" + java.net.URLEncoder.encode(actor, java.nio.charset.StandardCharsets.UTF_8)).body();
        assertThat(rows(filtered)).isEqualTo((int) Math.min(own, 50));
        assertThat(admin.get("/workbench/audit?page=0").status()).isEqualTo(400);
    }
}
