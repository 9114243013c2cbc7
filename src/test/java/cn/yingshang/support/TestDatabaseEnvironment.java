package cn.yingshang.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Tests talk to a real PostgreSQL: {@code YINGSHANG_TEST_DB_URL} when set, else the server on
 * 127.0.0.1:5432 (user postgres, trust auth) with a database of its own, else the embedded one.
 */
public class TestDatabaseEnvironment implements EnvironmentPostProcessor, Ordered {

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 10;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty("spring.datasource.url")) {
            return; // a benchmark (or a caller) chose its database explicitly
        }
        String url = System.getenv("YINGSHANG_TEST_DB_URL");
        if (url == null && localServerAnswers()) {
            String database = System.getenv().getOrDefault("YINGSHANG_TEST_DB", "yingshang_test");
            recreateOncePerRun(database);
            url = "jdbc:postgresql://127.0.0.1:5432/" + database;
        }
        if (url != null) {
            environment.getPropertySources().addFirst(new MapPropertySource("testDatabase", Map.of(
                    "spring.datasource.url", url,
                    "spring.datasource.username", System.getenv().getOrDefault("YINGSHANG_TEST_DB_USER", "postgres"),
                    "spring.datasource.password", System.getenv().getOrDefault("YINGSHANG_TEST_DB_PASSWORD", ""))));
        }
    }

    private static boolean localServerAnswers() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 5432), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean prepared;

    /**
     * Each test run starts from an empty database, so results never depend on what earlier runs
     * (or benchmarks) left behind. YINGSHANG_TEST_DB_KEEP=true keeps it between runs.
     */
    private static synchronized void recreateOncePerRun(String database) {
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("YINGSHANG_TEST_DB must be a plain lower-case name: " + database);
        }
        if (prepared) {
            return;
        }
        prepared = true;
        boolean keep = "true".equalsIgnoreCase(System.getenv("YINGSHANG_TEST_DB_KEEP"));
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
             Statement st = c.createStatement()) {
            boolean exists;
            try (ResultSet rs = st.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
                exists = rs.next();
            }
            if (exists && keep) {
                return;
            }
            if (exists) {
                st.execute("DROP DATABASE " + database + " WITH (FORCE)");
            }
            st.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            if (!"42P04".equals(e.getSQLState())) {
                throw new IllegalStateException("Cannot prepare test database " + database + ": " + e.getMessage(), e);
            }
        }
    }
}
