package cn.yingshang.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Crash test (issue 19), outside the test run. Starts a PostgreSQL of its own (initdb into a temporary
 * directory, port 25432, run as the {@code postgres} OS user because PostgreSQL refuses root) and two
 * platform nodes as separate JVMs on it, started together on the empty database (so demo seeding races).
 * Signed 12345 tickets are posted round-robin to the live nodes; a failed ticket is retried with the
 * same ticket id (the hotline API is idempotent by ticket) on the next node, as the hotline system does.
 * <p>
 * Phase 1 (crash): {@code kill -9} of node A after 15 s, {@code pg_ctl restart} of the database after
 * 30 s, load until 60 s. Phase 2 (hang): the database's processes are stopped with SIGSTOP for 10 s,
 * then continued; node B's resident memory is sampled every second and every answer's latency kept.
 * Afterwards each acknowledged ticket must be stored exactly once.
 * <p>
 * Run: {@code ./mvnw -Pbench -DskipTests test-compile exec:exec@driver -Ddriver.class=cn.yingshang.bench.CrashDriver}
 * Writes bench-results/reliability-&lt;time&gt;.txt.
 */
public final class CrashDriver {

    static final String SECRET = "dev-12345-shared-secret";
    static final int PG_PORT = 25432;
    static final String DB = "jdbc:postgresql://127.0.0.1:" + PG_PORT + "/postgres";
    static final int CLIENTS = 8;

    record Node(String name, int port, Process process) {
    }

    static final class Tally {
        final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
        final ConcurrentLinkedQueue<long[]> answers = new ConcurrentLinkedQueue<>(); // {nanoTime, latencyMs, status}
        final AtomicLong lastAck = new AtomicLong(System.nanoTime());
        final AtomicLong longestGapMs = new AtomicLong();

        void error(String kind) {
            errors.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
        }

        void ack(String ticket) {
            acknowledged.add(ticket);
            long now = System.nanoTime();
            long gap = (now - lastAck.getAndSet(now)) / 1_000_000;
            longestGapMs.accumulateAndGet(gap, Math::max);
        }
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("yingshang-crash-pg");
        StringBuilder report = new StringBuilder();
        List<Node> nodes = new ArrayList<>();
        try {
            startDatabase(dir);
            String run = "CR" + System.currentTimeMillis();
            long bootStart = System.nanoTime();
            nodes.add(startNode("A", 18181));
            nodes.add(startNode("B", 18182));
            for (Node n : nodes) {
                awaitReady(n, Duration.ofMinutes(8));
            }
            // readiness answered 200 while start-up seeding still ran on a node (seen in the first run):
            // wait until each node has finished all its start-up jobs
            awaitSeeded(Duration.ofMinutes(8));
            report.append(String.format("two nodes started together on an empty database, ready after %d s%n",
                    (System.nanoTime() - bootStart) / 1_000_000_000));
            report.append("seeded once: ").append(query("SELECT 'admin accounts ' || count(*) FROM platform_account WHERE username = 'admin'"))
                    .append(", ").append(query("SELECT 'department codes duplicated ' || (count(*) - count(DISTINCT code)) FROM platform_department"))
                    .append(", ").append(query("SELECT 'catalogue versions ' || count(*) FROM catalogue_version")).append('\n');

            // phase 1: kill -9 of node A at 15 s, database restart at 30 s, until 60 s
            Tally crash = new Tally();
            AtomicBoolean running = new AtomicBoolean(true);
            Set<Node> live = ConcurrentHashMap.newKeySet();
            live.addAll(nodes);
            List<Thread> clients = load(run + "-c", crash, running, live);
            Thread.sleep(15_000);
            nodes.getFirst().process().destroyForcibly(); // SIGKILL
            live.remove(nodes.getFirst());
            long killedAt = System.nanoTime();
            Thread.sleep(15_000);
            long restartStart = System.nanoTime();
            pgCtl(dir, "restart", "-m", "fast", "-w", "-l", dir.resolve("postgres.log").toString());
            long restartMs = (System.nanoTime() - restartStart) / 1_000_000;
            Thread.sleep(30_000);
            running.set(false);
            for (Thread t : clients) {
                t.join();
            }
            report.append(summary("Phase 1: kill -9 of node A at 15 s, PostgreSQL restart (pg_ctl restart -m fast, "
                    + restartMs + " ms) at 30 s, 60 s of load", run + "-c", crash, killedAt));

            // phase 2: a 10-second database hang (SIGSTOP of every PostgreSQL process) under load on node B
            Tally hang = new Tally();
            running.set(true);
            Node b = nodes.get(1);
            List<Long> rss = new ArrayList<>();
            clients = load(run + "-h", hang, running, live);
            long rssBefore = sampleRss(b, rss, 10);
            List<Long> pids = postgresPids(dir);
            long stopAt = System.nanoTime();
            signal("STOP", pids);
            long rssDuring = sampleRss(b, rss, 10);
            signal("CONT", pids);
            long contAt = System.nanoTime();
            long rssAfter = sampleRss(b, rss, 10);
            running.set(false);
            for (Thread t : clients) {
                t.join();
            }
            long during503 = hang.answers.stream().filter(a -> a[0] >= stopAt && a[0] <= contAt + 2_000_000_000L && a[2] == 503).count();
            long maxLatencyDuring = hang.answers.stream().filter(a -> a[0] >= stopAt && a[0] <= contAt + 15_000_000_000L)
                    .mapToLong(a -> a[1]).max().orElse(0);
            report.append(summary("Phase 2: PostgreSQL stopped (SIGSTOP) for 10 s under load on node B", run + "-h", hang, stopAt));
            report.append(String.format("  node B resident memory, max MB: before %d, during the hang %d, after %d%n",
                    rssBefore / 1024, rssDuring / 1024, rssAfter / 1024));
            report.append(String.format("  answers 503 (Retry-After) while the database was stopped: %d; slowest answer in the hang window: %d ms "
                    + "(intake wait-timeout 5 s, client timeout 30 s)%n", during503, maxLatencyDuring));
        } finally {
            for (Node n : nodes) {
                n.process().destroy();
                n.process().waitFor();
            }
            try {
                pgCtl(dir, "stop", "-m", "fast", "-w");
            } catch (RuntimeException e) {
                System.err.println("stopping the crash-test PostgreSQL: " + e.getMessage());
            }
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmm"));
        Path out = Path.of("bench-results", "reliability-" + stamp + ".txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString());
        System.out.println(report);
        System.out.println("written to " + out);
    }

    static String summary(String title, String prefix, Tally t, long eventAt) throws Exception {
        Map<String, Long> stored = new HashMap<>();
        try (Connection c = DriverManager.getConnection(DB, "postgres", "");
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT external_ticket, count(*) FROM appeal WHERE external_ticket LIKE '" + prefix
                     + "-%' GROUP BY external_ticket")) {
            while (rs.next()) {
                stored.put(rs.getString(1), rs.getLong(2));
            }
        }
        long lost = t.acknowledged.stream().filter(k -> !stored.containsKey(k)).count();
        long twice = stored.values().stream().filter(n -> n > 1).count();
        long storedUnacknowledged = stored.keySet().stream().filter(k -> !t.acknowledged.contains(k)).count();
        return String.format("%s%n  acknowledged %d, stored %d (acknowledged but not stored %d, stored more than once %d, "
                        + "stored without acknowledgement %d)%n  errors by kind %s%n  longest time without any acknowledgement %d ms%n",
                title, t.acknowledged.size(), stored.size(), lost, twice, storedUnacknowledged, t.errors, t.longestGapMs.get());
    }

    /** Closed-loop clients: each posts its next ticket when the previous one is acknowledged; a failure retries the same ticket elsewhere. */
    static List<Thread> load(String prefix, Tally tally, AtomicBoolean running, Set<Node> live) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        List<Thread> threads = new ArrayList<>();
        tally.lastAck.set(System.nanoTime());
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            threads.add(Thread.ofVirtual().start(() -> {
                Mac mac = mac();
                long i = 0;
                int attempt = 0;
                String ticket = prefix + "-" + client + "-" + i;
                while (running.get()) {
                    List<Node> nodes = new ArrayList<>(live);
                    nodes.sort(java.util.Comparator.comparing(Node::name));
                    if (nodes.isEmpty()) {
                        return;
                    }
                    Node node = nodes.get((int) ((client + attempt) % nodes.size()));
                    long started = System.nanoTime();
                    int status;
                    try {
                        status = post(http, mac, node.port(), ticket, i);
                    } catch (IOException e) {
                        status = -1;
                        tally.error("connection: " + e.getClass().getSimpleName());
                    } catch (InterruptedException e) {
                        return;
                    }
                    tally.answers.add(new long[]{started, (System.nanoTime() - started) / 1_000_000, status});
                    if (status == 200 || status == 201) {
                        tally.ack(ticket);
                        i++;
                        attempt = 0;
                        ticket = prefix + "-" + client + "-" + i;
                    } else {
                        if (status > 0) {
                            tally.error("HTTP " + status);
                        }
                        attempt++;
                        try {
                            Thread.sleep(200);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                }
            }));
        }
        return threads;
    }

    static int post(HttpClient http, Mac mac, int port, String ticket, long i) throws IOException, InterruptedException {
        String body = "{\"ticketId\":\"" + ticket + "\",\"type\":\"CONSULTATION\",\"category\":\"GOV_SERVICES\","
                + "\"title\":\"崩溃测试" + i + "\",\"content\":\"请问在乌鲁木齐开办有限公司需要哪些材料？\","
                + "\"name\":\"市民" + (i % 1000) + "\",\"phone\":\"139" + (10_000_000 + i % 89_999_999) + "\",\"region\":\"650102\"}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/public/appeals/hotline"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .header("X-Signature", HexFormat.of().formatHex(mac.doFinal(bytes)))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    static Mac mac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac;
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static Node startNode(String name, int port) throws IOException {
        Path log = Path.of("target", "crash-node-" + name + ".log");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx700m",
                "-cp", System.getProperty("java.class.path"), "cn.yingshang.YingshangApplication",
                "--server.port=" + port, "--spring.datasource.url=" + DB, "--spring.datasource.username=postgres",
                "--spring.datasource.password=", "--yingshang.node.name=" + name, "--yingshang.demo.entities=300",
                "--yingshang.appeal.intake.wait-timeout=PT5S", "--spring.datasource.hikari.connection-timeout=5000")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new Node(name, port, p);
    }

    static void awaitReady(Node node, Duration limit) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long until = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < until) {
            if (!node.process().isAlive()) {
                throw new IllegalStateException("node " + node.name() + " exited; see target/crash-node-" + node.name() + ".log");
            }
            try {
                int status = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.port() + "/actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("node " + node.name() + " not ready within " + limit);
    }

    static final int START_UP_JOBS = 11;

    static void awaitSeeded(Duration limit) throws Exception {
        long until = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < until) {
            String done = query("SELECT count(*) FILTER (WHERE node = 'A') || ',' || count(*) FILTER (WHERE node = 'B') || ',' "
                    + "|| count(*) FILTER (WHERE finished_at IS NULL) FROM platform_job_run WHERE job = 'start-up'");
            String[] f = done.split(",");
            if (Integer.parseInt(f[0]) >= START_UP_JOBS && Integer.parseInt(f[1]) >= START_UP_JOBS && f[2].equals("0")) {
                return;
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("start-up jobs not finished within " + limit);
    }

    /** The highest resident set size of the node's JVM (kB) over {@code seconds} one-second samples. */
    static long sampleRss(Node node, List<Long> all, int seconds) throws Exception {
        long max = 0;
        for (int s = 0; s < seconds; s++) {
            if (!node.process().isAlive()) {
                throw new IllegalStateException("node " + node.name() + " died; see target/crash-node-" + node.name() + ".log");
            }
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(node.process().pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                    all.add(kb);
                    max = Math.max(max, kb);
                }
            }
            Thread.sleep(1000);
        }
        return max;
    }

    static String query(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(DB, "postgres", "");
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    // ---- the test's own PostgreSQL (never the shared server on 5432) ----

    static void startDatabase(Path dir) throws Exception {
        run("chown", "postgres", dir.toString());
        run("runuser", "-u", "postgres", "--", "initdb", "-D", dir.resolve("data").toString(), "-A", "trust", "-U", "postgres",
                "--no-sync");
        pgCtl(dir, "start", "-w", "-o", "-p " + PG_PORT + " -c max_connections=100 -c listen_addresses=127.0.0.1",
                "-l", dir.resolve("postgres.log").toString());
    }

    static void pgCtl(Path dir, String... args) {
        List<String> command = new ArrayList<>(List.of("runuser", "-u", "postgres", "--", "pg_ctl", "-D", dir.resolve("data").toString()));
        command.addAll(List.of(args));
        run(command.toArray(String[]::new));
    }

    /** The postmaster (first line of postmaster.pid) and its children, by process id. */
    static List<Long> postgresPids(Path dir) throws Exception {
        long postmaster = Long.parseLong(Files.readAllLines(dir.resolve("data").resolve("postmaster.pid")).getFirst().strip());
        List<Long> pids = new ArrayList<>(List.of(postmaster));
        ProcessHandle.of(postmaster).ifPresent(h -> h.children().forEach(ch -> pids.add(ch.pid())));
        return pids;
    }

    static void signal(String signal, List<Long> pids) {
        List<String> command = new ArrayList<>(List.of("kill", "-" + signal));
        pids.forEach(p -> command.add(Long.toString(p)));
        run(command.toArray(String[]::new));
    }

    static void run(String... command) {
        try {
            // output to a file, not a pipe: a server started by the command inherits it and would hold a pipe open
            Path output = Files.createTempFile("crash-driver-command", ".log");
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            int exit = p.waitFor();
            String out = Files.readString(output);
            Files.deleteIfExists(output);
            if (exit != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
