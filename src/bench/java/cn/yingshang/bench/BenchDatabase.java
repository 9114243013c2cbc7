package cn.yingshang.bench;

import cn.yingshang.YingshangApplication;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The platform without its web server, on the database {@code yingshang_bench} of the local
 * PostgreSQL (or {@code YINGSHANG_BENCH_DB_URL}), for benchmarks that need the real schema and beans.
 */
public final class BenchDatabase {

    private BenchDatabase() {
    }

    public static String url() throws Exception {
        String url = System.getenv("YINGSHANG_BENCH_DB_URL");
        if (url != null) {
            return url;
        }
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
             Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT 1 FROM pg_database WHERE datname = 'yingshang_bench'")) {
                if (!rs.next()) {
                    st.execute("CREATE DATABASE yingshang_bench");
                }
            }
        }
        return "jdbc:postgresql://127.0.0.1:5432/yingshang_bench";
    }

    /**
     * Starts the platform (no demo data unless asked) and returns its context. It runs as a servlet
     * application on a random local port: since Dec 2026 platform beans such as SecuritySettings need the
     * web layer, so a non-web context no longer starts; the port is never used by the drivers.
     */
    public static ConfigurableApplicationContext start(String... extraArgs) throws Exception {
        String[] base = {"--spring.datasource.url=" + url(), "--spring.datasource.username=postgres",
                "--spring.datasource.password=", "--yingshang.demo.enabled=false", "--logging.level.root=WARN", "--server.port=0", "--server.address=127.0.0.1"};
        String[] args = new String[base.length + extraArgs.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extraArgs, 0, args, base.length, extraArgs.length);
        return new SpringApplicationBuilder(YingshangApplication.class).web(WebApplicationType.SERVLET).run(args);
    }
}
