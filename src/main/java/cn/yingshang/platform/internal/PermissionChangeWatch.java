package cn.yingshang.platform.internal;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Permission codes per role are data that migrations change. Sessions live in PostgreSQL and
 * survive a restart, holding the codes granted at sign-in; so when a deployment changes a role's
 * codes, the sessions of that role's accounts end and their owners sign in again with the new ones.
 * Every node may run this at start: the digest update decides which one ends the sessions.
 */
@Component
class PermissionChangeWatch implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PermissionChangeWatch.class);

    private final JdbcClient jdbc;

    PermissionChangeWatch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        List<String> changed = jdbc.sql("""
                        WITH now AS (SELECT role, md5(string_agg(permission, ',' ORDER BY permission)) AS digest
                                     FROM platform_role_permission GROUP BY role)
                        INSERT INTO platform_role_permission_digest AS d (role, digest)
                        SELECT role, digest FROM now
                        ON CONFLICT (role) DO UPDATE SET digest = excluded.digest WHERE d.digest <> excluded.digest
                        RETURNING role""")
                .query(String.class).list();
        if (changed.isEmpty()) {
            return;
        }
        int ended = jdbc.sql("""
                        DELETE FROM spring_session WHERE principal_name IN
                          (SELECT username FROM platform_account WHERE role IN (:roles))""")
                .param("roles", changed).update();
        log.info("Permission codes changed for roles {}: ended {} sessions", changed, ended);
    }
}
