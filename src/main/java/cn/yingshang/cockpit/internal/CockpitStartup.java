package cn.yingshang.cockpit.internal;

import cn.yingshang.shared.ChineseBundle;
import cn.yingshang.platform.JobLocks;
import cn.yingshang.platform.Accounts;
import cn.yingshang.platform.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * On start (after the demo accounts exist): the demo account {@code supervisor} is appointed for
 * a three-year term, and the current month's figures are computed when none exist yet, so the
 * map has colour from the first visit. Later the hourly refresh keeps them fresh.
 */
@Component
@Order(30)
class CockpitStartup implements ApplicationRunner {

    private final Accounts accounts;
    private final JdbcClient jdbc;
    private final IndicatorComputation computation;
    private final Clock clock;
    private final boolean demo;

    private final JobLocks jobLocks;

    CockpitStartup(Accounts accounts, JdbcClient jdbc, IndicatorComputation computation, Clock clock,
                   @Value("${yingshang.demo.enabled:false}") boolean demo, JobLocks jobLocks) {
        this.jobLocks = jobLocks;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.computation = computation;
        this.clock = clock;
        this.demo = demo;
    }

    /** One node at a time (several nodes may start together on an empty database): see {@link JobLocks#START_UP}. */
    @Override
    public void run(ApplicationArguments args) {
        jobLocks.runAlone(JobLocks.START_UP, this::seedOnce);
    }

    private void seedOnce() {
        if (!demo) {
            return;
        }
        accounts.byUsername("supervisor").filter(a -> a.role() == Role.SUPERVISOR).ifPresent(a -> {
            boolean registered = jdbc.sql("SELECT count(*) FROM cockpit_supervisor WHERE account_id = :a").param("a", a.id())
                    .query(Long.class).single() > 0;
            if (!registered) {
                LocalDate today = LocalDate.now(clock);
                jdbc.sql("""
                                INSERT INTO cockpit_supervisor (account_id, name, affiliation, region_code, term_start, term_end)
                                VALUES (:a, :n, :affiliation, '650100', :s, :e)""")
                        .param("a", a.id())
                        .param("n", a.displayName().replace(ChineseBundle.text("i18n/cockpit", "cockpit.demo.supervisorTitle"), "").strip())
                        .param("affiliation", ChineseBundle.text("i18n/cockpit", "cockpit.demo.supervisorAffiliation"))
                        .param("s", today.withDayOfYear(1)).param("e", today.withDayOfYear(1).plusYears(3).minusDays(1)).update();
            }
        });
        YearMonth month = YearMonth.now(clock);
        boolean computed = jdbc.sql("SELECT count(*) FROM cockpit_indicator_value WHERE period = :p").param("p", month.toString())
                .query(Long.class).single() > 0;
        if (!computed) {
            computation.computeAllAtOnce(month);
        }
    }
}
