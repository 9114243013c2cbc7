package cn.yingshang.projects;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.support.WebUser;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Registers a project through the steward's form and lists approval steps on it, for the projects tests. */
record ProjectFixture(JdbcClient jdbc) {

    /** A project of the steward's, attracted {@code daysAgo} days ago; its id. */
    long register(WebUser steward, String investorCode, LocalDate attractedOn) {
        String name = "测试项目" + UUID.randomUUID().toString().substring(0, 8);
        var created = steward.postForm("/workbench/projects", Map.of("name", name, "investorCreditCode", investorCode,
                "industryChain", "新能源及新能源装备制造产业链", "investment", "8000", "attractedOn", attractedOn.toString()));
        assertThat(created.status()).isEqualTo(200);
        return jdbc.sql("SELECT id FROM prj_project WHERE name = :n").param("n", name).query(Long.class).single();
    }

    long listApproval(WebUser steward, long projectId, String name, String itemCode, int limitDays) {
        var listed = steward.postForm("/workbench/projects/" + projectId + "/approvals", Map.of("name", name,
                "departmentName", "乌鲁木齐市自然资源局", "serviceItemCode", itemCode, "limitDays", Integer.toString(limitDays)));
        assertThat(listed.status()).isEqualTo(200);
        return jdbc.sql("SELECT max(id) FROM prj_approval WHERE project_id = :p AND name = :n").param("p", projectId)
                .param("n", name).query(Long.class).single();
    }

    /** A registered entity of Urumqi that is not anyone's demo enterprise account, so tests do not collide. */
    String investor() {
        return jdbc.sql("""
                        SELECT credit_code FROM registry_market_entity WHERE region_code LIKE '6501%'
                        ORDER BY credit_code OFFSET 7 LIMIT 1""").query(String.class).single();
    }
}
