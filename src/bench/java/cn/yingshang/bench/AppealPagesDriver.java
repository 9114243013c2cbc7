package cn.yingshang.bench;

import cn.yingshang.YingshangApplication;
import cn.yingshang.platform.Accounts;
import cn.yingshang.platform.DepartmentId;
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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
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
 * The appeal pages as people get them, over HTTP, with 1,000,000 appeals (issue 3: department
 * queue and office overview p95 ≤ 200 ms, figures page ≤ 500 ms). Tops the bench database up to
 * {@code rows} generated appeals (as {@link AppealQueryDriver} does), refreshes the figures summary,
 * boots the platform with its web server on 127.0.0.1, signs in as a department handler and as the
 * office, and times the full rendered pages. Args: rounds rows (defaults 60 1000000). Prints the
 * figures and writes them, with the load average, to bench-results/appeal-pages-&lt;time&gt;.txt.
 */
public final class AppealPagesDriver {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final String OPEN = "('DISPATCHED','RETURN_REQUESTED','IN_PROGRESS','EXTENSION_REQUESTED','PAUSE_REQUESTED','PAUSED')";

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        long rows = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000;
        String url = BenchDatabase.url();
        StringBuilder report = new StringBuilder("appeal pages over HTTP (full Thymeleaf pages, signed-in session, loopback)\n")
                .append("machine: 2-core VM, shared\nat: ").append(Instant.now()).append('\n');
        String[] platformArgs = {"--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                "--spring.datasource.password=", "--yingshang.demo.enabled=false", "--logging.level.root=WARN",
                // signs in over plain http with a bench password and no authenticator app, as the demo does
                "--spring.profiles.active=demo",
                "--server.port=0", "--server.address=127.0.0.1"};
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(YingshangApplication.class).run(platformArgs)) {
            try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement st = c.createStatement()) {
                report.append(AppealQueryDriver.fill(st, rows));
                long t0 = System.nanoTime();
                st.execute("REFRESH MATERIALIZED VIEW CONCURRENTLY appeal_figures_daily");
                report.append(String.format("figures summary refresh: %.1f s%n", (System.nanoTime() - t0) / 1e9));
            }
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            report.append("appeals in table: ").append(jdbc.sql("SELECT count(*) FROM appeal").query(Long.class).single()).append('\n');
            long department = jdbc.sql("SELECT lead_department_id FROM appeal WHERE lead_department_id IS NOT NULL AND status IN " + OPEN
                    + " GROUP BY 1 ORDER BY count(*) DESC LIMIT 1").query(Long.class).single();
            long open = jdbc.sql("SELECT count(*) FROM appeal WHERE lead_department_id = :d AND status IN " + OPEN)
                    .param("d", department).query(Long.class).single();
            report.append("handler's department ").append(department).append(": ").append(open).append(" open appeals\n");
            ensureAccounts(context, department);

            int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
            String base = "http://127.0.0.1:" + port;
            HttpClient handler = signIn(base, "bench.handler");
            HttpClient office = signIn(base, "bench.office");
            report.append("load average before: ").append(AppealIntakeDriver.loadAverage()).append('\n');
            report.append(time(handler, base, "department queue  GET /workbench/appeals (handler)", "/workbench/appeals", rounds, 200));
            report.append(time(handler, base, "department queue, page 3", "/workbench/appeals?page=3", rounds, 200));
            report.append(time(office, base, "office overview   GET /workbench/appeals (office)", "/workbench/appeals", rounds, 200));
            report.append(time(office, base, "office queue, status SUBMITTED", "/workbench/appeals?status=SUBMITTED", rounds, 200));
            report.append(time(office, base, "figures page      GET /cockpit/appeals (this year)", "/cockpit/appeals", rounds, 500));
            report.append(time(office, base, "figures page, 2025-01-01..today by region",
                    "/cockpit/appeals?by=REGION&from=2025-01-01", rounds, 500));
            report.append(time(office, base, "figures chart JSON", "/cockpit/appeals/chart?from=2025-01-01", rounds, 500));
            report.append("load average after: ").append(AppealIntakeDriver.loadAverage()).append('\n');
        }
        System.out.println(report);
        Files.createDirectories(Path.of("bench-results"));
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(Instant.now());
        Files.writeString(Path.of("bench-results", "appeal-pages-" + stamp + ".txt"), report.toString());
    }

    private static void ensureAccounts(ConfigurableApplicationContext context, long department) {
        Accounts accounts = context.getBean(Accounts.class);
        Departments departments = context.getBean(Departments.class);
        if (accounts.byUsername("bench.office").isEmpty()) {
            var officeDepartment = departments.all().stream().filter(d -> d.function().name().equals("BIZ_ENV_OFFICE"))
                    .findFirst().orElseThrow();
            accounts.createDemoAccount(new Accounts.NewAccount("bench.office", "Bench@2025", "基准测试营商办", Role.OFFICE,
                    officeDepartment.id(), null, null));
        }
        if (accounts.byUsername("bench.handler").isEmpty()) {
            accounts.createDemoAccount(new Accounts.NewAccount("bench.handler", "Bench@2025", "基准测试经办人", Role.HANDLER,
                    DepartmentId.of(department), null, null));
        }
    }

    private static HttpClient signIn(String base, String username) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL).build();
        String login = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = CSRF.matcher(login);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        String form = "username=" + username + "&password=" + URLEncoder.encode("Bench@2025", StandardCharsets.UTF_8) + "&_csrf=" + m.group(1);
        client.send(HttpRequest.newBuilder(URI.create(base + "/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        return client;
    }

    private static String time(HttpClient client, String base, String name, String path, int rounds, int targetMs) throws Exception {
        List<Double> millis = new ArrayList<>();
        int bytes = 0;
        for (int i = 0; i < rounds + 5; i++) {
            long started = System.nanoTime();
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
            double ms = (System.nanoTime() - started) / 1e6;
            if (r.statusCode() != 200 || r.uri().getPath().equals("/login")) {
                throw new IllegalStateException(path + " → " + r.statusCode() + " " + r.uri());
            }
            bytes = r.body().length();
            if (i >= 5) {
                millis.add(ms);
            }
        }
        Collections.sort(millis);
        double p95 = millis.get((int) Math.ceil(millis.size() * 0.95) - 1);
        return String.format("%-55s n=%d p50 %.1f ms, p95 %.1f ms, max %.1f ms (%d chars) — target p95 <= %d ms: %s%n", name,
                millis.size(), millis.get(millis.size() / 2), p95, millis.getLast(), bytes, targetMs, p95 <= targetMs ? "met" : "NOT met");
    }
}
