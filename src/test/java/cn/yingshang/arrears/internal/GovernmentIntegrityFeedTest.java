package cn.yingshang.arrears.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.arrears.ArrearsFixtures;
import cn.yingshang.arrears.GovernmentArrearsOverdue;
import cn.yingshang.platform.Departments;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.json.JsonMapper;

@PlatformTest
@RecordApplicationEvents
class GovernmentIntegrityFeedTest {

    @LocalServerPort
    int port;
    final JdbcClient jdbc;
    final Departments departments;
    final JsonMapper json;
    final Clock clock;
    final ArrearsWatch watch;
    @Autowired
    ApplicationEvents events;
    @Autowired
    ArrearsLedger ledger;

    @Autowired
    GovernmentIntegrityFeedTest(JdbcClient jdbc, Departments departments, JsonMapper json, Clock clock, ArrearsWatch watch) {
        this.jdbc = jdbc;
        this.departments = departments;
        this.json = json;
        this.clock = clock;
        this.watch = watch;
    }

    long overdueClaim(String payerType) {
        ArrearsFixtures fixtures = new ArrearsFixtures(port, jdbc, departments);
        WebUser office = WebUser.demo(port, "office");
        long payer = fixtures.payerId(fixtures.newPayer(office, payerType, fixtures.marketRegulationUrumqi()));
        String payee = fixtures.newEntity(office, 40, "1500", "900");
        LocalDate today = LocalDate.now(clock);
        WebUser.Response r = office.postJson("/api/v1/arrears/claims",
                ArrearsFixtures.claimJson(payee, payer, "45000", "0", today.minusDays(70).toString()));
        long id = json.readTree(r.body()).get("id").asLong();
        office.postJson("/api/v1/arrears/claims/" + id + "/confirmation", "{}");
        return id;
    }

    @Test
    @DisplayName("003 §55: a 机关's confirmed claim unpaid past its due date is published once for government-integrity records, and cleared once paid")
    void publicBodyArrearsFeedIntegrityOnce() {
        long id = overdueClaim("GOVERNMENT_ORGAN");
        LocalDate today = LocalDate.now(clock);
        watch.check(today);
        watch.check(today);
        assertThat(events.stream(GovernmentArrearsOverdue.class).filter(e -> e.claimId() == id).toList())
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.payerType()).isEqualTo("GOVERNMENT_ORGAN");
                    assertThat(e.overdueAmount()).isEqualByComparingTo("45000");
                    assertThat(e.dueOn()).isBefore(today);
                    assertThat(e.regionCode()).isEqualTo(cn.yingshang.shared.RegionCode.of("650100"));
                });

        cn.yingshang.platform.SignedInUser office = new cn.yingshang.platform.SignedInUser(0, "office", "", "营商办",
                cn.yingshang.platform.Role.OFFICE, null, null, java.util.Set.of("arrears:manage"), java.util.List.of());
        assertThat(events.stream(cn.yingshang.arrears.GovernmentArrearsCleared.class).filter(e -> e.claimId() == id)).isEmpty();
        ledger.recordPayment(id, today, new java.math.BigDecimal("45000"), "BANK_TRANSFER", "", office);
        assertThat(jdbc.sql("SELECT status FROM arrears_claim WHERE id = :id").param("id", id).query(String.class).single())
                .isEqualTo("SETTLED");
        assertThat(events.stream(cn.yingshang.arrears.GovernmentArrearsCleared.class).filter(e -> e.claimId() == id))
                .singleElement().satisfies(e -> assertThat(e.clearedOn()).isEqualTo(today));
    }

    @Test
    @DisplayName("003 §55: a state-owned enterprise's arrears are supervised but are not government-integrity records of a 机关 or 事业单位")
    void stateOwnedEnterpriseDoesNotFeedIntegrity() {
        long id = overdueClaim("STATE_OWNED_ENTERPRISE");
        watch.check(LocalDate.now(clock));
        assertThat(events.stream(GovernmentArrearsOverdue.class).filter(e -> e.claimId() == id)).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM arrears_supervision WHERE claim_id = :id AND step = 'OVERDUE'")
                .param("id", id).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    @DisplayName("国令802号 Art. 18: from 1 March the office is reminded once to publish last year's figures, and once more after 31 March")
    void yearlyPublicationReminder() {
        // a year far ahead, so that no earlier run has published it or left its markers
        int year = 2090 + java.util.concurrent.ThreadLocalRandom.current().nextInt(0, 900);
        jdbc.sql("DELETE FROM arrears_watch_marker WHERE marker LIKE :m").param("m", "%_" + year).update();
        assertThat(watch.remindYearlyPublication(LocalDate.of(year + 1, 2, 28))).isZero();
        assertThat(watch.remindYearlyPublication(LocalDate.of(year + 1, 3, 1))).isEqualTo(1);
        assertThat(watch.remindYearlyPublication(LocalDate.of(year + 1, 3, 2))).isZero();
        assertThat(watch.remindYearlyPublication(LocalDate.of(year + 1, 4, 1))).isEqualTo(1);
        assertThat(watch.remindYearlyPublication(LocalDate.of(year + 1, 4, 2))).isZero();
    }
}
