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
}
