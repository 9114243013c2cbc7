package cn.yingshang.projects;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A project belongs to its steward and the steward's department; the office and supervisors read every project. */
@PlatformTest
class ProjectAccessTest {

    @LocalServerPort
    int port;
    final JdbcClient jdbc;

    @Autowired
    ProjectAccessTest(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Test
    @DisplayName("another department's official neither sees nor serves the steward's project; the office and the supervisor read it; an enterprise cannot")
    void projectsBelongToTheStewardsDepartment() {
        long id = jdbc.sql("""
                        SELECT p.id FROM prj_project p JOIN platform_account a ON a.id = p.steward_account_id
                        WHERE a.username = 'xm.steward' ORDER BY p.id LIMIT 1""").query(Long.class).single();
        WebUser steward = WebUser.demo(port, "xm.steward");
        assertThat(steward.get("/workbench/projects/" + id).status()).isEqualTo(200);

        WebUser other = WebUser.demo(port, "rsj.handler");
        assertThat(other.get("/workbench/projects/" + id).status()).isEqualTo(403);
        assertThat(other.get("/workbench/projects").body()).doesNotContain("/workbench/projects/" + id + "\"");
        assertThat(other.postForm("/workbench/projects/" + id + "/advance", Map.of()).status()).isEqualTo(403);
        String stage = jdbc.sql("SELECT stage FROM prj_project WHERE id = :id").param("id", id).query(String.class).single();

        assertThat(WebUser.demo(port, "office").get("/workbench/projects/" + id).status()).isEqualTo(200);
        assertThat(WebUser.demo(port, "supervisor").get("/workbench/projects/" + id).status()).isEqualTo(200);
        assertThat(WebUser.demo(port, "supervisor").postForm("/workbench/projects/" + id + "/advance", Map.of()).status()).isEqualTo(403);
        assertThat(WebUser.demo(port, "enterprise1").get("/workbench/projects/" + id).status()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT stage FROM prj_project WHERE id = :id").param("id", id).query(String.class).single()).isEqualTo(stage);

        var figures = WebUser.demo(port, "office").get("/workbench/projects/figures");
        assertThat(figures.status()).isEqualTo(200);
        assertThat(figures.body()).contains("审批按时办结").contains("告知承诺当场批准");
    }
}
