package cn.yingshang.experience;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.support.PlatformTest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo data tells a story that could have happened: nothing before an entity existed, nothing after today. */
@PlatformTest
class DemoDataTimeTest {

    private final JdbcClient jdbc;
    private final LocalDate today;

    @Autowired
    DemoDataTimeTest(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.today = LocalDate.now(clock);
    }

    private List<String> rows(String sql) {
        return jdbc.sql(sql).param("today", today).query(String.class).list();
    }

    @Test
    @DisplayName("the demo has credit records and abnormal-list periods to check")
    void thereIsSomethingToCheck() {
        assertThat(jdbc.sql("SELECT count(*) FROM credit_record WHERE source_record_id LIKE 'DEMO-%'").query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("SELECT count(*) FROM registry_abnormal_period").query(Long.class).single()).isPositive();
    }

    @Test
    @DisplayName("no credit record (penalty, licence, honour…) is decided before its entity was established or after today")
    void creditRecordsWithinTheEntitysLife() {
        assertThat(rows("""
                SELECT r.credit_code || ' ' || r.decided_on || ' established ' || e.established_on FROM credit_record r
                JOIN registry_market_entity e ON e.credit_code = r.credit_code
                WHERE r.decided_on < e.established_on OR r.decided_on > :today""")).isEmpty();
    }

    @Test
    @DisplayName("no abnormal-list period starts before its entity was established, or starts or ends after today")
    void abnormalPeriodsWithinTheEntitysLife() {
        assertThat(rows("""
                SELECT e.credit_code || ' ' || p.listed_on || '–' || coalesce(p.removed_on::text, '') || ' established ' || e.established_on
                FROM registry_abnormal_period p JOIN registry_market_entity e ON e.id = p.entity_id
                WHERE p.listed_on < e.established_on OR p.listed_on > :today OR p.removed_on > :today""")).isEmpty();
    }

    @Test
    @DisplayName("no entity is established after today")
    void noEntityFromTheFuture() {
        assertThat(rows("SELECT credit_code FROM registry_market_entity WHERE established_on > :today")).isEmpty();
    }

    @Test
    @DisplayName("legal, services, projects, finance and arrears demo records: none before the enterprise existed, none after today")
    void newerModulesWithinTheEntitysLife() {
        for (String table : List.of("legal_court_case", "legal_seizure", "legal_stalled_case", "svc_case", "prj_project", "fin_need",
                "arrears_claim")) {
            assertThat(jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single()).as(table + " has demo rows").isPositive();
        }
        assertThat(rows("""
                SELECT 'court case ' || c.reference || ' filed ' || c.filed_on || ', established ' || e.established_on
                FROM legal_court_case c JOIN registry_market_entity e ON e.credit_code = c.credit_code
                WHERE c.filed_on < e.established_on OR c.filed_on > :today OR c.closed_on > :today
                UNION ALL
                SELECT 'seizure ' || s.reference || ' imposed ' || s.imposed_on || ', established ' || e.established_on
                FROM legal_seizure s JOIN registry_market_entity e ON e.credit_code = s.credit_code
                WHERE s.imposed_on < e.established_on OR s.imposed_on > :today OR s.found_unrelated_on > :today OR s.released_on > :today
                UNION ALL
                SELECT 'stalled case ' || s.reference || ' registered ' || s.registered_on || ', established ' || coalesce(e.established_on::text, '?')
                FROM legal_stalled_case s LEFT JOIN registry_market_entity e ON e.credit_code = s.credit_code
                WHERE s.registered_on < e.established_on OR s.registered_on > :today OR s.listed_on > :today OR s.closed_on > :today
                UNION ALL
                SELECT 'service case ' || c.id || ' applied ' || c.applied_on || ', established ' || e.established_on
                FROM svc_case c JOIN registry_market_entity e ON e.credit_code = c.credit_code
                WHERE c.applied_on < e.established_on OR c.applied_on > :today OR c.accepted_on > :today OR c.decided_on > :today
                   OR c.finished_on > :today OR c.accepted_on < c.applied_on
                UNION ALL
                SELECT 'project ' || p.id || ' attracted ' || p.attracted_on || ', investor established ' || coalesce(e.established_on::text, '?')
                FROM prj_project p LEFT JOIN registry_market_entity e ON e.credit_code = p.investor_credit_code
                WHERE p.attracted_on < e.established_on OR p.attracted_on > :today OR p.stage_since > :today
                UNION ALL
                SELECT 'project milestone ' || m.project_id || ' ' || m.stage || ' ' || m.reached_on
                FROM prj_milestone m JOIN prj_project p ON p.id = m.project_id
                WHERE m.reached_on < p.attracted_on OR m.reached_on > :today
                UNION ALL
                SELECT 'project approval ' || a.id || ' started ' || coalesce(a.started_on::text, '') || ' decided ' || coalesce(a.decided_on::text, '')
                FROM prj_approval a JOIN prj_project p ON p.id = a.project_id
                WHERE a.started_on < p.attracted_on OR a.started_on > :today OR a.decided_on > :today OR a.decided_on < a.started_on
                UNION ALL
                SELECT 'financing need ' || n.id || ' stated ' || n.stated_on || ', established ' || e.established_on
                FROM fin_need n JOIN registry_market_entity e ON e.credit_code = n.credit_code
                WHERE n.stated_on < e.established_on OR n.stated_on > :today OR n.met_on > :today
                UNION ALL
                SELECT 'loan ' || l.id || ' decided ' || l.decided_on || ', need stated ' || n.stated_on
                FROM fin_loan l JOIN fin_need n ON n.id = l.need_id
                WHERE l.decided_on < n.stated_on OR l.decided_on > :today
                UNION ALL
                SELECT 'arrears claim ' || c.id || ' delivered ' || coalesce(c.delivered_on::text, '') || ' reported ' || c.reported_on
                       || ', payee established ' || e.established_on
                FROM arrears_claim c JOIN registry_market_entity e ON e.credit_code = c.payee_credit_code
                WHERE c.delivered_on < e.established_on OR c.reported_on < e.established_on OR c.reported_on > :today
                   OR c.delivered_on > :today OR c.settled_on > :today""")).isEmpty();
    }
}
