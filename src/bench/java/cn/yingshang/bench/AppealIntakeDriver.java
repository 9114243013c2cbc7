package cn.yingshang.bench;

import cn.yingshang.YingshangApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * HTTP intake load on loopback: boots the whole platform on {@code YINGSHANG_BENCH_DB_URL}, then
 * {@code concurrency} virtual threads post signed 12345 tickets for {@code seconds}; afterwards it
 * counts the stored rows against the acknowledged ones, and measures plain JDBC INSERT throughput
 * (same threads, one row per statement, autocommit) on the same database for the ratio.
 * Args: seconds concurrency (defaults 60 32).
 */
public final class AppealIntakeDriver {

    static final String SECRET = "dev-12345-shared-secret";

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : 32;
        int port = 18093;
        String url = BenchDatabase.url();
        ConfigurableApplicationContext app = new SpringApplicationBuilder(YingshangApplication.class)
                .web(WebApplicationType.SERVLET)
                .run("--spring.datasource.url=" + url, "--spring.datasource.username=postgres", "--spring.datasource.password=",
                        "--yingshang.demo.enabled=false", "--logging.level.root=WARN", "--server.port=" + port,
                        "--spring.datasource.hikari.maximum-pool-size=" + Math.min(concurrency, 20));
        String run = "bench-" + System.currentTimeMillis();
        StringBuilder report = new StringBuilder();
        try {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            // warm-up
            load(client, port, run + "-w", 5, concurrency);
            Result r = load(client, port, run, seconds, concurrency);
            long stored;
            try (Connection c = DriverManager.getConnection(url, "postgres", "");
                 PreparedStatement st = c.prepareStatement("SELECT count(*) FROM appeal WHERE external_ticket LIKE ?")) {
                st.setString(1, run + "-%");
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    stored = rs.getLong(1);
                }
            }
            double plain = plainInserts(url, Math.min(seconds, 20), Math.min(concurrency, 20));
            long[] lat = r.latenciesMicros();
            Arrays.sort(lat);
            double rate = r.acknowledged() / (double) seconds;
            report.append("appeal HTTP intake (POST /api/v1/public/appeals/hotline, HMAC-signed, loopback)\n")
                    .append("machine: 2-core VM, shared with other engineers' builds and tests\n")
                    .append("at: ").append(Instant.now()).append('\n')
                    .append("duration s: ").append(seconds).append(", concurrency: ").append(concurrency).append('\n')
                    .append("acknowledged (201): ").append(r.acknowledged()).append(", errors: ").append(r.errors()).append('\n')
                    .append("stored rows for this run: ").append(stored).append(stored == r.acknowledged() ? " (all acknowledged stored)" : " MISMATCH").append('\n')
                    .append(String.format("throughput: %.0f appeals/s%n", rate))
                    .append(String.format("latency ms p50 %.1f  p95 %.1f  p99 %.1f  max %.1f%n", pct(lat, 0.50), pct(lat, 0.95), pct(lat, 0.99),
                            lat.length == 0 ? 0 : lat[lat.length - 1] / 1000.0))
                    .append(String.format("plain JDBC INSERT (autocommit, %d threads): %.0f rows/s%n", Math.min(concurrency, 20), plain))
                    .append(String.format("ratio intake / plain insert: %.2f%n", rate / plain));
        } finally {
            app.close();
        }
        System.out.println(report);
        Files.createDirectories(Path.of("bench-results"));
        Files.writeString(Path.of("bench-results", "appeal-intake.txt"), report.toString());
    }

    record Result(long acknowledged, long errors, long[] latenciesMicros) {
    }

    static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1000.0;
    }

    static Result load(HttpClient client, int port, String run, int seconds, int concurrency) throws Exception {
        AtomicLong seq = new AtomicLong();
        AtomicLong ok = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        List<long[]> perThread = new ArrayList<>();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        URI uri = URI.create("http://127.0.0.1:" + port + "/api/v1/public/appeals/hotline");
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int t = 0; t < concurrency; t++) {
                long[] lat = new long[seconds * 5000];
                perThread.add(lat);
                pool.submit(() -> {
                    Mac mac = Mac.getInstance("HmacSHA256");
                    mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
                    int n = 0;
                    while (System.nanoTime() < end) {
                        long i = seq.incrementAndGet();
                        String body = "{\"ticketId\":\"" + run + "-" + i + "\",\"type\":\"CONSULTATION\",\"category\":\"GOV_SERVICES\","
                                + "\"title\":\"咨询企业开办流程" + i + "\",\"content\":\"请问在乌鲁木齐开办有限公司需要哪些材料，多久办结？\","
                                + "\"name\":\"市民" + (i % 1000) + "\",\"phone\":\"139" + (10_000_000 + i % 89_999_999) + "\",\"region\":\"650102\"}";
                        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                        String sig = HexFormat.of().formatHex(mac.doFinal(bytes));
                        long start = System.nanoTime();
                        try {
                            HttpResponse<Void> resp = client.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                                    .header("X-Signature", sig).POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(),
                                    HttpResponse.BodyHandlers.discarding());
                            if (resp.statusCode() == 201) {
                                ok.incrementAndGet();
                            } else {
                                errors.incrementAndGet();
                            }
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                        if (n < lat.length) {
                            lat[n++] = (System.nanoTime() - start) / 1000;
                        }
                    }
                    lat[lat.length - 1] = -n;
                    return null;
                });
            }
        }
        List<Long> all = new ArrayList<>();
        for (long[] lat : perThread) {
            int n = (int) -lat[lat.length - 1];
            for (int i = 0; i < n && i < lat.length - 1; i++) {
                all.add(lat[i]);
            }
        }
        return new Result(ok.get(), errors.get(), all.stream().mapToLong(Long::longValue).toArray());
    }

    /** Plain single-row INSERTs with autocommit, one connection per thread: the database's own ceiling for comparison. */
    static double plainInserts(String url, int seconds, int threads) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement st = c.createStatement()) {
            st.execute("CREATE UNLOGGED TABLE IF NOT EXISTS bench_plain_insert (id BIGSERIAL PRIMARY KEY, title TEXT, content TEXT, created_at TIMESTAMPTZ)");
            st.execute("ALTER TABLE bench_plain_insert SET LOGGED");
            st.execute("TRUNCATE bench_plain_insert");
        }
        AtomicLong rows = new AtomicLong();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int t = 0; t < threads; t++) {
                pool.submit(() -> {
                    try (Connection c = DriverManager.getConnection(url, "postgres", "");
                         PreparedStatement ps = c.prepareStatement("INSERT INTO bench_plain_insert (title, content, created_at) VALUES (?, ?, now())")) {
                        while (System.nanoTime() < end) {
                            ps.setString(1, "咨询企业开办流程");
                            ps.setString(2, "请问在乌鲁木齐开办有限公司需要哪些材料，多久办结？");
                            ps.executeUpdate();
                            rows.incrementAndGet();
                        }
                    }
                    return null;
                });
            }
        }
        try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement st = c.createStatement()) {
            st.execute("DROP TABLE bench_plain_insert");
        }
        return rows.get() / (double) seconds;
    }
}
