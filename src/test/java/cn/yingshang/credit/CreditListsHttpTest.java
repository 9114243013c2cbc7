package cn.yingshang.credit;

import static cn.yingshang.support.Matches.count;
import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The credit lists that stopped at 200 rows (published commitments and government dishonesty on 信息公开, a
 * department's commitments to review, the office's unresolved government records) page, search and sort on the server.
 */
@PlatformTest
class CreditListsHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private final String tag = "cl" + UUID.randomUUID().toString().substring(0, 6);

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void commitmentsPage() {
        String department = jdbc.sql("""
                        SELECT d.code FROM platform_account a JOIN platform_department d ON d.id = a.department_id
                        WHERE a.username = 'scj.handler'""").query(String.class).single();
        for (int i = 1; i <= 230; i++) {
            jdbc.sql("""
                            INSERT INTO credit_commitment (credit_code, entity_name, kind, matter, content, department_code, made_on, status)
                            VALUES ('91650100MA00000001', :name, 'PROACTIVE_DISCLOSURE', :matter, '依法经营', :d, :on, :status)""")
                    .param("name", tag + "主体" + i).param("matter", tag + "事项" + i).param("d", department)
                    .param("on", LocalDate.of(2026, 9, 1).plusDays(i % 60)).param("status", i <= 210 ? "APPROVED" : "PENDING").update();
        }
        try {
            WebUser visitor = WebUser.anonymous(port);
            String first = visitor.get("/public/credit/commitments?q=" + tag).body();
            assertThat(first).contains("共 210 条");
            assertThat(count(first, tag + "事项\\d+")).isEqualTo(50);
            assertThat(count(visitor.get("/public/credit/commitments?q=" + tag + "&page=5").body(), tag + "事项\\d+")).isEqualTo(10);
            assertThat(visitor.get("/public/credit/commitments?q=" + q(tag + "事项77")).body()).contains("共 1 条");
            assertThat(visitor.get("/public/credit/commitments?sort=nonsense").status()).isEqualTo(400);

            String pending = WebUser.demo(port, "scj.handler").get("/workbench/credit/commitments?q=" + tag).body();
            assertThat(pending).contains("共 20 条");
            assertThat(WebUser.demo(port, "rsj.handler").get("/workbench/credit/commitments?q=" + tag).body()).contains("共 0 条");
        } finally {
            jdbc.sql("DELETE FROM credit_commitment WHERE entity_name LIKE :t").param("t", tag + "%").update();
        }
    }

    @Test
    void governmentRecordsPage() {
        for (int i = 1; i <= 240; i++) {
            jdbc.sql("""
                            INSERT INTO credit_government_record (body_name, region_code, kind, source, source_ref, basis, summary, occurred_on,
                                                                  resolved_on, published)
                            VALUES (:body, '650102', 'BROKEN_CONTRACT', 'TEST', :ref, '合同', '未履行合同', :on, :resolved, TRUE)""")
                    .param("body", tag + "单位" + i).param("ref", tag + "-" + i).param("on", LocalDate.of(2026, 8, 1).plusDays(i % 90))
                    .param("resolved", i % 4 == 0 ? LocalDate.of(2026, 11, 1) : null).update();
        }
        try {
            WebUser visitor = WebUser.anonymous(port);
            String published = visitor.get("/public/credit/government?q=" + tag).body();
            assertThat(published).contains("共 240 条");
            assertThat(count(published, tag + "单位\\d+")).isEqualTo(50);
            assertThat(visitor.get("/public/credit/government?q=" + q(tag + "单位123")).body()).contains("共 1 条");

            WebUser office = WebUser.demo(port, "office");
            String open = office.get("/workbench/credit/government?q=" + tag).body();
            assertThat(open).contains("共 180 条", "（180条）");
            assertThat(count(open, tag + "单位\\d+")).isEqualTo(50);
            assertThat(count(office.get("/cockpit/credit/government?q=" + tag + "&page=4").body(), tag + "单位\\d+")).isEqualTo(30);
        } finally {
            jdbc.sql("DELETE FROM credit_government_record WHERE source = 'TEST' AND source_ref LIKE :t").param("t", tag + "-%").update();
        }
    }
}
