package cn.yingshang.bench;

import cn.yingshang.YingshangApplication;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
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
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * HTTP intake load on loopback, in one command: boots the whole platform on
 * {@code YINGSHANG_BENCH_DB_URL}, warms up, then {@code concurrency} keep-alive connections post
 * signed 12345 tickets (POST /api/v1/public/appeals/hotline, closed loop: each connection sends its
 * next ticket when the previous one was answered) for {@code seconds}. Afterwards it counts the
 * stored appeals against the acknowledged ones (HTTP 201), and measures plain JDBC INSERT
 * throughput (single-row, autocommit, durable) on the same database for the ratio.
 * <p>
 * The load generator is a minimal HTTP/1.1 client on plain sockets, so that on a 2-core machine the
 * CPU goes to the server rather than to the client's own machinery.
 * <p>
 * Args: seconds concurrency (defaults 60 16; in a closed loop more connections mostly add queueing
 * delay, see bench-results/appeal.md). Prints the figures and writes them, with the load
 * average, to bench-results/appeal-intake-&lt;time&gt;.txt.
 */
public final class AppealIntakeDriver {

    static final String SECRET = "dev-12345-shared-secret";
    static final String PATH = "/api/v1/public/appeals/hotline";

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        int port = 18093;
        String url = BenchDatabase.url();
        ConfigurableApplicationContext app = new SpringApplicationBuilder(YingshangApplication.class)
                .web(WebApplicationType.SERVLET)
                .run("--spring.datasource.url=" + url, "--spring.datasource.username=postgres", "--spring.datasource.password=",
                        "--yingshang.demo.enabled=false", "--logging.level.root=WARN", "--server.port=" + port);
        String run = "bench-" + System.currentTimeMillis();
        StringBuilder report = new StringBuilder();
        try {
            String loadBefore = loadAverage();
            load(port, run + "-w", 10, concurrency);
            long[] machineBefore = machineTicks();
            long cpuBefore = processCpuNanos();
            Map<Long, Long> backendsBefore = backendTicks(url);
            Result r = load(port, run + "-m", seconds, concurrency);
            long cpuUsed = processCpuNanos() - cpuBefore;
            long backendMillis = backendMillisSince(url, backendsBefore);
            long[] machineAfter = machineTicks();
            String loadAfter = loadAverage();
            long stored = count(url, "SELECT count(*) FROM appeal WHERE external_ticket LIKE ?", run + "-m-%");
            long events = count(url, "SELECT count(*) FROM appeal_event e JOIN appeal a ON a.id = e.appeal_id "
                    + "WHERE a.external_ticket LIKE ? AND e.action = 'SUBMIT'", run + "-m-%");
            int plainThreads = Math.min(concurrency, 20);
            double plain = plainInserts(url, Math.min(seconds, 20), plainThreads);
            long[] lat = r.latenciesMicros();
            Arrays.sort(lat);
            double rate = r.acknowledged() / (double) seconds;
            report.append("appeal HTTP intake (POST ").append(PATH).append(", HMAC-signed, loopback, keep-alive)\n")
                    .append("machine: 2-core VM, ").append(Runtime.getRuntime().availableProcessors()).append(" CPUs visible\n")
                    .append("at: ").append(Instant.now()).append('\n')
                    .append("load average before: ").append(loadBefore).append(", after: ").append(loadAfter).append('\n')
                    .append("duration s: ").append(seconds).append(", concurrent connections: ").append(concurrency)
                    .append(" (after a 10 s warm-up)\n")
                    .append("acknowledged (201): ").append(r.acknowledged()).append(", errors: ").append(r.errors()).append('\n')
                    .append("stored appeals for this run: ").append(stored).append(", their SUBMIT timeline entries: ").append(events)
                    .append(stored == r.acknowledged() && events == stored ? " (every acknowledged appeal stored)" : " MISMATCH").append('\n')
                    .append(String.format("throughput: %.0f appeals/s%n", rate))
                    .append(String.format("latency ms p50 %.1f  p95 %.1f  p99 %.1f  max %.1f%n", pct(lat, 0.50), pct(lat, 0.95),
                            pct(lat, 0.99), lat.length == 0 ? 0 : lat[lat.length - 1] / 1000.0))
                    .append(String.format("CPU: this JVM (server + load generator) %.2f ms per appeal; machine busy %.0f %% "
                                    + "(of which other processes, PostgreSQL included: %.0f %% of the machine)%n",
                            cpuUsed / 1e6 / Math.max(1, r.acknowledged()), busyPercent(machineBefore, machineAfter),
                            busyPercent(machineBefore, machineAfter)
                                    - 100.0 * cpuUsed / (seconds * 1e9 * Runtime.getRuntime().availableProcessors())))
                    .append(String.format("CPU: PostgreSQL backends of this database %.2f ms per appeal; so on 2 otherwise idle cores the "
                                    + "CPU would allow about %.0f appeals/s (a projection, not a measurement)%n",
                            backendMillis / (double) Math.max(1, r.acknowledged()),
                            2000.0 / (cpuUsed / 1e6 / Math.max(1, r.acknowledged()) + backendMillis / (double) Math.max(1, r.acknowledged()))))
                    .append(String.format("plain JDBC INSERT (single row, autocommit, %d connections, %d s): %.0f rows/s%n", plainThreads,
                            Math.min(seconds, 20), plain))
                    .append(String.format("ratio intake / plain insert: %.2f%n", rate / plain))
                    .append(String.format("target >= 1000 appeals/s with p99 <= 100 ms: %s%n",
                            rate >= 1000 && pct(lat, 0.99) <= 100 ? "met" : "NOT met"));
        } finally {
            app.close();
        }
        System.out.println(report);
        Files.createDirectories(Path.of("bench-results"));
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(Instant.now());
        Files.writeString(Path.of("bench-results", "appeal-intake-" + stamp + ".txt"), report.toString());
    }

    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "n/a";
        }
    }

    /** CPU ticks (user + system) of each PostgreSQL backend connected to the bench database, by pid, from /proc. */
    static Map<Long, Long> backendTicks(String url) throws Exception {
        Map<Long, Long> ticks = new HashMap<>();
        try (Connection c = DriverManager.getConnection(url, "postgres", "");
             PreparedStatement st = c.prepareStatement("SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                long pid = rs.getLong(1);
                try {
                    String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ticks.put(pid, Long.parseLong(f[11]) + Long.parseLong(f[12]));
                } catch (IOException | RuntimeException e) {
                    // a backend that ended meanwhile, or no /proc: left out
                }
            }
        }
        return ticks;
    }

    /** Milliseconds of CPU the database's backends used since {@code before} (clock ticks of 10 ms). */
    static long backendMillisSince(String url, Map<Long, Long> before) throws Exception {
        long ticks = 0;
        for (Map.Entry<Long, Long> e : backendTicks(url).entrySet()) {
            ticks += e.getValue() - before.getOrDefault(e.getKey(), 0L);
        }
        return ticks * 10;
    }

    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** [busy, total] jiffies of all CPUs from /proc/stat. */
    static long[] machineTicks() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < f.length; i++) {
                total += Long.parseLong(f[i]);
            }
            long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
            return new long[] {total - idle, total};
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 0};
        }
    }

    static double busyPercent(long[] before, long[] after) {
        long total = after[1] - before[1];
        return total == 0 ? 0 : 100.0 * (after[0] - before[0]) / total;
    }

    static long count(String url, String sql, String like) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "postgres", ""); PreparedStatement st = c.prepareStatement(sql)) {
            st.setString(1, like);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    record Result(long acknowledged, long errors, long[] latenciesMicros) {
    }

    static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1000.0;
    }

    static Result load(int port, String run, int seconds, int concurrency) throws Exception {
        AtomicLong seq = new AtomicLong();
        AtomicLong ok = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        List<long[]> perConnection = new ArrayList<>();
        List<int[]> counts = new ArrayList<>();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int t = 0; t < concurrency; t++) {
                long[] lat = new long[seconds * 4000];
                int[] n = new int[1];
                perConnection.add(lat);
                counts.add(n);
                pool.submit(() -> {
                    Mac mac = Mac.getInstance("HmacSHA256");
                    mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
                    Connection1 conn = null;
                    while (System.nanoTime() < end) {
                        long i = seq.incrementAndGet();
                        byte[] request = request(mac, port, run + "-" + i, i);
                        long start = System.nanoTime();
                        try {
                            if (conn == null) {
                                conn = new Connection1(port);
                            }
                            int status = conn.exchange(request);
                            if (conn.closing) {
                                conn.close();
                                conn = null;
                            }
                            if (status == 201) {
                                ok.incrementAndGet();
                            } else {
                                errors.incrementAndGet();
                            }
                        } catch (IOException e) {
                            errors.incrementAndGet();
                            if (conn != null) {
                                conn.close();
                            }
                            conn = null;
                        }
                        if (n[0] < lat.length) {
                            lat[n[0]++] = (System.nanoTime() - start) / 1000;
                        }
                    }
                    if (conn != null) {
                        conn.close();
                    }
                    return null;
                });
            }
        }
        int total = counts.stream().mapToInt(c -> c[0]).sum();
        long[] all = new long[total];
        int k = 0;
        for (int c = 0; c < perConnection.size(); c++) {
            System.arraycopy(perConnection.get(c), 0, all, k, counts.get(c)[0]);
            k += counts.get(c)[0];
        }
        return new Result(ok.get(), errors.get(), all);
    }

    static byte[] request(Mac mac, int port, String ticket, long i) {
        String body = "{\"ticketId\":\"" + ticket + "\",\"type\":\"CONSULTATION\",\"category\":\"GOV_SERVICES\","
                + "\"title\":\"咨询企业开办流程" + i + "\",\"content\":\"请问在乌鲁木齐开办有限公司需要哪些材料，多久办结？\","
                + "\"name\":\"市民" + (i % 1000) + "\",\"phone\":\"139" + (10_000_000 + i % 89_999_999) + "\",\"region\":\"650102\"}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        // signed as the hotline system signs: HMAC-SHA256 over timestamp, nonce and body (README, 12345 intake)
        String timestamp = Long.toString(System.currentTimeMillis() / 1000);
        String nonce = ticket.replaceAll("[^A-Za-z0-9_-]", "_") + "-" + Long.toHexString(System.nanoTime());
        nonce = nonce.length() < 16 ? (nonce + "________________").substring(0, 16) : nonce.substring(Math.max(0, nonce.length() - 64));
        mac.update((timestamp + "\n" + nonce + "\n").getBytes(StandardCharsets.UTF_8));
        String sig = HexFormat.of().formatHex(mac.doFinal(bytes));
        byte[] head = ("POST " + PATH + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Type: application/json\r\n"
                + "X-Timestamp: " + timestamp + "\r\nX-Nonce: " + nonce + "\r\n"
                + "X-Signature: " + sig + "\r\nContent-Length: " + bytes.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] out = Arrays.copyOf(head, head.length + bytes.length);
        System.arraycopy(bytes, 0, out, head.length, bytes.length);
        return out;
    }

    /** One keep-alive HTTP/1.1 connection: sends a request, reads the status and the whole response. */
    static final class Connection1 {
        private final Socket socket;
        private final OutputStream out;
        private final InputStream in;

        Connection1(int port) throws IOException {
            socket = new Socket("127.0.0.1", port);
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(30_000);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), 8192);
        }

        /** Set when the server said it closes the connection after this response (Tomcat does every 100 requests). */
        boolean closing;

        int exchange(byte[] request) throws IOException {
            out.write(request);
            out.flush();
            String statusLine = line();
            int status = Integer.parseInt(statusLine.substring(9, 12));
            int length = -1;
            boolean chunked = false;
            for (String h = line(); !h.isEmpty(); h = line()) {
                int colon = h.indexOf(':');
                String name = h.substring(0, colon).trim();
                if (name.equalsIgnoreCase("Content-Length")) {
                    length = Integer.parseInt(h.substring(colon + 1).trim());
                } else if (name.equalsIgnoreCase("Connection") && h.toLowerCase().contains("close")) {
                    closing = true;
                } else if (name.equalsIgnoreCase("Transfer-Encoding") && h.toLowerCase().contains("chunked")) {
                    chunked = true;
                }
            }
            if (chunked) {
                for (int size = Integer.parseInt(line().trim(), 16); size > 0; size = Integer.parseInt(line().trim(), 16)) {
                    skip(size);
                    line();
                }
                line();
            } else if (length > 0) {
                skip(length);
            }
            return status;
        }

        private void skip(int n) throws IOException {
            in.skipNBytes(n);
        }

        private String line() throws IOException {
            StringBuilder sb = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new IOException("connection closed");
                }
                if (c != '\r') {
                    sb.append((char) c);
                }
            }
            return sb.toString();
        }

        void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing after the run or a failed exchange
            }
        }
    }

    /** Plain single-row INSERTs with autocommit, one connection per thread: the database's own ceiling for comparison. */
    static double plainInserts(String url, int seconds, int threads) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement st = c.createStatement()) {
            st.execute("DROP TABLE IF EXISTS bench_plain_insert");
            st.execute("CREATE TABLE bench_plain_insert (id BIGSERIAL PRIMARY KEY, title TEXT, content TEXT, created_at TIMESTAMPTZ)");
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
