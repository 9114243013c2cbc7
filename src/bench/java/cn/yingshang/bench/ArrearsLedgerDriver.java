package cn.yingshang.bench;

import cn.yingshang.arrears.ArrearsOverview;
import java.lang.reflect.Method;
import java.time.LocalDate;
import org.springframework.aop.support.AopUtils;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Load driver for the arrears ledger at scale: fills arrears_claim with N claims (args[0], default
 * 200 000; a third with partial payments) on the bench database, then times the figures the
 * cockpit reads and the daily overdue check, twice (the second run finds no new reminders: it is
 * idempotent; it sends the next batch of government-integrity events), then waits for the
 * asynchronous government-integrity feed to finish.
 */
public final class ArrearsLedgerDriver {

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        try (ConfigurableApplicationContext context = BenchDatabase.start()) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            LocalDate today = LocalDate.of(2026, 11, 23);
            long start = System.nanoTime();
            jdbc.sql("TRUNCATE arrears_payment, arrears_supervision, arrears_integrity_feed, arrears_annual_report, arrears_claim, arrears_payer RESTART IDENTITY CASCADE").update();
            long dept = jdbc.sql("SELECT min(id) FROM platform_department").query(Long.class).single();
            jdbc.sql("""
                    INSERT INTO arrears_payer (name, payer_type, region_code, supervising_department_id)
                    SELECT '付款单位' || g, (ARRAY['GOVERNMENT_ORGAN','PUBLIC_INSTITUTION','STATE_OWNED_ENTERPRISE'])[1 + g % 3], '650100', :dept
                    FROM generate_series(1, 500) g""").param("dept", dept).update();
            jdbc.sql("""
                    INSERT INTO arrears_claim (source, status, payee_credit_code, payee_name, payee_size, payer_type, payer_id,
                      payer_name, region_code, supervising_department_id, contract_name, amount, delivered_on, settlement_basis,
                      payment_method, reported_on, confirm_by, clock_start, due_on, created_by)
                    SELECT 'ENTERPRISE', (ARRAY['REPORTED','CONFIRMED','CONFIRMED','SETTLED','CLOSED'])[1 + g % 5],
                      lpad(g::text, 18, '9'), '企业' || g, 'SMALL',
                      (ARRAY['GOVERNMENT_ORGAN','PUBLIC_INSTITUTION','STATE_OWNED_ENTERPRISE'])[1 + (g % 500) % 3], 1 + g % 500,
                      '付款单位' || (1 + g % 500), '650100', :dept, '合同' || g, 10000 + (g % 97) * 1000,
                      :today - (g % 400), 'DELIVERY', 'BANK_TRANSFER', :today - (g % 400) + 5, :today - (g % 400) + 35,
                      :today - (g % 400), :today - (g % 400) + 30, 'bench'
                    FROM generate_series(1, :n) g""").param("dept", dept).param("today", today).param("n", n).update();
            jdbc.sql("""
                    INSERT INTO arrears_payment (claim_id, paid_on, amount, method, recorded_by)
                    SELECT id, delivered_on + 40, amount / 3, 'BANK_TRANSFER', 'bench' FROM arrears_claim WHERE id % 3 = 0""").update();
            jdbc.sql("UPDATE arrears_claim SET paid_amount = amount / 3 WHERE id % 3 = 0").update();
            jdbc.sql("ANALYZE arrears_claim").update();
            jdbc.sql("ANALYZE arrears_payment").update();
            System.out.printf("loaded %d claims in %d ms%n", n, (System.nanoTime() - start) / 1_000_000);

            ArrearsOverview overview = context.getBean(ArrearsOverview.class);
            for (int run = 1; run <= 3; run++) {
                long t = System.nanoTime();
                var total = overview.total(today);
                var types = overview.byPayerType(today);
                var months = overview.byMonth(today);
                System.out.printf("figures run %d: %d ms (claims %d, owed %s, overdue %s, %d types, %d months)%n", run,
                        (System.nanoTime() - t) / 1_000_000, total.claims(), total.owed(), total.overdue(), types.size(), months.size());
            }
            Object watch = context.getBean("arrearsWatch");
            Method check = AopUtils.getTargetClass(watch).getDeclaredMethod("check", LocalDate.class);
            check.setAccessible(true);
            for (int run = 1; run <= 2; run++) {
                long t = System.nanoTime();
                Object steps = check.invoke(watch, today);
                System.out.printf("daily check run %d: %d ms, %s new steps%n", run, (System.nanoTime() - t) / 1_000_000, steps);
            }
            // the government-integrity feed runs after commit, asynchronously: wait for it before closing
            long t = System.nanoTime();
            long pending;
            while ((pending = jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL")
                    .query(Long.class).single()) > 0 && System.nanoTime() - t < 240_000_000_000L) {
                Thread.sleep(500);
            }
            System.out.printf("integrity feed drained in %d ms, %d publications incomplete, %d claims fed%n",
                    (System.nanoTime() - t) / 1_000_000, pending,
                    jdbc.sql("SELECT count(*) FROM arrears_integrity_feed").query(Long.class).single());
        }
    }
}
