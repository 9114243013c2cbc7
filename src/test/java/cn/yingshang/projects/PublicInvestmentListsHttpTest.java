package cn.yingshang.projects;

import static cn.yingshang.support.Matches.count;
import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Projects open to private investment (public page and workbench) and the results of attraction page and search on the
 * server; both stopped at 200 rows.
 */
@PlatformTest
class PublicInvestmentListsHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void openProjectsAndResultsPage() {
        String tag = "oi" + UUID.randomUUID().toString().substring(0, 6);
        long department = jdbc.sql("SELECT department_id FROM platform_account WHERE username = 'xm.steward'").query(Long.class).single();
        long steward = jdbc.sql("SELECT id FROM platform_account WHERE username = 'xm.steward'").query(Long.class).single();
        for (int i = 1; i <= 230; i++) {
            jdbc.sql("""
                            INSERT INTO prj_open_project (title, field, description, investment, region_code, department_id, department_name, published_on)
                            VALUES (:t, '新能源', '说明', 1000, '650100', :d, '测试局', :on)""")
                    .param("t", tag + "项目" + i).param("d", department).param("on", LocalDate.of(2026, 5, 1).plusDays(i % 100)).update();
            long project = jdbc.sql("""
                            INSERT INTO prj_project (name, investor_credit_code, investor_name, industry_chain, region_code, investment,
                              department_id, steward_account_id, steward_name, stage, stage_since, attracted_on)
                            VALUES (:n, '91650100MA00000002', '测试投资方', '新能源', '650100', 500, :d, :s, '管家', 'SIGNING', :on, :on)
                            RETURNING id""")
                    .param("n", tag + "签约" + i).param("d", department).param("s", steward).param("on", LocalDate.of(2026, 4, 1))
                    .query(Long.class).single();
            jdbc.sql("INSERT INTO prj_milestone (project_id, stage, reached_on) VALUES (:p, 'SIGNING', :on)")
                    .param("p", project).param("on", LocalDate.of(2026, 4, 1).plusDays(i % 100)).update();
        }
        try {
            WebUser visitor = WebUser.anonymous(port);
            String open = visitor.get("/public/investment-projects?q=" + tag).body();
            assertThat(open).contains("共 230 条");
            assertThat(count(open, "id=\"open-\\d+\"")).isEqualTo(50);
            assertThat(count(visitor.get("/public/investment-projects?q=" + tag + "&page=5").body(), "id=\"open-\\d+\"")).isEqualTo(30);

            String results = visitor.get("/public/investment-projects/results?q=" + tag).body();
            assertThat(results).contains("共 230 条");
            assertThat(count(results, tag + "签约\\d+")).isEqualTo(50);
            assertThat(visitor.get("/public/investment-projects/results?q=" + java.net.URLEncoder.encode(tag + "签约123",
                    java.nio.charset.StandardCharsets.UTF_8)).body()).contains("共 1 条");
            assertThat(visitor.get("/public/investment-projects/results?sort=nonsense").status()).isEqualTo(400);

            String desk = WebUser.demo(port, "xm.steward").get("/workbench/projects/open?q=" + tag).body();
            assertThat(desk).contains("共 230 条");
            assertThat(count(desk, "id=\"open-\\d+\"")).isEqualTo(50);
        } finally {
            jdbc.sql("DELETE FROM prj_milestone WHERE project_id IN (SELECT id FROM prj_project WHERE name LIKE :t)").param("t", tag + "%").update();
            jdbc.sql("DELETE FROM prj_project WHERE name LIKE :t").param("t", tag + "%").update();
            jdbc.sql("DELETE FROM prj_open_project WHERE title LIKE :t").param("t", tag + "%").update();
        }
    }
}
