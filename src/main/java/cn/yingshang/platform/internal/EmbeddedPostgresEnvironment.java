package cn.yingshang.platform.internal;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Starts an embedded PostgreSQL when no {@code spring.datasource.url} is configured, so a fresh
 * clone runs with nothing installed. Its data stays under {@code ./data/postgres} across restarts.
 * Production sets {@code spring.datasource.*} and this does nothing.
 */
public class EmbeddedPostgresEnvironment implements EnvironmentPostProcessor, Ordered {

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    private static EmbeddedPostgres running;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))
                || !environment.getProperty("yingshang.embedded-db.enabled", Boolean.class, true)) {
            return;
        }
        Path dataDir = Path.of(environment.getProperty("yingshang.embedded-db.data-dir", "data/postgres"));
        int port = environment.getProperty("yingshang.embedded-db.port", Integer.class, 15432);
        EmbeddedPostgres postgres = start(dataDir, port);
        environment.getPropertySources().addFirst(new MapPropertySource("embeddedPostgres", Map.of(
                "spring.datasource.url", "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres",
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "")));
    }

    private static synchronized EmbeddedPostgres start(Path dataDir, int port) {
        if (running != null) {
            return running;
        }
        try {
            Files.createDirectories(dataDir.getParent() == null ? Path.of(".") : dataDir.getParent());
            running = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("shared_buffers", "256MB")
                    .start();
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

    private static synchronized void stop() {
        try {
            if (running != null) {
                running.close();
            }
        } catch (IOException ignored) {
            // the JVM is exiting; the server stops with it
        }
    }
}
