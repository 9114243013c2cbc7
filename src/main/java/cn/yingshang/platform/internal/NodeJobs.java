package cn.yingshang.platform.internal;

import cn.yingshang.platform.JobLocks;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Jobs on several nodes: ShedLock's JDBC provider (lock rows in {@code shedlock}, times taken from
 * the database so nodes' clocks need not agree), wrapped so every run of a locked job is recorded in
 * platform_job_run with the node that ran it; start-up work waits for the lock instead of skipping.
 */
@Configuration
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class NodeJobs {

    /** This node's name in locks and job runs: {@code yingshang.node.name}, else pid@host and a random suffix. */
    @Bean
    NodeName nodeName(@Value("${yingshang.node.name:}") String configured) {
        return new NodeName(configured.isBlank()
                ? ManagementFactory.getRuntimeMXBean().getName() + "-" + UUID.randomUUID().toString().substring(0, 8)
                : configured);
    }

    record NodeName(String value) {
    }

    @Bean
    LockProvider lockProvider(DataSource dataSource, JdbcClient jdbc, NodeName node) {
        LockProvider shedLock = new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withLockedByValue(node.value())
                .usingDbTime()
                .build());
        return new RecordedRuns(shedLock, jdbc, node.value());
    }

    @Bean
    JobLocks jobLocks(LockProvider locks, @Value("${yingshang.jobs.startup-wait:PT15M}") Duration wait) {
        return (job, work) -> {
            Instant giveUp = Instant.now().plus(wait);
            while (true) {
                // a node that dies holding the lock frees it after lockAtMostFor
                Optional<SimpleLock> lock = locks.lock(new LockConfiguration(Instant.now(), job, wait, Duration.ZERO));
                if (lock.isPresent()) {
                    try {
                        work.run();
                    } finally {
                        lock.get().unlock();
                    }
                    return;
                }
                if (Instant.now().isAfter(giveUp)) {
                    throw new IllegalStateException("start-up job " + job + " still locked by another node after " + wait);
                }
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted waiting for start-up job " + job, e);
                }
            }
        };
    }

    /** Records each acquired lock as a job run: who ran what, when, how long; ops and the two-node test read it. */
    private record RecordedRuns(LockProvider delegate, JdbcClient jdbc, String node) implements LockProvider {

        @Override
        public Optional<SimpleLock> lock(LockConfiguration configuration) {
            Optional<SimpleLock> lock = delegate.lock(configuration);
            if (lock.isEmpty()) {
                return lock;
            }
            long run = jdbc.sql("INSERT INTO platform_job_run (job, node) VALUES (:j, :n) RETURNING id")
                    .param("j", configuration.getName()).param("n", node).query(Long.class).single();
            SimpleLock held = lock.get();
            return Optional.of(() -> {
                try {
                    jdbc.sql("UPDATE platform_job_run SET finished_at = clock_timestamp() WHERE id = :id").param("id", run).update();
                } finally {
                    held.unlock();
                }
            });
        }
    }
}
