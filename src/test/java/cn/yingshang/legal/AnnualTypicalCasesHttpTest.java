package cn.yingshang.legal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** 002 #45: the office chooses the year's ten typical cases from the courts' and the appeal module's published cases. */
@PlatformTest
class AnnualTypicalCasesHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    @DisplayName("002 #45: the ten typical cases of the year, from two modules, are published together; nine are refused, a duplicate and a withdrawn source too; only the office chooses")
    void officePublishesTheYearsTen() {
        int year = LocalDate.now(clock).getYear();
        String tag = "at" + UUID.randomUUID().toString().substring(0, 6);
        long court = jdbc.sql("SELECT department_id FROM platform_account WHERE username = 'court.clerk'").query(Long.class).single();
        List<Long> legal = new ArrayList<>();
        List<Long> appeals = new ArrayList<>();
        jdbc.sql("DELETE FROM legal_annual_case WHERE case_year = :y").param("y", year).update();
        jdbc.sql("DELETE FROM legal_annual_selection WHERE case_year = :y").param("y", year).update();
        try {
            for (int i = 1; i <= 8; i++) {
                legal.add(jdbc.sql("""
                                INSERT INTO legal_typical_case (body_id, case_year, title, summary, significance, status, published_on)
                                VALUES (:b, :y, :t, '案情摘要', '典型意义', 'PUBLISHED', :on) RETURNING id""")
                        .param("b", court).param("y", year).param("t", tag + "法院案例" + i).param("on", LocalDate.of(year, 1, 2))
                        .query(Long.class).single());
            }
            for (int i = 1; i <= 3; i++) {
                appeals.add(jdbc.sql("""
                                INSERT INTO appeal (tracking_number, public_code, appeal_type, category, channel, status, region_code, title,
                                                    content, submitted_at, submitted_on, closed_on, published, public_summary)
                                VALUES (:t, :t, 'HELP', 'FINANCING', 'PORTAL', 'CLOSED', '650102', '测试', '测试', :at, :on, :on, TRUE, :s)
                                RETURNING id""")
                        .param("t", tag + "-" + i).param("at", OffsetDateTime.now(clock)).param("on", LocalDate.of(year, 1, 3))
                        .param("s", tag + "诉求案例摘要" + i).query(Long.class).single());
            }
            WebUser office = WebUser.demo(port, "office");
            String base = "/api/v1/legal/annual-typical-cases/" + year;
            for (int rank = 1; rank <= 8; rank++) {
                assertThat(office.postJson(base + "/entries", choice("LEGAL", legal.get(rank - 1), rank)).status()).isEqualTo(201);
            }
            assertThat(office.postJson(base + "/entries", choice("APPEAL", appeals.get(0), 9)).status()).isEqualTo(201);

            WebUser.Response nine = office.postJson(base + "/publication", "{}");
            assertThat(nine.status()).isEqualTo(422);
            assertThat(nine.body()).contains("须选满10件案例才能发布，目前选了9件");
            WebUser.Response duplicate = office.postJson(base + "/entries", choice("LEGAL", legal.get(0), 10));
            assertThat(duplicate.status()).isEqualTo(422);
            assertThat(duplicate.body()).contains("已经选入");
            assertThat(office.postJson(base + "/entries", choice("APPEAL", 999_999_999L, 10)).body()).contains("不是" + year + "年度已公开发布的案例");
            // nobody but the office chooses
            assertThat(WebUser.demo(port, "court.clerk").postJson(base + "/entries", choice("APPEAL", appeals.get(1), 10)).status()).isEqualTo(403);
            assertThat(WebUser.demo(port, "supervisor").postJson(base + "/entries", choice("APPEAL", appeals.get(1), 10)).status()).isEqualTo(403);
            assertThat(WebUser.demo(port, "supervisor").get(base).status()).isEqualTo(200);
            assertThat(WebUser.demo(port, "enterprise1").get("/cockpit/legal/annual-cases").status()).isEqualTo(403);
            assertThat(WebUser.demo(port, "enterprise1").postJson(base + "/entries", choice("APPEAL", appeals.get(1), 10)).status()).isEqualTo(403);
            // the page's actions refuse the same people as the API's
            WebUser clerk = WebUser.demo(port, "court.clerk");
            assertThat(clerk.postForm("/cockpit/legal/annual-cases/" + year + "/entries", Map.of("source", "LEGAL",
                    "sourceId", String.valueOf(legal.get(0)), "rank", "10", "reason", "本院案例")).status()).isEqualTo(403);
            assertThat(clerk.postForm("/cockpit/legal/annual-cases/" + year + "/publication", Map.of()).status()).isEqualTo(403);
            assertThat(WebUser.demo(port, "supervisor").postForm("/cockpit/legal/annual-cases/" + year + "/entries/1/removal", Map.of())
                    .status()).isEqualTo(403);
            assertThat(office.get(base).body()).contains("\"rank\":9").doesNotContain("\"rank\":10");
            assertThat(WebUser.anonymous(port).get("/public/legal/annual-cases?year=" + year).body()).contains("尚未发布");

            assertThat(office.postJson(base + "/entries", choice("APPEAL", appeals.get(1), 10)).status()).isEqualTo(201);
            // a court withdraws one of its cases before publication: the ten cannot go out with it
            jdbc.sql("UPDATE legal_typical_case SET status = 'WITHDRAWN', withdrawn_on = :on, withdraw_reason = '测试' WHERE id = :id")
                    .param("on", LocalDate.now(clock)).param("id", legal.get(4)).update();
            assertThat(office.postJson(base + "/publication", "{}").body()).contains("第5位案例", "已被撤下");
            assertThat(office.postForm("/cockpit/legal/annual-cases/" + year + "/entries/5/removal", Map.of()).status()).isEqualTo(200);
            assertThat(office.postJson(base + "/entries", choice("LEGAL", legal.get(5), 5)).body())
                    .contains("已经选入");
            assertThat(office.postJson(base + "/entries", choice("APPEAL", appeals.get(2), 5)).status()).isEqualTo(201);

            WebUser.Response published = office.postJson(base + "/publication", "{}");
            assertThat(published.status()).isEqualTo(200);
            assertThat(published.body()).contains("\"status\":\"PUBLISHED\"");
            assertThat(office.postJson(base + "/entries", choice("LEGAL", legal.get(7), 3)).body()).contains("须先撤回");

            String page = WebUser.anonymous(port).get("/public/legal/annual-cases?year=" + year).body();
            assertThat(page).contains(year + "年度十大法治化营商环境典型案例", tag + "法院案例1", tag + "诉求案例摘要3")
                    .doesNotContain(tag + "法院案例5<");
            assertThat(page.indexOf(tag + "法院案例1")).isLessThan(page.indexOf(tag + "法院案例2"));
            WebUser.Response api = WebUser.anonymous(port).get("/api/v1/public/legal/annual-typical-cases?year=" + year);
            assertThat(api.status()).isEqualTo(200);
            assertThat(api.body().split("\"rank\"").length - 1).isEqualTo(10);

            assertThat(office.postJson(base + "/withdrawal", "{\"reason\":\"\"}").status()).isEqualTo(400);
            assertThat(office.postJson(base + "/withdrawal", "{\"reason\":\"案例表述需调整\"}").status()).isEqualTo(200);
            assertThat(WebUser.anonymous(port).get("/api/v1/public/legal/annual-typical-cases?year=" + year).status()).isEqualTo(404);
            assertThat(jdbc.sql("SELECT count(*) FROM platform_audit_log WHERE action LIKE 'legal.annual.%' AND target_id = :y")
                    .param("y", String.valueOf(year)).query(Long.class).single()).isEqualTo(2);
        } finally {
            jdbc.sql("DELETE FROM legal_annual_case WHERE case_year = :y").param("y", year).update();
            jdbc.sql("DELETE FROM legal_annual_selection WHERE case_year = :y").param("y", year).update();
            jdbc.sql("DELETE FROM legal_typical_case WHERE title LIKE :t").param("t", tag + "%").update();
            jdbc.sql("DELETE FROM appeal WHERE tracking_number LIKE :t").param("t", tag + "-%").update();
        }
    }

    private static String choice(String source, long id, int rank) {
        return """
                {"source":"%s","sourceId":%d,"rank":%d,"reason":"依法平等保护民营企业"}""".formatted(source, id, rank);
    }
}
