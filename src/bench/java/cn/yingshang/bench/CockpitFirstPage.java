package cn.yingshang.bench;

import cn.yingshang.YingshangApplication;
import cn.yingshang.platform.Accounts;
import cn.yingshang.platform.Departments;
import cn.yingshang.platform.Role;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The cockpit's first page under load-sized data (issue 9: ≤ 1 s with 2,500,000 entities and
 * 1,000,000 appeals). Boots the platform with its web server on a random port of 127.0.0.1 against
 * the bench database ({@code YINGSHANG_BENCH_DB_URL}), tops the appeal table up to the asked count
 * (set-based INSERT … SELECT; appeals spread over the last two years, real departments, some
 * overdue), computes the indicator tables for the last N months (timed per source: the hourly
 * batch), then signs in as an office user and times the first page over HTTP: the first request
 * after start (cold) and p50/p95 of the following rounds (warm). Prints the figures and writes them
 * to {@code bench-results/cockpit-first-page-<time>.txt}.
 * Run: {@code ./mvnw -B -o -Pbench -DskipTests test-compile exec:exec@driver
 * -Ddriver.class=cn.yingshang.bench.CockpitFirstPage -Ddriver.args="50 3 1000000"} (rounds, months, appeals).
 */
public final class CockpitFirstPage {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final List<String> PAGES = List.of("/cockpit/map", "/api/v1/cockpit/map", "/cockpit/alerts");

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int months = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        long appealTarget = args.length > 2 ? Long.parseLong(args[2]) : 1_000_000;
        StringBuilder report = new StringBuilder("cockpit first page (issue 9: ≤ 1 s with 2,500,000 entities and 1,000,000 appeals)\n");
        report.append("at: ").append(Instant.now()).append(", machine: 2-core VM, shared\n");
        report.append("command: YINGSHANG_BENCH_DB_URL=<clone of yingshang_bench> ./mvnw -B -o -Pbench -DskipTests test-compile"
                + " exec:exec@driver -Ddriver.class=cn.yingshang.bench.CockpitFirstPage -Ddriver.args=\"")
                .append(String.join(" ", args)).append("\"\n");
        report.append("load average at start: ").append(loadAverage()).append('\n');
        String[] platformArgs = {"--spring.datasource.url=" + BenchDatabase.url(), "--spring.datasource.username=postgres",
                "--spring.datasource.password=", "--yingshang.demo.enabled=false", "--logging.level.root=WARN",
                // signs in over plain http with a bench password and no authenticator app, as the demo does
                "--spring.profiles.active=demo",
                "--server.port=0", "--server.address=127.0.0.1"};
        long boot = System.nanoTime();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(YingshangApplication.class).run(platformArgs)) {
            report.append(String.format("platform started (with migrations) in %.1f s%n", (System.nanoTime() - boot) / 1e9));
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            ensureOfficeAccount(context);
            long appeals = jdbc.sql("SELECT count(*) FROM appeal").query(Long.class).single();
            if (appeals < appealTarget) {
                long started = System.nanoTime();
                fillAppeals(jdbc, appeals, appealTarget);
                report.append(String.format("generated %d appeals in %.1f s%n", appealTarget - appeals, (System.nanoTime() - started) / 1e9));
            }
            report.append(String.format("entities: %d, appeals: %d%n",
                    jdbc.sql("SELECT count(*) FROM registry_market_entity").query(Long.class).single(),
                    jdbc.sql("SELECT count(*) FROM appeal").query(Long.class).single()));
            flush(report);

            Object computation = context.getBean(Class.forName("cn.yingshang.cockpit.internal.IndicatorComputation"));
            var computeAll = computation.getClass().getDeclaredMethod("computeAll", YearMonth.class);
            computeAll.setAccessible(true);
            YearMonth now = YearMonth.now();
            for (int i = months - 1; i >= 0; i--) {
                long started = System.nanoTime();
                Object perSource = computeAll.invoke(computation, now.minusMonths(i));
                report.append(String.format("indicator tables for %s computed in %.1f s (ms per source: %s; load %s)%n",
                        now.minusMonths(i), (System.nanoTime() - started) / 1e9, perSource, loadAverage()));
                flush(report);
            }
            report.append(String.format("indicator rows: %d%n",
                    jdbc.sql("SELECT count(*) FROM cockpit_indicator_value").query(Long.class).single()));

            HttpClient client = signIn(Integer.parseInt(context.getEnvironment().getProperty("local.server.port")));
            String base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
            report.append("load average before the page rounds: ").append(loadAverage()).append('\n');
            for (String path : PAGES) {
                double cold = fetch(client, base + path);
                List<Double> warm = new ArrayList<>();
                for (int i = 0; i < rounds; i++) {
                    warm.add(fetch(client, base + path));
                }
                Collections.sort(warm);
                report.append(String.format("GET %-22s cold %.1f ms; warm n=%d p50 %.1f ms, p95 %.1f ms, max %.1f ms%n", path, cold,
                        warm.size(), warm.get(warm.size() / 2), warm.get((int) Math.ceil(warm.size() * 0.95) - 1), warm.getLast()));
            }
            report.append("load average at end: ").append(loadAverage()).append('\n');
        }
        Path file = flush(report);
        System.out.println(report);
        System.out.println("written to " + file);
    }

    private static Path reportFile;

    private static Path flush(StringBuilder report) throws Exception {
        if (reportFile == null) {
            Files.createDirectories(Path.of("bench-results"));
            reportFile = Path.of("bench-results", "cockpit-first-page-"
                    + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmm")) + ".txt");
        }
        Files.writeString(reportFile, report.toString());
        return reportFile;
    }

    private static void ensureOfficeAccount(ConfigurableApplicationContext context) {
        Accounts accounts = context.getBean(Accounts.class);
        if (accounts.byUsername("bench.office").isEmpty()) {
            var office = context.getBean(Departments.class).all().stream()
                    .filter(d -> d.function().name().equals("BIZ_ENV_OFFICE")).findFirst().orElseThrow();
            accounts.createDemoAccount(new Accounts.NewAccount("bench.office", "Bench@2025", "基准测试营商办", Role.OFFICE, office.id(), null, null));
        }
    }

    /**
     * Appeals numbered from {@code have + 1} to {@code target}, submitted over the last 730 days to
     * the prefectures' and counties' departments: old ones mostly closed and rated, the last two
     * weeks' mostly in progress, and a few open past their due date — more in every seventh
     * department, so some prefectures breach the overdue threshold as in real life.
     */
    static void fillAppeals(JdbcClient jdbc, long have, long target) {
        jdbc.sql("""
                        INSERT INTO appeal (tracking_number, appeal_type, category, channel, status, region_code, title, content,
                          requester_key, lead_department_id, clock_stage, clock_start, due_on, warn_on, submitted_at, submitted_on,
                          dispatched_on, replied_on, replied_late, handling_days, closed_on, resolution, satisfaction)
                        SELECT 'CF' || lpad(g::text, 10, '0'), k.type, k.category, 'PORTAL', s.status, d.region, '企业诉求 ' || g,
                          '驾驶舱基准测试生成的诉求。', md5((g % 300000)::text),
                          CASE WHEN s.status = 'SUBMITTED' THEN NULL ELSE d.id END,
                          CASE WHEN s.status = 'SUBMITTED' THEN 'DISPATCH' WHEN s.status IN ('DISPATCHED', 'IN_PROGRESS') THEN 'REPLY' END,
                          a.day, a.day + 15, a.day + 12, a.day::timestamptz, a.day,
                          CASE WHEN s.status <> 'SUBMITTED' THEN a.day END,
                          CASE WHEN s.status IN ('REPLIED', 'CLOSED') THEN a.day + 3 + a.spread END,
                          CASE WHEN s.status IN ('REPLIED', 'CLOSED') THEN 3 + a.spread > 15 END,
                          CASE WHEN s.status IN ('REPLIED', 'CLOSED') THEN 3 + a.spread END,
                          CASE WHEN s.status = 'CLOSED' THEN a.day + 5 + a.spread END,
                          CASE WHEN s.status = 'CLOSED' THEN (ARRAY['RESOLVED', 'RESOLVED', 'RESOLVED', 'PARTLY', 'NOT_RESOLVED'])[1 + g % 5] END,
                          CASE WHEN s.status = 'CLOSED' THEN (ARRAY['SATISFIED', 'SATISFIED', 'SATISFIED', 'BASIC', 'BASIC', 'SATISFIED', 'SATISFIED', 'BASIC', 'SATISFIED', 'NOT_SATISFIED'])[1 + (g / 7) % 10] END
                        FROM generate_series(CAST(:from AS bigint), CAST(:to AS bigint)) g
                        CROSS JOIN (SELECT array_agg(id ORDER BY id) AS ids, array_agg(region_code ORDER BY id) AS regions
                                    FROM platform_department WHERE region_code <> '650000') dept
                        CROSS JOIN LATERAL (SELECT dept.ids[1 + (g * 31) % array_length(dept.ids, 1)] AS id,
                                                   dept.regions[1 + (g * 31) % array_length(dept.ids, 1)] AS region) d
                        CROSS JOIN LATERAL (SELECT current_date - ((g * 7919) % 730)::int AS day, (g % 16)::int AS spread) a
                        CROSS JOIN LATERAL (SELECT (ARRAY['CONSULTATION', 'HELP', 'SUGGESTION', 'COMPLAINT', 'COMPLAINT', 'REPORT'])[1 + g % 6] AS type,
                                                   (ARRAY['MARKET_ACCESS', 'GOV_SERVICES', 'INSPECTION', 'ARREARS', 'FEES', 'CERTIFICATES',
                                                          'FINANCING', 'LAND_ENERGY', 'IP', 'FAIR_COMPETITION', 'TAX', 'EMPLOYMENT', 'OTHER'])[1 + g % 13] AS category) k
                        CROSS JOIN LATERAL (SELECT CASE
                            WHEN current_date - a.day < 15 THEN (ARRAY['SUBMITTED', 'DISPATCHED', 'IN_PROGRESS', 'IN_PROGRESS', 'IN_PROGRESS',
                                 'IN_PROGRESS', 'REPLIED', 'REPLIED', 'CLOSED', 'CLOSED'])[1 + g % 10]
                            WHEN g % 10000 < CASE WHEN d.id % 7 = 0 THEN 40 ELSE 3 END THEN 'IN_PROGRESS'
                            WHEN g % 100 = 97 THEN 'MERGED' WHEN g % 100 = 98 THEN 'DECLINED'
                            WHEN g % 100 < 8 THEN 'REPLIED' ELSE 'CLOSED' END AS status) s""")
                .param("from", have + 1).param("to", target).update();
        jdbc.sql("VACUUM ANALYZE appeal").update();
    }

    private static HttpClient signIn(int port) throws Exception {
        String base = "http://127.0.0.1:" + port;
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        String login = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = CSRF.matcher(login);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        String form = "username=bench.office&password=" + URLEncoder.encode("Bench@2025", StandardCharsets.UTF_8) + "&_csrf=" + m.group(1);
        client.send(HttpRequest.newBuilder(URI.create(base + "/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        return client;
    }

    private static double fetch(HttpClient client, String url) throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url)).header("Accept",
                url.contains("/api/") ? "application/json" : "text/html").build(), HttpResponse.BodyHandlers.ofString());
        double ms = (System.nanoTime() - started) / 1e6;
        if (r.statusCode() != 200 || r.uri().getPath().equals("/login")) {
            throw new IllegalStateException(url + " → " + r.statusCode() + " " + r.uri());
        }
        return ms;
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (Exception e) {
            return "unknown";
        }
    }

    private CockpitFirstPage() {
    }
}
