package cn.yingshang.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresPasswordTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("the embedded PostgreSQL refuses its superuser without the generated password, kept owner-readable next to the data")
    void superuserNeedsThePassword() throws Exception {
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root) {
            System.out.println("EMBEDDED POSTGRES TEST SKIPPED: PostgreSQL refuses to run as root");
        }
        Assumptions.assumeFalse(root, "SKIPPED: PostgreSQL refuses to run as root");
        Path data = dir.resolve("postgres");
        try {
            EmbeddedPostgres postgres = EmbeddedPostgresEnvironment.start(data, 0);
            Path passwordFile = EmbeddedPostgresEnvironment.passwordFile(data.toAbsolutePath());
            String password = Files.readString(passwordFile).strip();
            assertThat(password).hasSizeGreaterThanOrEqualTo(32);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile))).isEqualTo("rw-------");
            String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
            assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "")).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "wrong")).isInstanceOf(SQLException.class);
            try (Connection c = DriverManager.getConnection(url, "postgres", password)) {
                assertThat(c.isValid(2)).isTrue();
            }
        } finally {
            EmbeddedPostgresEnvironment.stop();
        }
    }
}
