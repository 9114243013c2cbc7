package cn.yingshang.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.yingshang.inspection.InspectionFigures.CaseKind;
import cn.yingshang.inspection.InspectionFigures.InspectionCase;
import cn.yingshang.inspection.InspectionFigures.PrefectureMonth;
import cn.yingshang.platform.DepartmentFunction;
import cn.yingshang.platform.Departments;
import cn.yingshang.shared.CreditRiskClass;
import cn.yingshang.shared.RegionCode;
import cn.yingshang.shared.Regions;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The cockpit's inspection figures per prefecture and month, and the tasks behind them, on known data. */
@PlatformTest
class InspectionFiguresByPrefectureTest {

    static final RegionCode HAMI = RegionCode.of("650500");
    static final RegionCode URUMQI = RegionCode.of("650100");

    @LocalServerPort
    int port;

    final InspectionFigures figures;
    final JdbcClient jdbc;
    final long lead;

    @Autowired
    InspectionFiguresByPrefectureTest(InspectionFigures figures, Departments departments, JdbcClient jdbc) {
        this.figures = figures;
        this.jdbc = jdbc;
        this.lead = departments.responsibleFor(HAMI, DepartmentFunction.MARKET_REGULATION).orElseThrow().id().value();
    }

    @Test
    @DisplayName("000 §51: coverage, visits avoided and on-time publication per prefecture of the inspected entities, per month")
    void perPrefecture() {
        KnownInspectionFigures.Arranged known = KnownInspectionFigures.arrange(jdbc, lead);
        Map<RegionCode, PrefectureMonth> rows = figures.byPrefecture(known.month(), known.month()).stream()
                .collect(Collectors.toMap(PrefectureMonth::prefecture, Function.identity()));
        assertThat(rows).containsOnlyKeys(HAMI, URUMQI, Regions.XINJIANG);

        PrefectureMonth hami = rows.get(HAMI);
        assertThat(hami.month()).isEqualTo(known.month());
        assertThat(hami.coverage().get(CreditRiskClass.D)).isEqualTo(new InspectionFigures.ClassCoverage(4, 2));
        assertThat(hami.coverage().get(CreditRiskClass.C)).isEqualTo(new InspectionFigures.ClassCoverage(5, 0));
        assertThat(hami.coverage().get(CreditRiskClass.B).drawn()).as("key supervision is counted apart").isZero();
        assertThat(hami.keySupervisionVisits()).isEqualTo(1);
        assertThat(hami.tasks()).isEqualTo(3);
        assertThat(hami.visitsAvoidedByJoint()).isEqualTo(2);
        assertThat(hami.entitiesSparedByWindow()).isEqualTo(2);
        assertThat(hami.expectedVisitsAvoidedByWindow()).isCloseTo(1.2, within(1e-9));
        assertThat(hami.published()).isEqualTo(1);
        assertThat(hami.publishedOnTime()).isEqualTo(1);

        PrefectureMonth urumqi = rows.get(URUMQI);
        assertThat(urumqi.coverage().get(CreditRiskClass.D)).isEqualTo(new InspectionFigures.ClassCoverage(10, 1));
        assertThat(urumqi.keySupervisionVisits()).isZero();
        assertThat(urumqi.tasks()).isEqualTo(1);
        assertThat(urumqi.visitsAvoidedByJoint()).isZero();
        assertThat(urumqi.entitiesSparedByWindow()).isEqualTo(3);
        assertThat(urumqi.expectedVisitsAvoidedByWindow()).isCloseTo(0.15, within(1e-9));
        assertThat(urumqi.published()).isEqualTo(1);
        assertThat(urumqi.publishedOnTime()).isZero();

        PrefectureMonth whole = rows.get(Regions.XINJIANG);
        assertThat(whole.coverage().get(CreditRiskClass.D)).as("a pool frozen before per-region counts").isEqualTo(
                new InspectionFigures.ClassCoverage(2, 0));
        assertThat(whole.tasks()).isZero();

        assertThat(figures.byPrefecture(known.month().plusMonths(1), known.month().plusMonths(2)))
                .as("the month after has nothing of this data").isEmpty();
    }

    @Test
    @DisplayName("000 §51: each figure opens the tasks behind it, which the office can open")
    void casesBehindFigures() {
        KnownInspectionFigures.Arranged known = KnownInspectionFigures.arrange(jdbc, lead);
        var month = known.month();

        var drawnD = figures.cases(CaseKind.DRAWN, CreditRiskClass.D, month, month, HAMI, 0, 20);
        assertThat(drawnD.total()).isEqualTo(2);
        assertThat(drawnD.items()).extracting(InspectionCase::link).containsExactlyInAnyOrderElementsOf(
                known.hamiDrawnD().stream().map(id -> "/workbench/inspections/tasks/" + id).toList());
        assertThat(drawnD.items()).allSatisfy(c -> assertThat(c.region().prefecture()).isEqualTo(HAMI));
        assertThat(figures.cases(CaseKind.DRAWN, CreditRiskClass.D, month, month, Regions.XINJIANG, 0, 20).total()).isEqualTo(3);
        assertThat(figures.cases(CaseKind.DRAWN, CreditRiskClass.D, month, month, HAMI, 1, 20).items())
                .as("offset").hasSize(1);

        var joint = figures.cases(CaseKind.JOINT, null, month, month, HAMI, 0, 20);
        assertThat(joint.items()).singleElement().satisfies(c -> {
            assertThat(c.link()).isEqualTo("/workbench/inspections/tasks/" + known.hamiDrawnD().get(0));
            assertThat(c.title()).contains("联合检查覆盖3个部门");
            assertThat(c.status()).isEqualTo("已公示");
        });
        assertThat(figures.cases(CaseKind.KEY_SUPERVISION, null, month, month, HAMI, 0, 20).items())
                .extracting(InspectionCase::link).containsExactly("/workbench/inspections/tasks/" + known.hamiKey());
        assertThat(figures.cases(CaseKind.PUBLISHED_ON_TIME, null, month, month, URUMQI, 0, 20).total()).isZero();
        assertThat(figures.cases(CaseKind.PUBLISHED, null, month, month, URUMQI, 0, 20).items())
                .extracting(InspectionCase::link).containsExactly("/workbench/inspections/tasks/" + known.urumqiTask());

        var poolHami = figures.cases(CaseKind.POOL, CreditRiskClass.D, month, month, HAMI, 0, 20);
        assertThat(poolHami.items()).singleElement().satisfies(c -> {
            assertThat(c.link()).isEqualTo("/workbench/inspections/plans/" + known.plan());
            assertThat(c.title()).contains("名录内D类").endsWith("主体4家");
        });
        assertThat(figures.cases(CaseKind.POOL, CreditRiskClass.D, month, month, Regions.XINJIANG, 0, 20).items())
                .extracting(InspectionCase::title).anySatisfy(t -> assertThat(t).contains("名录内D类").endsWith("主体14家"))
                .anySatisfy(t -> assertThat(t).contains("早期对象库").contains("2家"));
        assertThat(figures.cases(CaseKind.SPARED_BY_WINDOW, null, month, month, URUMQI, 0, 20).items())
                .singleElement().satisfies(c -> assertThat(c.title()).contains("3家"));

        WebUser office = WebUser.demo(port, "office");
        for (InspectionCase c : List.of(drawnD.items().get(0), poolHami.items().get(0))) {
            WebUser.Response page = office.get(c.link());
            assertThat(page.status()).as(c.link()).isEqualTo(200);
        }
        assertThat(office.get(joint.items().get(0).link()).body()).contains(joint.items().get(0).reference());
    }
}
