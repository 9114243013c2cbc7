package cn.yingshang.services.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.services.ServiceCasesForTests;
import cn.yingshang.services.ServiceFigures;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The monthly figures table (V11_50) against the figures counted straight from the cases, after each
 * of a series of case transitions made through the API (apply, 补正 notice, accept, decide, rate, the
 * 差评 loop and its return visit) and two corrections made in the database (a decision moved to another
 * month, an item's online depth changed).
 */
@PlatformTest
class CaseFigureAggregateTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    ServiceFigures figures;

    @Autowired
    CaseFigureCount count;

    @Autowired
    CaseFigureMonths months;

    @Autowired
    JdbcClient jdbc;

    @Test
    @DisplayName("Issue 15: the monthly figures equal a direct count from the cases after every transition")
    void monthlyTableFollowsTheCases() {
        WebUser enterprise = WebUser.demo(port, "enterprise1");
        WebUser handler = WebUser.demo(port, "scj.handler");
        long guide = ServiceCasesForTests.guide(port, "SVC-SC-003");
        assertSame();

        long first = ServiceCasesForTests.apply(enterprise, guide);
        long second = ServiceCasesForTests.apply(enterprise, guide);
        long third = ServiceCasesForTests.apply(enterprise, guide);
        LocalDate applied = LocalDate.parse(read(enterprise, first).get("appliedOn").asText());
        String department = read(enterprise, first).get("department").asText();
        long casesBefore = amount(ServiceFigures.Measure.CASES, department, applied);
        long decidedBefore = amount(ServiceFigures.Measure.DECIDED, department, applied);
        assertSame();

        ok(handler.postJson("/api/v1/service-cases/" + second + "/supplement-requests", "{\"materials\":[\"公司章程\"]}"));
        assertSame();
        ok(handler.postJson("/api/v1/service-cases/" + first + "/acceptance", "{}"));
        ok(handler.postJson("/api/v1/service-cases/" + third + "/acceptance", "{}"));
        assertSame();
        ok(handler.postJson("/api/v1/service-cases/" + first + "/decision", "{\"grant\":true}"));
        ok(handler.postJson("/api/v1/service-cases/" + third + "/decision", "{\"grant\":false,\"reason\":\"不符合条件\"}"));
        assertSame();
        assertThat(amount(ServiceFigures.Measure.DECIDED, department, applied)).isEqualTo(decidedBefore + 2);

        ok(enterprise.postJson("/api/v1/service-cases/" + first + "/rating", "{\"level\":1,\"comment\":\"等候太久\"}"));
        assertSame();
        for (String action : List.of("verify", "rectify", "feedback")) {
            ok(handler.postJson("/api/v1/service-cases/" + first + "/bad-rating/" + action, "{\"text\":\"已处理\"}"));
            assertSame();
        }
        ok(handler.postJson("/api/v1/service-cases/" + first + "/bad-rating/return-visit", "{}"));
        assertSame();
        assertThat(amount(ServiceFigures.Measure.BAD_RECTIFIED, department, applied)).isPositive();

        // Corrections outside the use cases: the triggers still note what they touch.
        jdbc.sql("UPDATE svc_case SET decided_on = decided_on - 40 WHERE id = :id").param("id", third).update();
        assertSame();
        long implementation = jdbc.sql("SELECT implementation_id FROM svc_case WHERE id = :id").param("id", first)
                .query(Long.class).single();
        String depth = jdbc.sql("SELECT online_depth FROM svc_implementation WHERE id = :id").param("id", implementation)
                .query(String.class).single();
        try {
            jdbc.sql("UPDATE svc_implementation SET online_depth = 'ONE_VISIT' WHERE id = :id").param("id", implementation).update();
            assertSame();
        } finally {
            jdbc.sql("UPDATE svc_implementation SET online_depth = :d WHERE id = :id").param("d", depth).param("id", implementation).update();
        }
        assertSame();
        assertThat(amount(ServiceFigures.Measure.CASES, department, applied)).isEqualTo(casesBefore);

        // The scheduled refresh folds in everything, leaving no change behind.
        jdbc.sql("UPDATE svc_case SET channel = 'WINDOW' WHERE id = :id").param("id", second).update();
        months.scheduled();
        assertThat(jdbc.sql("SELECT count(*) FROM svc_case_figure_change").query(Long.class).single()).isZero();
        assertSame();
    }

    @Test
    @DisplayName("A range that is not whole months is counted from the cases")
    void partialMonthsAreCounted() {
        LocalDate today = LocalDate.now();
        assertThat(normalised(figures.tally(today.withDayOfMonth(1), today)))
                .isEqualTo(normalised(count.tally(today.withDayOfMonth(1), today)));
    }

    private void assertSame() {
        LocalDate from = LocalDate.of(2000, 1, 1);
        LocalDate to = LocalDate.now().plusMonths(2).withDayOfMonth(1).minusDays(1);
        Map<String, Long> expected = normalised(count.tally(from, to));
        assertThat(normalised(figures.tally(from, to))).isEqualTo(expected);
        LocalDate month = LocalDate.now().withDayOfMonth(1);
        assertThat(normalised(figures.tally(month, month.plusMonths(1).minusDays(1))))
                .isEqualTo(normalised(count.tally(month, month.plusMonths(1).minusDays(1))));
    }

    private long amount(ServiceFigures.Measure measure, String department, LocalDate day) {
        LocalDate month = day.withDayOfMonth(1);
        return figures.tally(month, month.plusMonths(1).minusDays(1)).stream()
                .filter(t -> t.measure() == measure && t.department().equals(department))
                .mapToLong(ServiceFigures.Tally::amount).sum();
    }

    private static Map<String, Long> normalised(List<ServiceFigures.Tally> tallies) {
        Map<String, Long> out = new TreeMap<>();
        tallies.forEach(t -> out.merge(t.measure() + "|" + t.department() + "|" + t.regionCode(), t.amount(), Long::sum));
        out.values().removeIf(v -> v == 0);
        return out;
    }

    private JsonNode read(WebUser user, long id) {
        return JSON.readTree(user.getJson("/api/v1/service-cases/" + id).body());
    }

    private static void ok(WebUser.Response r) {
        assertThat(r.status()).as(r.body()).isBetween(200, 201);
    }
}
