package cn.yingshang.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.platform.DepartmentFunction;
import cn.yingshang.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PlatformTest
class DepartmentTreeSeederTest {

    @Autowired JdbcClient jdbc;
    @Autowired DepartmentTreeSeeder seeder;

    @Test
    void everyFunctionHasTheAutonomousRegionAndEveryPrefecture() {
        for (DepartmentFunction f : DepartmentFunction.values()) {
            assertThat(count("function = '" + f.name() + "' AND parent_id IS NULL")).as(f.name()).isEqualTo(1);
            assertThat(count("function = '" + f.name() + "' AND parent_id IS NOT NULL")).as(f.name()).isGreaterThanOrEqualTo(14);
        }
        // 刻章备案 and court cases are handled in the districts, so their bodies exist there too.
        assertThat(count("code = '650102-PUBLIC_SECURITY'")).isEqualTo(1);
        assertThat(count("code = '650102-COURT'")).isEqualTo(1);
    }

    @Test
    void aTreeSeededByAnOlderReleaseGetsTheFunctionsAddedSince() {
        long before = count("TRUE");
        jdbc.sql("DELETE FROM platform_department WHERE function = 'GAS_SUPPLY' AND parent_id IS NOT NULL").update();
        jdbc.sql("DELETE FROM platform_department WHERE function = 'GAS_SUPPLY'").update();
        assertThat(count("function = 'GAS_SUPPLY'")).isZero();

        seeder.run(null);

        assertThat(count("TRUE")).isEqualTo(before);
        assertThat(count("function = 'GAS_SUPPLY' AND parent_id IS NULL")).isEqualTo(1);
        assertThat(count("function = 'MARKET_REGULATION' AND parent_id IS NULL")).isEqualTo(1);
    }

    private long count(String where) {
        return jdbc.sql("SELECT count(*) FROM platform_department WHERE " + where).query(Long.class).single();
    }
}
