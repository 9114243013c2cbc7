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
import java.time.YearMonth;
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
 * the bench database, computes the indicator tables for the last N months (second argument, default 3) (timed: the hourly
 * batch), then signs in as an office user and times {@code GET /cockpit/map} and its JSON.
 * Run: {@code ./mvnw -Pbench -DskipTests test-compile exec:exec@driver -Ddriver.class=cn.yingshang.bench.CockpitFirstPage -Ddriver.args="50 3"}.
 */
public final class CockpitFirstPage {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int months = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        String[] platformArgs = {"--spring.datasource.url=" + BenchDatabase.url(), "--spring.datasource.username=postgres",
                "--spring.datasource.password=", "--yingshang.demo.enabled=false", "--logging.level.root=WARN",
                "--server.port=0", "--server.address=127.0.0.1"};
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(YingshangApplication.class).run(platformArgs)) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            Accounts accounts = context.getBean(Accounts.class);
            if (accounts.byUsername("bench.office").isEmpty()) {
                var office = context.getBean(Departments.class).all().stream()
                        .filter(d -> d.function().name().equals("BIZ_ENV_OFFICE")).findFirst().orElseThrow();
                accounts.create(new Accounts.NewAccount("bench.office", "Bench@2025", "基准测试营商办", Role.OFFICE, office.id(), null, null));
            }
            long entities = jdbc.sql("SELECT count(*) FROM registry_market_entity").query(Long.class).single();
            boolean appealTable = jdbc.sql("SELECT to_regclass('appeal') IS NOT NULL").query(Boolean.class).single();
            long appeals = appealTable ? jdbc.sql("SELECT count(*) FROM appeal").query(Long.class).single() : -1;
            System.out.printf("entities: %d, appeals: %s%n", entities, appeals < 0 ? "no appeal table" : appeals);

            Object computation = context.getBean(Class.forName("cn.yingshang.cockpit.internal.IndicatorComputation"));
            var computeAll = computation.getClass().getDeclaredMethod("computeAll", YearMonth.class);
            computeAll.setAccessible(true);
            YearMonth now = YearMonth.now();
            for (int i = months - 1; i >= 0; i--) {
                long started = System.nanoTime();
                computeAll.invoke(computation, now.minusMonths(i));
                System.out.printf("computed %s in %.1f s%n", now.minusMonths(i), (System.nanoTime() - started) / 1e9);
            }
            System.out.printf("indicator rows: %d%n", jdbc.sql("SELECT count(*) FROM cockpit_indicator_value").query(Long.class).single());

            int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
            String base = "http://127.0.0.1:" + port;
            HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NORMAL).build();
            String login = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
            Matcher m = CSRF.matcher(login);
            m.find();
            String form = "username=bench.office&password=" + URLEncoder.encode("Bench@2025", StandardCharsets.UTF_8) + "&_csrf=" + m.group(1);
            client.send(HttpRequest.newBuilder(URI.create(base + "/login")).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            for (String path : List.of("/cockpit/map", "/api/v1/cockpit/map", "/cockpit/alerts")) {
                List<Double> millis = new ArrayList<>();
                for (int i = 0; i < rounds + 5; i++) {
                    long started = System.nanoTime();
                    HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept",
                            path.startsWith("/api") ? "application/json" : "text/html").build(), HttpResponse.BodyHandlers.ofString());
                    double ms = (System.nanoTime() - started) / 1e6;
                    if (r.statusCode() != 200) {
                        throw new IllegalStateException(path + " → " + r.statusCode());
                    }
                    if (i >= 5) {
                        millis.add(ms);
                    }
                }
                Collections.sort(millis);
                System.out.printf("GET %-22s n=%d median %.1f ms, p95 %.1f ms, max %.1f ms%n", path, millis.size(),
                        millis.get(millis.size() / 2), millis.get((int) Math.ceil(millis.size() * 0.95) - 1), millis.getLast());
            }
        }
    }
}
