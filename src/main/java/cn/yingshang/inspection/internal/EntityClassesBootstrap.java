package cn.yingshang.inspection.internal;

import cn.yingshang.platform.JobLocks;
import cn.yingshang.credit.CreditProfiles;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Fills our class projection once from the credit module when it is empty (first start, or classes
 * credit computed before this module listened); afterwards {@link EntityClasses} follows the events.
 */
@Component
@Order(90)
class EntityClassesBootstrap implements ApplicationRunner {

    private final CreditProfiles profiles;
    private final JdbcClient jdbc;
    private final Clock clock;

    private final JobLocks jobLocks;

    EntityClassesBootstrap(CreditProfiles profiles, JdbcClient jdbc, Clock clock, JobLocks jobLocks) {
        this.jobLocks = jobLocks;
        this.profiles = profiles;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One node at a time (several nodes may start together on an empty database): see {@link JobLocks#START_UP}. */
    @Override
    public void run(ApplicationArguments args) {
        jobLocks.runAlone(JobLocks.START_UP, this::seedOnce);
    }

    private void seedOnce() {
        if (jdbc.sql("SELECT count(*) FROM inspection_entity_class").query(Long.class).single() > 0) {
            return;
        }
        List<Object[]> rows = new ArrayList<>();
        OffsetDateTime now = OffsetDateTime.now(clock);
        profiles.forEachNonOrdinaryClass((code, riskClass) -> rows.add(new Object[]{code, riskClass.name(), now}));
        for (Object[] row : rows) {
            jdbc.sql("""
                            INSERT INTO inspection_entity_class (credit_code, risk_class, changed_at) VALUES (?, ?, ?)
                            ON CONFLICT (credit_code) DO NOTHING""").params(row).update();
        }
    }
}
