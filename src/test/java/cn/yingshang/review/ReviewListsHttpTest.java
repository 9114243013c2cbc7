package cn.yingshang.review;

import static cn.yingshang.support.Matches.count;
import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The review lists that stopped short (the published conclusions on 信息公开 at 100, the workbench list at 200) page,
 * search and sort on the server; a department still sees only its own drafts.
 */
@PlatformTest
class ReviewListsHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private final String tag = "rl" + UUID.randomUUID().toString().substring(0, 6);

    @Test
    void publishedAndWorkbenchListsPage() {
        long department = jdbc.sql("SELECT department_id FROM platform_account WHERE username = 'scj.handler'").query(Long.class).single();
        OffsetDateTime at = OffsetDateTime.of(2026, 10, 1, 9, 0, 0, 0, ZoneOffset.ofHours(8));
        for (int i = 1; i <= 230; i++) {
            long id = jdbc.sql("""
                            INSERT INTO review_document (title, kind, department_id, submitted_by, submitted_at, body, status)
                            VALUES (:t, 'POLICY', :d, 'scj.handler', :at, '正文', 'REVIEWED') RETURNING id""")
                    .param("t", tag + "文件" + i).param("d", department).param("at", at.plusHours(i)).query(Long.class).single();
            jdbc.sql("""
                            INSERT INTO review_record (document_id, conclusion, opinion, published, signed_by, signed_name, signed_at)
                            VALUES (:id, 'COMPLIANT', '符合公平竞争审查标准', :p, 'scj.leader', '审查人', :at)""")
                    .param("id", id).param("p", i <= 150).param("at", at.plusHours(i + 1)).update();
        }
        try {
            WebUser visitor = WebUser.anonymous(port);
            String first = visitor.get("/public/reviews?q=" + tag).body();
            assertThat(first).contains("共 150 条");
            assertThat(count(first, tag + "文件\\d+")).isEqualTo(50);
            assertThat(count(visitor.get("/public/reviews?q=" + tag + "&page=3").body(), tag + "文件\\d+")).isEqualTo(50);
            assertThat(visitor.get("/public/reviews?sort=nonsense").status()).isEqualTo(400);

            WebUser handler = WebUser.demo(port, "scj.handler");
            String mine = handler.get("/workbench/reviews?q=" + tag).body();
            assertThat(mine).contains("共 230 条");
            assertThat(count(mine, "href=\"/workbench/reviews/\\d+\"")).isEqualTo(50);
            assertThat(count(handler.get("/workbench/reviews?q=" + tag + "&page=5").body(), "href=\"/workbench/reviews/\\d+\"")).isEqualTo(30);
            assertThat(WebUser.demo(port, "rsj.handler").get("/workbench/reviews?q=" + tag).body()).contains("共 0 条");
            assertThat(WebUser.demo(port, "supervisor").get("/workbench/reviews?q=" + tag).body()).contains("共 150 条");
        } finally {
            jdbc.sql("DELETE FROM review_record WHERE document_id IN (SELECT id FROM review_document WHERE title LIKE :t)")
                    .param("t", tag + "%").update();
            jdbc.sql("DELETE FROM review_document WHERE title LIKE :t").param("t", tag + "%").update();
        }
    }
}
