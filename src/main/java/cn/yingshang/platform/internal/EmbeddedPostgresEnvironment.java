package cn.yingshang.platform.internal;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Starts an embedded PostgreSQL in the {@code demo} profile ({@code yingshang.embedded-db.enabled})
 * when no {@code spring.datasource.url} is configured, so a fresh clone runs with nothing installed.
 * Its data stays under {@code ./data/postgres} across restarts. Production sets
 * {@code spring.datasource.*} and this does nothing.
 *
 * <p>The superuser has a generated password, kept next to the data directory in
 * {@code <data-dir>.password} (readable by the owner only), and every connection must present it
 * (scram-sha-256 in pg_hba.conf): the database listens on a TCP port, and "trust" would let any
 * local process read every requester's appeal. Data directories created before this are converted on
 * their next start.
 */
public class EmbeddedPostgresEnvironment implements EnvironmentPostProcessor, Ordered {

    static final String SUPERUSER = "postgres";

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    private static EmbeddedPostgres running;
    private static String runningPassword;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))
                || !environment.getProperty("yingshang.embedded-db.enabled", Boolean.class, false)) {
            return;
        }
        Path dataDir = Path.of(environment.getProperty("yingshang.embedded-db.data-dir", "data/postgres"));
        int port = environment.getProperty("yingshang.embedded-db.port", Integer.class, 15432);
        EmbeddedPostgres postgres = start(dataDir, port);
        environment.getPropertySources().addFirst(new MapPropertySource("embeddedPostgres", Map.of(
                "spring.datasource.url", "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres",
                "spring.datasource.username", SUPERUSER,
                "spring.datasource.password", runningPassword)));
    }

    static synchronized EmbeddedPostgres start(Path dataDir, int port) {
        if (running != null) {
            return running;
        }
        try {
            Path absolute = dataDir.toAbsolutePath();
            Files.createDirectories(absolute.getParent());
            String password = passwordFor(absolute);
            Path passwordFile = passwordFile(absolute);
            running = EmbeddedPostgres.builder()
                    .setDataDirectory(absolute)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("shared_buffers", "256MB")
                    .setServerConfig("password_encryption", "scram-sha-256")
                    // initdb (new data directories only): the superuser gets the password, trust is off
                    .setLocaleConfig("pwfile", passwordFile.toString())
                    .setLocaleConfig("auth", "scram-sha-256")
                    .setConnectConfig("password", password)
                    .start();
            runningPassword = password;
            requirePassword(running, absolute, password);
            // Not a JVM shutdown hook of our own: those run alongside Spring's, so the database stopped
            // while the application was still draining requests and intake (a dead pool, 30 s of errors).
            // Spring Boot runs its shutdown handlers after every application context has closed.
            SpringApplication.getShutdownHandlers().add(EmbeddedPostgresEnvironment::stop);
            return running;
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start in " + dataDir.toAbsolutePath()
                    + " (PostgreSQL refuses to run as root: run as an ordinary user, or set spring.datasource.url)", e);
        }
    }

    static Path passwordFile(Path dataDir) {
        return dataDir.resolveSibling(dataDir.getFileName() + ".password");
    }

    /** The stored password, or a new random one written with owner-only permissions. */
    private static String passwordFor(Path dataDir) throws IOException {
        Path file = passwordFile(dataDir);
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String password = HexFormat.of().formatHex(random);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file); // Windows: the user profile's ACL protects it
        }
        Files.writeString(file, password + "\n", StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
        return password;
    }

    /**
     * A data directory from an earlier version still trusts everyone: give the superuser the
     * password, replace pg_hba.conf with password-only rules and reload.
     */
    private static void requirePassword(EmbeddedPostgres postgres, Path dataDir, String password) throws IOException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            boolean trusting;
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_hba_file_rules WHERE auth_method = 'trust'")) {
                rs.next();
                trusting = rs.getLong(1) > 0;
            }
            if (!trusting) {
                return;
            }
            st.execute("ALTER ROLE " + SUPERUSER + " PASSWORD '" + password.replace("'", "''") + "'");
            Files.writeString(dataDir.resolve("pg_hba.conf"), """
                    # written by Yingshang: every connection proves the password (see <data-dir>.password)
                    local   all   all                  scram-sha-256
                    host    all   all   127.0.0.1/32   scram-sha-256
                    host    all   all   ::1/128        scram-sha-256
                    local   replication   all                  scram-sha-256
                    host    replication   all   127.0.0.1/32   scram-sha-256
                    host    replication   all   ::1/128        scram-sha-256
                    """, StandardCharsets.UTF_8);
            st.execute("SELECT pg_reload_conf()");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not require a password on the embedded PostgreSQL: " + e.getMessage(), e);
        }
    }

    static synchronized void stop() {
        try {
            if (running != null) {
                running.close();
                running = null;
            }
        } catch (IOException ignored) {
            // the JVM is exiting; the server stops with it
        }
    }
}
