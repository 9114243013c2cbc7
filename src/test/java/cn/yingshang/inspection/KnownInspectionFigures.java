package cn.yingshang.inspection;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Draws and tasks in a month of their own far in the future (the test database persists between
 * runs), written as the module stores them, with known figures per prefecture:
 * <ul>
 *   <li>Hami (task and pool rows under county 650502): pool D 4, C 5, key supervision 1, two entities of
 *       class C spared by the window (ratio 60 %: 1.2 visits); two D tasks, one a joint visit covering three
 *       departments (2 visits avoided) published on time, and one key supervision task.</li>
 *   <li>Ürümqi (county 650102): pool D 10, three entities of class A spared (ratio 5 %: 0.15 visits); one D
 *       task published late.</li>
 *   <li>A pool frozen before counts were kept per region: D 2, for the whole region only.</li>
 * </ul>
 */
public final class KnownInspectionFigures {

    public record Arranged(YearMonth month, long plan, long legacyPlan, List<Long> hamiDrawnD, long hamiKey, long urumqiTask) {
    }

    private KnownInspectionFigures() {
    }

    public static YearMonth uniqueMonth() {
        return YearMonth.of(2300 + ThreadLocalRandom.current().nextInt(5000), 1 + ThreadLocalRandom.current().nextInt(12));
    }

    public static Arranged arrange(JdbcClient jdbc, long leadDepartment) {
        YearMonth month = uniqueMonth();
        long plan = plan(jdbc, month, leadDepartment, "测试抽查计划（两地）");
        draw(jdbc, plan, month, "{0,5,0,14,1}", 5, 1.35);
        region(jdbc, plan, "650502", new int[]{0, 0, 5, 4, 1, 0, 0, 2, 0});
        region(jdbc, plan, "650102", new int[]{0, 0, 0, 10, 0, 3, 0, 0, 0});
        long legacyPlan = plan(jdbc, month, leadDepartment, "测试抽查计划（早期对象库）");
        draw(jdbc, legacyPlan, month, "{0,0,0,2,0}", 0, 0);
        LocalDate drawn = month.atDay(10);
        LocalDate deadline = month.atDay(20);
        long joint = task(jdbc, plan, "650502", "D", false, 3, drawn, deadline, month.atDay(12));
        long pending = task(jdbc, plan, "650502", "D", false, 1, drawn, deadline, null);
        long key = task(jdbc, plan, "650502", "B", true, 1, drawn, deadline, null);
        long late = task(jdbc, plan, "650102", "D", false, 1, drawn, deadline, month.atDay(25));
        return new Arranged(month, plan, legacyPlan, List.of(joint, pending), key, late);
    }

    private static long plan(JdbcClient jdbc, YearMonth month, long leadDepartment, String title) {
        return jdbc.sql("""
                        INSERT INTO inspection_plan (title, plan_year, lead_department_id, ratio_a, ratio_b, ratio_c, ratio_d,
                                                     exclusion_days, created_by, created_at)
                        VALUES (?, ?, ?, 5, 20, 60, 100, 180, 'test', now()) RETURNING id""")
                .params(title, month.getYear(), leadDepartment).query(Long.class).single();
    }

    private static void draw(JdbcClient jdbc, long plan, YearMonth month, String perClass, int excluded, double expected) {
        OffsetDateTime at = month.atDay(10).atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toOffsetDateTime();
        jdbc.sql("""
                        INSERT INTO inspection_draw (plan_id, algorithm, seed_commitment, seed, committed_at, pool_hash, pool_size,
                                                     excluded_count, excluded_expected_visits, drawn_at, selection_hash,
                                                     selected_count, pool_per_class)
                        VALUES (?, 'test', ?, ?, ?, ?, 0, ?, ?, ?, ?, 0, CAST(? AS int[]))""")
                .params(plan, "0".repeat(64), "1".repeat(64), at.minusDays(1), "2".repeat(64), excluded, expected, at,
                        "3".repeat(64), perClass).update();
    }

    private static void region(JdbcClient jdbc, long plan, String region, int[] c) {
        jdbc.sql("""
                        INSERT INTO inspection_draw_region (plan_id, region_code, pool_a, pool_b, pool_c, pool_d, pool_key,
                                                            excluded_a, excluded_b, excluded_c, excluded_d)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(plan, region, c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8]).update();
    }

    private static long task(JdbcClient jdbc, long plan, String region, String riskClass, boolean key, int departments,
                             LocalDate drawn, LocalDate deadline, LocalDate published) {
        String code = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase();
        return jdbc.sql("""
                        INSERT INTO inspection_task (plan_id, code, credit_code, entity_name, region_code, risk_class, key_supervision,
                                                     departments_covered, drawn_on, result_recorded_on, publish_deadline, published_on)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(plan, code, cn.yingshang.support.TestCodes.enterprise(region), "测试受检企业" + code.substring(1, 7), region,
                        riskClass, key, departments, drawn, published, deadline, published)
                .query(Long.class).single();
    }
}
