package cn.yingshang.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.YingshangApplication;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * MLPS level 3 asks for backup and restore, and a restore nobody has tried is a hope. This drill
 * backs up the running test platform's database with ops/backup.sh (pg_dump of one exported snapshot),
 * restores it with ops/restore.sh into a new empty database, compares every table (row count and a
 * checksum over all rows) with the snapshot, verifies the audit chain on the copy, and starts the
 * platform on the copy as production would (no demo profile, keys given), which also shows that the
 * API documentation needs a login there.
 */
@PlatformTest
class RestoreDrillTest {

    /** Tables named in the report; every other table is compared too. */
    static final List<String> NAMED = List.of("appeal", "appeal_attachment", "appeal_event", "policy_application_material",
            "credit_record", "inspection_task", "arrears_claim", "platform_audit_log", "platform_audit_chain", "platform_audit_anchor");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Environment environment;
    @Autowired
    AuditChain chain;

    record Checksum(long rows, String md5) {
    }

    @Test
    @DisplayName("issue 19 restore drill: pg_dump backup → restore into an empty database → same rows, intact audit chain, platform starts on it")
    void backupRestoresIntoAnEmptyDatabase() throws Exception {
        Path bin = postgresBin();
        if (bin == null) {
            System.out.println("RESTORE DRILL SKIPPED: no pg_dump/pg_restore found in /usr/lib/postgresql/*/bin or on PATH");
        }
        Assumptions.assumeTrue(bin != null, "RESTORE DRILL SKIPPED: no pg_dump/pg_restore found");
        String url = environment.getProperty("spring.datasource.url");
        String user = environment.getProperty("spring.datasource.username", "postgres");
        String password = environment.getProperty("spring.datasource.password", "");
        Assumptions.assumeTrue(url != null && url.matches("jdbc:postgresql://[^/]+/[a-z0-9_]+"), "RESTORE DRILL SKIPPED: not a plain PostgreSQL URL: " + url);
        String database = url.substring(url.lastIndexOf('/') + 1);
        String server = url.substring(0, url.lastIndexOf('/') + 1);
        String restoredDatabase = database + "_restored";

        // a small data set that holds every kind of thing: an attachment, sealed and queued audit entries
        long appealId = jdbc.sql("SELECT min(id) FROM appeal").query(Long.class).single();
        jdbc.sql("INSERT INTO appeal_attachment (appeal_id, filename, content_type, size_bytes, data) VALUES (:a, 'drill.pdf', 'application/pdf', 4, :d)")
                .param("a", appealId).param("d", new byte[] {'%', 'P', 'D', 'F'}).update();
        chain.seal();
        jdbc.sql("INSERT INTO platform_audit_log (occurred_at, actor, action, target_type, target_id) VALUES (now(), 'drill', 'test.drill', 'Test', 'queued')")
                .update();

        Path dir = Files.createTempDirectory("yingshang-backup");
        Map<String, Checksum> expected;
        Path dump;
        try (Connection source = DriverManager.getConnection(url, user, password)) {
            source.setAutoCommit(false);
            source.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            String snapshot = single(source, "SELECT pg_export_snapshot()");
            expected = checksums(source);
            String output = run(Map.of("PG_BIN", bin.toString(), "PG_DUMP_OPTS", "--snapshot=" + snapshot, "PGPASSWORD", password),
                    "ops/backup.sh", libpq(server, user) + database, dir.toString());
            dump = Path.of(output.strip().lines().reduce((a, b) -> b).orElseThrow());
            source.commit();
        }
        assertThat(dump).exists();
        assertThat(Path.of(dump + ".sha256")).exists();

        try (Connection admin = DriverManager.getConnection(server + "postgres", user, password); Statement st = admin.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + restoredDatabase + " WITH (FORCE)");
            st.execute("CREATE DATABASE " + restoredDatabase);
        }
        try {
            run(Map.of("PG_BIN", bin.toString(), "PGPASSWORD", password), "ops/restore.sh", dump.toString(), libpq(server, user) + restoredDatabase);

            Map<String, Checksum> restored;
            AuditChainVerification.Result verification;
            try (Connection copy = DriverManager.getConnection(server + restoredDatabase, user, password)) {
                copy.setAutoCommit(false);
                restored = checksums(copy);
                copy.commit();
                verification = AuditChainVerification.verify(copy);
            }
            assertThat(restored).isEqualTo(expected);
            for (String table : List.of("appeal", "appeal_attachment", "credit_record", "platform_audit_log", "platform_audit_chain")) {
                assertThat(expected.get(table).rows()).as(table + " rows in the drill's data set").isPositive();
            }
            assertThat(verification.intact()).as(verification.summary()).isTrue();
            assertThat(verification.sealed()).isEqualTo(expected.get("platform_audit_chain").rows());

            List<String> report = new ArrayList<>();
            report.add("RESTORE DRILL: " + dump.getFileName() + " (" + Files.size(dump) + " bytes) restored into " + restoredDatabase);
            for (String table : NAMED) {
                Checksum c = expected.get(table);
                if (c != null) {
                    report.add(String.format("  %-28s %6d rows  md5 %s  identical", table, c.rows(), c.md5()));
                }
            }
            report.add("  all " + expected.size() + " tables identical (row count and md5 over every row)");
            report.add("  audit chain on the copy: " + verification.summary());

            try (ConfigurableApplicationContext platform = new SpringApplicationBuilder(YingshangApplication.class).run(
                    "--spring.profiles.active=production", "--server.port=0",
                    // the drill talks plain HTTP, where the client holds back a Secure session cookie
                    "--yingshang.security.cookies.secure=when-https",
                    "--spring.datasource.url=" + server + restoredDatabase, "--spring.datasource.username=" + user,
                    "--spring.datasource.password=" + password,
                    "--yingshang.appeal.identity-keys.v1=" + environment.getProperty("yingshang.appeal.identity-keys.v1"),
                    "--yingshang.appeal.identity-key-current=v1",
                    "--yingshang.appeal.requester-hash-key=" + environment.getProperty("yingshang.appeal.requester-hash-key"),
                    "--yingshang.appeal.hotline-secret=" + "restore-drill-".repeat(3))) {
                int port = Integer.parseInt(platform.getEnvironment().getProperty("local.server.port"));
                JdbcClient restoredJdbc = platform.getBean(JdbcClient.class);
                assertThat(restoredJdbc.sql("SELECT count(*) FROM flyway_schema_history WHERE NOT success").query(Long.class).single()).isZero();
                assertThat(restoredJdbc.sql("SELECT count(*) FROM appeal").query(Long.class).single()).isEqualTo(expected.get("appeal").rows());

                // outside the demo profile the API documentation is behind the login
                WebUser.Response anonymous = WebUser.anonymous(port).get("/v3/api-docs");
                assertThat(anonymous.uri().getPath()).isEqualTo("/login");
                assertThat(anonymous.body()).doesNotContain("\"openapi\"");
                // outside the demo profile the demo password fails the policy, so the sign-in goes through the
                // forced password change first (written to the restored copy, which is dropped below)
                WebUser enterprise = WebUser.demo(port, "enterprise1");
                assertThat(enterprise.get("/enterprise").uri().getPath()).isEqualTo("/account/password");
                enterprise.refreshCsrf();
                enterprise.postForm("/account/password", Map.of("current", "Demo@2025",
                        "password", "Restore#Drill2025", "confirmation", "Restore#Drill2025"));
                assertThat(enterprise.get("/v3/api-docs").body()).contains("\"openapi\"");
                assertThat(enterprise.get("/enterprise").status()).isEqualTo(200);
                report.add("  platform started on the copy without the demo profile: Flyway validated, "
                        + "sign-in works, API docs need a login");
            }
            report.forEach(System.out::println);
        } finally {
            try (Connection admin = DriverManager.getConnection(server + "postgres", user, password); Statement st = admin.createStatement()) {
                st.execute("DROP DATABASE IF EXISTS " + restoredDatabase + " WITH (FORCE)");
            }
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Row count and an order-independent md5 over every row's text, for every table of the schema. */
    static Map<String, Checksum> checksums(Connection c) throws Exception {
        List<String> tables = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        Map<String, Checksum> sums = new LinkedHashMap<>();
        for (String table : tables) {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*), coalesce(md5(string_agg(md5(t::text), ',' "
                    + "ORDER BY md5(t::text))), '') FROM \"" + table + "\" t")) {
                rs.next();
                sums.put(table, new Checksum(rs.getLong(1), rs.getString(2)));
            }
        }
        return sums;
    }

    static String single(Connection c, String sql) throws Exception {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** jdbc:postgresql://host:port/ → postgresql://user@host:port/ for pg_dump and pg_restore. */
    static String libpq(String jdbcServer, String user) {
        return jdbcServer.replace("jdbc:postgresql://", "postgresql://" + user + "@");
    }

    static String run(Map<String, String> env, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(String.join(" ", command) + "\n" + output).isZero();
        return output;
    }

    /** The newest PostgreSQL client tools installed, as Debian places them, or those on the PATH. */
    static Path postgresBin() throws Exception {
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                var newest = versions.map(v -> v.resolve("bin"))
                        .filter(b -> Files.isExecutable(b.resolve("pg_dump")) && Files.isExecutable(b.resolve("pg_restore")))
                        .max(Comparator.comparing(b -> Integer.parseInt(b.getParent().getFileName().toString().replaceAll("\\D", "0"))));
                if (newest.isPresent()) {
                    return newest.get();
                }
            }
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "pg_dump")) && Files.isExecutable(Path.of(dir, "pg_restore"))) {
                return Path.of(dir);
            }
        }
        return null;
    }
}
