package cn.yingshang.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yingshang.platform.AuditLog;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** 等保三级 audit protection: the log is append-only and every change made past the application shows. */
@PlatformTest
class AuditChainTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditLog audit;
    @Autowired
    AuditChain chain;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    Environment environment;
    @Autowired
    javax.sql.DataSource dataSource;

    /** As a database superuser who switches the triggers off: what an intruder with the keys to the server could do. */
    void asSuperuserWithoutTriggers(String sql, Map<String, ?> params) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.sql("SET LOCAL session_replication_role = replica").update();
            jdbc.sql(sql).params(params).update();
        });
    }

    long record(String note) {
        String target = "chain-test-" + UUID.randomUUID();
        audit.record("test.chain", "Test", target, null, Map.of("note", note));
        return jdbc.sql("SELECT id FROM platform_audit_log WHERE target_id = :t").param("t", target).query(Long.class).single();
    }

    long recordAndSeal(String note) {
        long id = record(note);
        chain.seal();
        return id;
    }

    Map<String, Object> saved(String table, String column, long id) {
        return new HashMap<>(jdbc.sql("SELECT * FROM " + table + " WHERE " + column + " = :id").param("id", id).query().singleRow());
    }

    void restoreEntry(Map<String, Object> row) {
        Map<String, Object> params = new HashMap<>(row);
        params.put("before", row.get("before") == null ? null : row.get("before").toString());
        params.put("after", row.get("after") == null ? null : row.get("after").toString());
        asSuperuserWithoutTriggers("""
                INSERT INTO platform_audit_log (id, occurred_at, actor, action, target_type, target_id, before, after)
                VALUES (:id, :occurred_at, :actor, :action, :target_type, :target_id, CAST(:before AS jsonb), CAST(:after AS jsonb))""",
                params);
    }

    @Test
    @DisplayName("every audit entry is sealed into the SM3 chain and the chain verifies intact, anchors included")
    void sealedChainVerifiesIntact() {
        long id = recordAndSeal("intact");
        chain.anchorToday();
        assertThat(chain.anchors(1)).isNotEmpty();
        AuditChainVerification.Result result = chain.sealAndVerify();
        assertThat(result.intact()).as(result.summary()).isTrue();
        assertThat(result.anchors()).isPositive();
        assertThat(jdbc.sql("SELECT count(*) FROM platform_audit_chain WHERE entry_id = :id").param("id", id).query(Long.class).single())
                .isEqualTo(1);
        assertThat(WebUser.demo(port, "office").get("/workbench/audit/chain").body())
                .contains("data-intact=\"true\"").contains("哈希链完整");
    }

    @Test
    @DisplayName("audit entries altered in the database (triggers disabled) are reported at the first broken entry, on the page and by the command")
    void alteredEntryIsReported() {
        long first = recordAndSeal("first");
        long second = recordAndSeal("second");
        Map<String, Object> originalFirst = saved("platform_audit_log", "id", first);
        Map<String, Object> originalSecond = saved("platform_audit_log", "id", second);
        try {
            asSuperuserWithoutTriggers("UPDATE platform_audit_log SET after = '{\"note\": \"forged\"}' WHERE id = :id", Map.of("id", second));
            asSuperuserWithoutTriggers("UPDATE platform_audit_log SET actor = 'mallory' WHERE id = :id", Map.of("id", first));
            AuditChainVerification.Result result = chain.sealAndVerify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBreak().kind()).isEqualTo(AuditChainVerification.Kind.ENTRY_ALTERED);
            assertThat(result.firstBreak().entryId()).isEqualTo(first);

            String page = WebUser.demo(port, "office").get("/workbench/audit/chain").body();
            assertThat(page).contains("data-intact=\"false\"").contains("data-entry=\"" + first + "\"")
                    .contains("第" + first + "号日志在封存后被修改");

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int exit = AuditChainVerifier.run(new String[] {environment.getProperty("spring.datasource.url"),
                    environment.getProperty("spring.datasource.username")}, new PrintStream(out, true, StandardCharsets.UTF_8));
            assertThat(exit).isEqualTo(1);
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("BROKEN").contains("audit entry " + first + " was altered");
        } finally {
            asSuperuserWithoutTriggers("DELETE FROM platform_audit_log WHERE id IN (:a, :b)", Map.of("a", first, "b", second));
            restoreEntry(originalFirst);
            restoreEntry(originalSecond);
        }
        AuditChainVerification.Result repaired = chain.sealAndVerify();
        assertThat(repaired.intact()).as(repaired.summary()).isTrue();
    }

    @Test
    @DisplayName("an audit entry deleted in the database, sealed or not yet sealed, is reported as deleted")
    void deletedEntryIsReported() {
        long sealed = recordAndSeal("to be deleted");
        Map<String, Object> savedSealed = saved("platform_audit_log", "id", sealed);
        try {
            asSuperuserWithoutTriggers("DELETE FROM platform_audit_log WHERE id = :id", Map.of("id", sealed));
            AuditChainVerification.Result result = chain.sealAndVerify();
            assertThat(result.firstBreak()).isNotNull();
            assertThat(result.firstBreak().kind()).isEqualTo(AuditChainVerification.Kind.ENTRY_DELETED);
            assertThat(result.firstBreak().entryId()).isEqualTo(sealed);
        } finally {
            restoreEntry(savedSealed);
        }
        assertThat(chain.sealAndVerify().intact()).isTrue();

        // written, then removed before (or while) the sealer got to it
        long unsealed = record("unsealed");
        Map<String, Object> savedUnsealed = saved("platform_audit_log", "id", unsealed);
        try {
            asSuperuserWithoutTriggers("DELETE FROM platform_audit_log WHERE id = :id", Map.of("id", unsealed));
            AuditChainVerification.Result result = chain.sealAndVerify();
            assertThat(result.firstBreak()).isNotNull();
            assertThat(result.firstBreak().kind()).isEqualTo(AuditChainVerification.Kind.ENTRY_DELETED);
            assertThat(result.firstBreak().entryId()).isEqualTo(unsealed);
        } finally {
            restoreEntry(savedUnsealed);
        }
        assertThat(chain.sealAndVerify().intact()).isTrue();
    }

    @Test
    @DisplayName("removing the newest chain position leaves its entry outside the chain, and the verification says so")
    void truncatedChainIsReported() throws Exception {
        long id = recordAndSeal("tail");
        Map<String, Object> link = saved("platform_audit_chain", "entry_id", id);
        try {
            asSuperuserWithoutTriggers("DELETE FROM platform_audit_chain WHERE entry_id = :id", Map.of("id", id));
            // verify without sealing first, so no other entry takes the removed position meanwhile
            AuditChainVerification.Result result;
            try (var connection = dataSource.getConnection()) {
                result = AuditChainVerification.verify(connection);
            }
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBreak().entryId()).isEqualTo(id);
        } finally {
            asSuperuserWithoutTriggers("INSERT INTO platform_audit_chain (seq, entry_id, entry_hash, chain_hash, sealed_at) "
                    + "VALUES (:seq, :entry_id, :entry_hash, :chain_hash, :sealed_at)", link);
        }
        assertThat(chain.sealAndVerify().intact()).isTrue();
    }

    @Test
    @DisplayName("UPDATE, DELETE and TRUNCATE of the audit log, chain and anchors through the application's connection are refused")
    void applicationCannotChangeTheLog() {
        long id = recordAndSeal("kept");
        chain.anchorToday();
        for (String sql : List.of("UPDATE platform_audit_log SET actor = 'x' WHERE id = " + id,
                "DELETE FROM platform_audit_log WHERE id = " + id,
                "TRUNCATE platform_audit_log CASCADE",
                "UPDATE platform_audit_chain SET chain_hash = entry_hash WHERE entry_id = " + id,
                "DELETE FROM platform_audit_chain WHERE entry_id = " + id,
                "TRUNCATE platform_audit_anchor",
                "DELETE FROM platform_audit_anchor")) {
            assertThatThrownBy(() -> jdbc.sql(sql).update()).as(sql).isInstanceOf(DataAccessException.class)
                    .rootCause().hasMessageContaining("is append-only");
        }
        assertThat(saved("platform_audit_log", "id", id).get("actor")).isNotEqualTo("x");
        assertThat(chain.sealAndVerify().intact()).isTrue();
    }

    @Test
    @DisplayName("the production application role (ops/grant-app-role.sql) may append audit entries but holds no UPDATE or DELETE privilege")
    void applicationRoleMayOnlyAppend() throws Exception {
        Path script = Path.of("ops/grant-app-role.sql");
        Assumptions.assumeTrue(Files.exists(Path.of("/usr/bin/psql")), "SKIPPED: psql not installed, cannot run " + script);
        String url = environment.getProperty("spring.datasource.url");
        Assumptions.assumeTrue(url != null && url.startsWith("jdbc:postgresql://127.0.0.1:5432/"), "SKIPPED: not the local test server");
        String database = url.substring(url.lastIndexOf('/') + 1);
        jdbc.sql("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'yingshang_app') THEN "
                + "CREATE ROLE yingshang_app NOLOGIN; END IF; END $$").update();
        Process psql = new ProcessBuilder("psql", "-h", "127.0.0.1", "-U", "postgres", "-d", database, "-v", "ON_ERROR_STOP=1",
                "-v", "app_role=yingshang_app", "-f", script.toString()).redirectErrorStream(true).start();
        String output = new String(psql.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(psql.waitFor()).as(output).isZero();
        for (String table : List.of("platform_audit_log", "platform_audit_chain", "platform_audit_anchor")) {
            for (String privilege : List.of("UPDATE", "DELETE", "TRUNCATE")) {
                assertThat(jdbc.sql("SELECT has_table_privilege('yingshang_app', :t, :p)").param("t", table).param("p", privilege)
                        .query(Boolean.class).single()).as("%s on %s", privilege, table).isFalse();
            }
            assertThat(jdbc.sql("SELECT has_table_privilege('yingshang_app', :t, 'INSERT')").param("t", table)
                    .query(Boolean.class).single()).isTrue();
        }
        assertThat(jdbc.sql("SELECT has_table_privilege('yingshang_app', 'appeal', 'UPDATE')").query(Boolean.class).single()).isTrue();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.sql("SET LOCAL ROLE yingshang_app").update();
            jdbc.sql("INSERT INTO platform_audit_log (occurred_at, actor, action, target_type, target_id) "
                    + "VALUES (now(), 'app', 'test.role', 'Test', 'role')").update();
            assertThatThrownBy(() -> jdbc.sql("DELETE FROM platform_audit_log WHERE target_id = 'role'").update())
                    .rootCause().hasMessageContaining("permission denied");
            status.setRollbackOnly();
        });
    }
}
