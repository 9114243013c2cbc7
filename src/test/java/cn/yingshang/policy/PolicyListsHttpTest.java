package cn.yingshang.policy;

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

/**
 * 信息公开's policy page pages and searches the policies in force (it listed every one), and the payout notices have a
 * paged list of their own (the page showed the latest 50 and no more); an officer reviewing a batch sees every
 * beneficiary a page at a time (the policy page showed the first 200 of a batch of any size).
 */
@PlatformTest
class PolicyListsHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void policiesAndNoticesPage() {
        String tag = "pp" + UUID.randomUUID().toString().substring(0, 6);
        OffsetDateTime at = OffsetDateTime.of(2026, 6, 1, 9, 0, 0, 0, ZoneOffset.ofHours(8));
        for (int i = 1; i <= 90; i++) {
            // 白杨市: no test enterprise is there, so no matching elsewhere sees these policies
            long policy = jdbc.sql("""
                            INSERT INTO policy_policy (title, issuing_department, document_number, legal_basis, region_scope, benefit_type,
                              amount_kind, amount_fixed, mode, valid_from, valid_to, decision_days, status, created_by, created_at)
                            VALUES (:t, '测试局', :no, '测试', '659012', 'SUBSIDY', 'FIXED', 1000, 'AUTO_GRANT', :from, :to, 10,
                              'PUBLISHED', 'test', now()) RETURNING id""")
                    .param("t", tag + "政策" + i).param("no", tag + "〔2026〕" + i + "号")
                    .param("from", LocalDate.of(2026, 1, 1)).param("to", i <= 70 ? null : LocalDate.of(2026, 3, 1))
                    .query(Long.class).single();
            jdbc.sql("""
                            INSERT INTO policy_grant_batch (policy_id, status, created_at, approved_by, approved_at, notice_from, objection_until)
                            VALUES (:p, 'APPROVED', :at, 'test', :at, :on, :until)""")
                    .param("p", policy).param("at", at.plusHours(i)).param("on", LocalDate.of(2026, 6, 1))
                    .param("until", LocalDate.of(2026, 6, 8)).update();
        }
        try {
            WebUser visitor = WebUser.anonymous(port);
            String first = visitor.get("/public/policies?q=" + tag).body();
            assertThat(first).contains("共 70 条");  // the 20 that ended in March are not in force
            assertThat(count(first, "<td>" + tag + "政策\\d+</td>")).isEqualTo(50);
            assertThat(count(visitor.get("/public/policies?q=" + tag + "&page=2").body(), "<td>" + tag + "政策\\d+</td>")).isEqualTo(20);

            String notices = visitor.get("/public/policies/payouts?q=" + tag).body();
            assertThat(notices).contains("共 90 条");
            assertThat(count(notices, "href=\"/public/policies/payouts/\\d+\"")).isEqualTo(50);
            assertThat(count(visitor.get("/public/policies/payouts?q=" + tag + "&page=2").body(),
                    "href=\"/public/policies/payouts/\\d+\"")).isEqualTo(40);
            assertThat(visitor.get("/public/policies").body()).contains("href=\"/public/policies/payouts\"");
        } finally {
            jdbc.sql("DELETE FROM policy_grant_batch WHERE policy_id IN (SELECT id FROM policy_policy WHERE title LIKE :t)")
                    .param("t", tag + "%").update();
            jdbc.sql("DELETE FROM policy_policy WHERE title LIKE :t").param("t", tag + "%").update();
        }
    }

    @Test
    void pendingBatchItemsPage() {
        String tag = "pb" + UUID.randomUUID().toString().substring(0, 6);
        long policy = jdbc.sql("""
                        INSERT INTO policy_policy (title, issuing_department, document_number, legal_basis, region_scope, benefit_type,
                          amount_kind, amount_fixed, mode, valid_from, decision_days, status, created_by, created_at)
                        VALUES (:t, '测试局', :t, '测试', '659012', 'SUBSIDY', 'FIXED', 1000, 'AUTO_GRANT', '2026-01-01', 10,
                          'PUBLISHED', 'test', now()) RETURNING id""").param("t", tag + "政策").query(Long.class).single();
        long batch = jdbc.sql("INSERT INTO policy_grant_batch (policy_id, status, created_at) VALUES (:p, 'PENDING', now()) RETURNING id")
                .param("p", policy).query(Long.class).single();
        for (int i = 1; i <= 260; i++) {
            jdbc.sql("INSERT INTO policy_grant_item (batch_id, credit_code, entity_name, amount) VALUES (:b, :c, :n, 1000)")
                    .param("b", batch).param("c", String.format("9165999%011d", i)).param("n", tag + "企业" + i).update();
        }
        try {
            WebUser office = WebUser.demo(port, "office");
            String first = office.get("/workbench/policies/" + policy).body();
            assertThat(first).contains("共 260 条");
            assertThat(count(first, tag + "企业\\d+")).isEqualTo(50);
            assertThat(count(office.get("/workbench/policies/" + policy + "?page=6").body(), tag + "企业\\d+")).isEqualTo(10);
            assertThat(office.get("/workbench/policies/" + policy + "?q=" + String.format("9165999%011d", 233)).body())
                    .contains("共 1 条", tag + "企业233");
        } finally {
            jdbc.sql("DELETE FROM policy_grant_item WHERE batch_id = :b").param("b", batch).update();
            jdbc.sql("DELETE FROM policy_grant_batch WHERE id = :b").param("b", batch).update();
            jdbc.sql("DELETE FROM policy_policy WHERE id = :p").param("p", policy).update();
        }
    }

    @Test
    void applicationsPage() {
        String tag = "pa" + UUID.randomUUID().toString().substring(0, 6);
        long policy = jdbc.sql("""
                        INSERT INTO policy_policy (title, issuing_department, document_number, legal_basis, region_scope, benefit_type,
                          amount_kind, amount_fixed, mode, valid_from, decision_days, status, created_by, created_at)
                        VALUES (:t, '测试局', :t, '测试', '659012', 'SUBSIDY', 'FIXED', 1000, 'APPLICATION', '2026-01-01', 10,
                          'PUBLISHED', 'test', now()) RETURNING id""").param("t", tag + "政策").query(Long.class).single();
        for (int i = 1; i <= 140; i++) {
            jdbc.sql("""
                            INSERT INTO policy_application (policy_id, credit_code, entity_name, prefilled, status, submitted_on, due_on)
                            VALUES (:p, :c, :n, '{}'::jsonb, 'SUBMITTED', '2026-11-02', '2026-11-16')""")
                    .param("p", policy).param("c", String.format("9165998%011d", i)).param("n", tag + "申请人" + i).update();
        }
        try {
            WebUser office = WebUser.demo(port, "office");
            String first = office.get("/workbench/policies/" + policy).body();
            assertThat(first).contains("共 140 条");
            assertThat(count(first, tag + "申请人\\d+")).isEqualTo(50);
            assertThat(count(office.get("/workbench/policies/" + policy + "?page=3").body(), tag + "申请人\\d+")).isEqualTo(40);
            assertThat(office.get("/workbench/policies/" + policy + "?q=" + java.net.URLEncoder.encode(tag + "申请人77",
                    java.nio.charset.StandardCharsets.UTF_8)).body()).contains("共 1 条");
        } finally {
            jdbc.sql("DELETE FROM policy_application WHERE policy_id = :p").param("p", policy).update();
            jdbc.sql("DELETE FROM policy_policy WHERE id = :p").param("p", policy).update();
        }
    }
}
