package cn.yingshang.legal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.legal.LegalPromiseFigures;
import cn.yingshang.legal.LegalPromiseFigures.Measure;
import cn.yingshang.platform.Department;
import cn.yingshang.platform.Departments;
import cn.yingshang.platform.Role;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.support.PlatformTest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PlatformTest
class LegalPromiseFiguresTest {

    @Autowired LegalPromiseFigures figures;
    @Autowired RecordingSeizures seizures;
    @Autowired Departments departments;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    @DisplayName("002 #23: the cockpit counts a release on the third day as on time and one on the fourth as late")
    void releasesOnTimeAndLate() {
        LocalDate today = LocalDate.now(clock);
        // a body of its own, so no other test's records are counted
        Department body = departments.all().stream().filter(d -> d.code().equals("650200-PUBLIC_SECURITY")).findFirst().orElseThrow();
        SignedInUser officer = new SignedInUser(0, "t", "t", Role.LEGAL_OFFICER, body.id(), null, Set.of("legal:handle"), List.of());
        String code = jdbc.sql("SELECT credit_code FROM registry_market_entity LIMIT 1").query(String.class).single();
        long before = count(Measure.RELEASES_ON_TIME, body, today);
        long beforeAll = count(Measure.RELEASES, body, today);

        long inTime = record(officer, code, body);
        seizures.foundUnrelated(inTime, today.minusDays(3), "与案件无关", officer);
        seizures.release(inTime, today, officer);
        long late = record(officer, code, body);
        seizures.foundUnrelated(late, today.minusDays(4), "与案件无关", officer);
        seizures.release(late, today, officer);

        assertThat(count(Measure.RELEASES, body, today)).isEqualTo(beforeAll + 2);
        assertThat(count(Measure.RELEASES_ON_TIME, body, today)).isEqualTo(before + 1);
        assertThat(figures.cases(Measure.RELEASES_ON_TIME, today, today, List.of(body.id().value()), 0, 50).items())
                .extracting(LegalPromiseFigures.LegalCase::link).contains("/workbench/legal/seizures/" + inTime)
                .doesNotContain("/workbench/legal/seizures/" + late);
    }

    private long record(SignedInUser officer, String code, Department body) {
        return seizures.record(new RecordingSeizures.NewSeizure("（2026）新02刑初1号", "FREEZING", code, "某公司", "ENTERPRISE", "账户资金",
                body.region().code(), true, null, LocalDate.now(clock).minusDays(10)), officer);
    }

    private long count(Measure measure, Department body, LocalDate day) {
        return figures.tally(day, day).stream().filter(t -> t.measure() == measure && t.bodyId() == body.id().value())
                .mapToLong(LegalPromiseFigures.Tally::count).sum();
    }
}
