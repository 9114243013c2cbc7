package cn.yingshang.platform.internal;

import cn.yingshang.platform.JobLocks;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import cn.yingshang.platform.DepartmentFunction;
import cn.yingshang.shared.RegionCode;
import cn.yingshang.shared.Regions;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Creates the department tree on an empty database: every function at the autonomous-region and
 * prefecture level, and the front-line functions in the counties of 乌鲁木齐 and 哈密 (the two
 * cities whose measures are among the seeds). Administrators extend it afterwards.
 */
@Component
@Order(10)
class DepartmentTreeSeeder implements ApplicationRunner {

    private static final Set<DepartmentFunction> COUNTY_FUNCTIONS = EnumSet.of(
            DepartmentFunction.BIZ_ENV_OFFICE, DepartmentFunction.MARKET_REGULATION, DepartmentFunction.TAXATION,
            DepartmentFunction.HUMAN_RESOURCES, DepartmentFunction.GOVERNMENT_SERVICES,
            DepartmentFunction.PUBLIC_SECURITY, DepartmentFunction.COURT);
    private static final List<String> SEEDED_COUNTY_PARENTS = List.of("650100", "650500");

    private final JdbcClient jdbc;
    private final JdbcDepartments departments;
    private final JobLocks jobLocks;
    private final TransactionTemplate tx;

    DepartmentTreeSeeder(JdbcClient jdbc, JdbcDepartments departments, JobLocks jobLocks, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.departments = departments;
        this.jobLocks = jobLocks;
        this.tx = new TransactionTemplate(transactions);
    }

    /** One node at a time, and committed before the lock is released, so no other node seeds a second tree. */
    @Override
    public void run(ApplicationArguments args) {
        jobLocks.runAlone(JobLocks.START_UP, () -> tx.executeWithoutResult(status -> seedOnce()));
    }

    private void seedOnce() {
        Set<DepartmentFunction> missing = EnumSet.allOf(DepartmentFunction.class);
        missing.removeAll(jdbc.sql("SELECT DISTINCT function FROM platform_department")
                .query((rs, n) -> DepartmentFunction.valueOf(rs.getString(1))).list());
        if (missing.isEmpty()) {
            return;
        }
        // An empty database gets the whole tree; one seeded by an older release gets the functions added since.
        Map<String, Long> ids = new HashMap<>();
        RegionCode xinjiang = Regions.XINJIANG;
        for (DepartmentFunction f : missing) {
            ids.put(key(xinjiang, f), insert(xinjiang, f, cn.yingshang.shared.ChineseBundle.text("i18n/messages", "department.autonomous-region", f.label()), null));
        }
        for (RegionCode prefecture : Regions.prefectures()) {
            for (DepartmentFunction f : missing) {
                ids.put(key(prefecture, f), insert(prefecture, f, prefecture.name() + f.label(), ids.get(key(xinjiang, f))));
            }
            if (SEEDED_COUNTY_PARENTS.contains(prefecture.code())) {
                for (RegionCode county : Regions.children(prefecture)) {
                    for (DepartmentFunction f : COUNTY_FUNCTIONS) {
                        if (!missing.contains(f)) {
                            continue;
                        }
                        insert(county, f, prefecture.name() + county.name() + f.label(), ids.get(key(prefecture, f)));
                    }
                }
            }
        }
        departments.changed();
    }

    private long insert(RegionCode region, DepartmentFunction function, String name, Long parent) {
        return jdbc.sql("""
                        INSERT INTO platform_department (code, name, region_code, function, parent_id)
                        VALUES (:code, :name, :region, :function, :parent) RETURNING id""")
                .param("code", key(region, function)).param("name", name).param("region", region.code())
                .param("function", function.name()).param("parent", parent)
                .query(Long.class).single();
    }

    private static String key(RegionCode region, DepartmentFunction function) {
        return region.code() + "-" + function.name();
    }
}
