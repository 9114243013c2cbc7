package cn.yingshang.appeal;

import static cn.yingshang.support.Matches.count;
import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The appeal cases published on 信息公开 page and search on the server (the page showed the latest 50 and no more). */
@PlatformTest
class PublishedCasesHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void publishedCasesPage() {
        String tag = "pc" + UUID.randomUUID().toString().substring(0, 6);
        OffsetDateTime at = OffsetDateTime.of(2026, 9, 1, 10, 0, 0, 0, ZoneOffset.ofHours(8));
        for (int i = 1; i <= 120; i++) {
            jdbc.sql("""
                            INSERT INTO appeal (tracking_number, public_code, appeal_type, category, channel, status, region_code, title, content,
                                                submitted_at, submitted_on, closed_on, published, public_summary)
                            VALUES (:t, :t, 'HELP', 'FINANCING', 'PORTAL', 'CLOSED', '650102', '测试', '测试', :at, :on, :on, TRUE, :s)""")
                    .param("t", tag + "-" + i).param("at", at).param("on", LocalDate.of(2026, 9, 1))
                    .param("s", tag + "案例摘要" + i).update();
        }
        try {
            WebUser visitor = WebUser.anonymous(port);
            String first = visitor.get("/public/appeals/cases?q=" + tag).body();
            assertThat(first).contains("共 120 条");
            assertThat(count(first, tag + "案例摘要\\d+")).isEqualTo(50);
            assertThat(count(visitor.get("/public/appeals/cases?q=" + tag + "&page=3").body(), tag + "案例摘要\\d+")).isEqualTo(20);
            assertThat(visitor.get("/public/appeals/cases?q=" + java.net.URLEncoder.encode(tag + "案例摘要99",
                    java.nio.charset.StandardCharsets.UTF_8)).body()).contains("共 1 条");
        } finally {
            jdbc.sql("DELETE FROM appeal WHERE tracking_number LIKE :t").param("t", tag + "-%").update();
        }
    }
}
