package cn.yingshang.review.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.support.PlatformTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PlatformTest
class StandardSyncTest {

    private final StandardStore store;
    private final JdbcClient jdbc;

    @Autowired
    StandardSyncTest(StandardStore store, JdbcClient jdbc) {
        this.store = store;
        this.jdbc = jdbc;
    }

    @Test
    @DisplayName("on start, improved shipped standards replace stale system rows, and a reviewer's own edit is kept")
    void shippedStandardsReachExistingInstallations() {
        StandardSet shipped = StandardsJson.shipped();
        ReviewStandard ma2 = shipped.standards().stream().filter(s -> s.code().equals("MA2")).findFirst().orElseThrow();
        ReviewStandard ma3 = shipped.standards().stream().filter(s -> s.code().equals("MA3")).findFirst().orElseThrow();
        jdbc.sql("UPDATE review_standard SET patterns = '{过时的规则}' WHERE code = 'MA2'").update();
        jdbc.sql("UPDATE review_standard SET title = '审查员修改的标准', updated_by = 'office' WHERE code = 'MA3'").update();
        // another test may have saved the term as a reviewer: make it a stale system row again
        jdbc.sql("UPDATE review_term SET alternatives = '{本市}', updated_by = 'system' WHERE name = '本地'").update();
        try {
            store.seedAndLoad();
            assertThat(store.find("MA2").orElseThrow().patterns()).isEqualTo(ma2.patterns());
            assertThat(store.find("MA3").orElseThrow().title()).isEqualTo("审查员修改的标准");
            assertThat(store.standards().terms().byName().get("本地")).isEqualTo(shipped.terms().byName().get("本地"));
        } finally {
            jdbc.sql("UPDATE review_standard SET updated_by = 'system' WHERE code = 'MA3'").update();
            store.seedAndLoad();
        }
        assertThat(store.find("MA3").orElseThrow().title()).isEqualTo(ma3.title());
    }
}
