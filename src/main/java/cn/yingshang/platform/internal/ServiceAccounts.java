package cn.yingshang.platform.internal;

import cn.yingshang.platform.AuditLog;
import cn.yingshang.platform.DepartmentId;
import cn.yingshang.platform.Role;
import cn.yingshang.shared.ConflictingChange;
import cn.yingshang.shared.DomainViolation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Service accounts: created, rotated and revoked by the administrator, every change audited. A
 * secret is shown once, when made, and stored only as its SHA-256 (it is 256 random bits, so a
 * slow hash adds nothing but latency on every call). Rotating keeps the replaced secret valid for
 * a grace period, so the client can switch over without an outage; never more than two are valid.
 */
@Component
class ServiceAccounts {

    /** Client ids start with this, so the sign-in can tell a machine from a person at once. */
    static final String CLIENT_PREFIX = "svc-";

    /** Roles a machine may act as: department and office work, never administration or an enterprise. */
    static final List<Role> ROLES = List.of(Role.HANDLER, Role.LEADER, Role.OFFICE, Role.INSPECTOR);

    record ServiceAccount(long id, long accountId, String clientId, String name, Role role, Long departmentId,
                          List<String> scopes, Instant createdAt, Instant revokedAt, int validSecrets, Instant lastUsedAt) {
        public boolean active() {
            return revokedAt == null;
        }
    }

    /** A secret as shown once to the administrator. */
    record IssuedSecret(String clientId, String secret) {
    }

    /** A service account that proved itself: which account it acts as and what it may call. */
    record Verified(long accountId, String clientId, Set<String> scopes) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditLog audit;
    private final PasswordEncoder passwords;

    ServiceAccounts(JdbcClient jdbc, Clock clock, AuditLog audit, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
        this.passwords = passwords;
    }

    List<ServiceAccount> all() {
        return jdbc.sql("""
                        SELECT s.id, s.account_id, s.client_id, s.name, a.role, a.department_id, s.scopes, s.created_at, s.revoked_at,
                          (SELECT count(*) FROM platform_service_secret k WHERE k.service_account_id = s.id
                             AND (k.valid_until IS NULL OR k.valid_until > :now)),
                          (SELECT max(k.last_used_at) FROM platform_service_secret k WHERE k.service_account_id = s.id)
                        FROM platform_service_account s JOIN platform_account a ON a.id = s.account_id
                        ORDER BY s.revoked_at IS NOT NULL, s.name""")
                .param("now", Timestamp.from(clock.instant()))
                .query((rs, n) -> new ServiceAccount(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        Role.valueOf(rs.getString(5)), rs.getObject(6, Long.class),
                        List.of((String[]) rs.getArray(7).getArray()), rs.getTimestamp(8).toInstant(),
                        rs.getTimestamp(9) == null ? null : rs.getTimestamp(9).toInstant(), rs.getInt(10),
                        rs.getTimestamp(11) == null ? null : rs.getTimestamp(11).toInstant()))
                .list();
    }

    /**
     * A new service account acting as {@code role} in {@code department}, limited to {@code scopes};
     * answers its client id and first secret, which is not shown again.
     */
    @Transactional
    IssuedSecret create(String name, Role role, DepartmentId department, Set<String> scopes, Set<String> knownScopes) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw DomainViolation.of("name", "service-account.name.required");
        }
        if (role == null || !ROLES.contains(role)) {
            throw DomainViolation.of("role", "service-account.role.invalid");
        }
        if (department == null && role != Role.OFFICE) {
            throw DomainViolation.of("departmentId", "service-account.department.required");
        }
        if (scopes == null || scopes.isEmpty()) {
            throw DomainViolation.of("scopes", "service-account.scopes.required");
        }
        for (String scope : scopes) {
            if (!knownScopes.contains(scope)) {
                throw DomainViolation.of("scopes", "service-account.scope.unknown", scope);
            }
        }
        String clientId = CLIENT_PREFIX + HexFormat.of().formatHex(randomBytes(8));
        Instant now = clock.instant();
        // the account a person's checks see; its password is random and never shown, so nobody signs in with it
        long accountId = jdbc.sql("""
                        INSERT INTO platform_account (username, password_hash, display_name, role, department_id)
                        VALUES (:u, :hash, :name, :role, :dept) RETURNING id""")
                .param("u", clientId).param("hash", passwords.encode(Base64.getEncoder().encodeToString(randomBytes(32))))
                .param("name", name.strip()).param("role", role.name())
                .param("dept", department == null ? null : department.value())
                .query(Long.class).single();
        String[] sorted = new TreeSet<>(scopes).toArray(String[]::new);
        long id = jdbc.sql("""
                        INSERT INTO platform_service_account (account_id, client_id, name, scopes, created_at)
                        VALUES (:account, :client, :name, :scopes, :now) RETURNING id""")
                .param("account", accountId).param("client", clientId).param("name", name.strip())
                .param("scopes", sorted).param("now", Timestamp.from(now))
                .query(Long.class).single();
        String secret = newSecret(id, now);
        audit.record("service-account.create", "service-account", clientId, null, Map.of("name", name.strip(),
                "role", role.name(), "department", department == null ? "" : String.valueOf(department.value()),
                "scopes", List.of(sorted)));
        return new IssuedSecret(clientId, secret);
    }

    /**
     * A new secret; the one it replaces stays valid for {@code grace} (zero ends it now), and one
     * still in an earlier grace period ends now, so at most two are ever valid.
     */
    @Transactional
    IssuedSecret rotate(long id, Duration grace) {
        if (grace.isNegative() || grace.compareTo(Duration.ofDays(30)) > 0) {
            throw DomainViolation.of("graceHours", "service-account.grace.range");
        }
        ServiceAccount account = requireActive(id);
        Instant now = clock.instant();
        jdbc.sql("""
                        UPDATE platform_service_secret SET valid_until = :now
                        WHERE service_account_id = :id AND valid_until > :now""")
                .param("id", id).param("now", Timestamp.from(now)).update();
        jdbc.sql("UPDATE platform_service_secret SET valid_until = :until WHERE service_account_id = :id AND valid_until IS NULL")
                .param("id", id).param("until", Timestamp.from(now.plus(grace))).update();
        String secret = newSecret(id, now);
        audit.record("service-account.rotate", "service-account", account.clientId(), null,
                Map.of("previousValidForMinutes", grace.toMinutes()));
        return new IssuedSecret(account.clientId(), secret);
    }

    /** Ends the grace period of a replaced secret now, once the client has switched over. */
    @Transactional
    void retirePrevious(long id) {
        ServiceAccount account = requireActive(id);
        Instant now = clock.instant();
        int ended = jdbc.sql("UPDATE platform_service_secret SET valid_until = :now WHERE service_account_id = :id AND valid_until > :now")
                .param("id", id).param("now", Timestamp.from(now)).update();
        audit.record("service-account.retire-previous", "service-account", account.clientId(), null, Map.of("ended", ended));
    }

    /** Revoked for good: every secret stops working and the account can no longer act. */
    @Transactional
    void revoke(long id) {
        ServiceAccount account = require(id);
        Instant now = clock.instant();
        int changed = jdbc.sql("UPDATE platform_service_account SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL")
                .param("id", id).param("now", Timestamp.from(now)).update();
        if (changed == 0) {
            throw new ConflictingChange();
        }
        jdbc.sql("UPDATE platform_service_secret SET valid_until = :now WHERE service_account_id = :id AND (valid_until IS NULL OR valid_until > :now)")
                .param("id", id).param("now", Timestamp.from(now)).update();
        jdbc.sql("UPDATE platform_account SET enabled = FALSE WHERE id = :a").param("a", account.accountId()).update();
        audit.record("service-account.revoke", "service-account", account.clientId(), Map.of("revoked", false),
                Map.of("revoked", true));
    }

    /** The account behind a client id and secret, when the secret is one of its valid ones and it is not revoked. */
    Optional<Verified> verify(String clientId, String secret) {
        if (clientId == null || !clientId.startsWith(CLIENT_PREFIX) || secret == null || secret.isEmpty()) {
            return Optional.empty();
        }
        Timestamp now = Timestamp.from(clock.instant());
        List<Long> matched = jdbc.sql("""
                        SELECT k.id FROM platform_service_secret k
                        JOIN platform_service_account s ON s.id = k.service_account_id
                        JOIN platform_account a ON a.id = s.account_id
                        WHERE s.client_id = :client AND s.revoked_at IS NULL AND a.enabled
                          AND (k.valid_until IS NULL OR k.valid_until > :now) AND k.secret_hash = :hash""")
                .param("client", clientId).param("now", now).param("hash", hash(secret))
                .query(Long.class).list();
        if (matched.isEmpty()) {
            return Optional.empty();
        }
        jdbc.sql("UPDATE platform_service_secret SET last_used_at = :now WHERE id = :id").param("now", now)
                .param("id", matched.getFirst()).update();
        return jdbc.sql("SELECT account_id, scopes FROM platform_service_account WHERE client_id = :client")
                .param("client", clientId)
                .query((rs, n) -> new Verified(rs.getLong(1), clientId, Set.of((String[]) rs.getArray(2).getArray())))
                .optional();
    }

    private String newSecret(long serviceAccountId, Instant now) {
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(32));
        jdbc.sql("INSERT INTO platform_service_secret (service_account_id, secret_hash, created_at) VALUES (:id, :hash, :now)")
                .param("id", serviceAccountId).param("hash", hash(secret)).param("now", Timestamp.from(now)).update();
        return secret;
    }

    private ServiceAccount require(long id) {
        return all().stream().filter(a -> a.id() == id).findFirst()
                .orElseThrow(() -> DomainViolation.of("id", "service-account.unknown"));
    }

    private ServiceAccount requireActive(long id) {
        ServiceAccount account = require(id);
        if (!account.active()) {
            throw DomainViolation.of("id", "service-account.revoked");
        }
        return account;
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
