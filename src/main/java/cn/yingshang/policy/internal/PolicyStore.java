package cn.yingshang.policy.internal;

import cn.yingshang.policy.internal.EntityFacts.CreditStatus;
import cn.yingshang.policy.internal.Policy.AmountRule;
import cn.yingshang.policy.internal.Policy.BenefitType;
import cn.yingshang.policy.internal.Policy.GrantMode;
import cn.yingshang.policy.internal.Policy.RuleVersion;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Policies, rule versions, the match set and the credit projection, in plain SQL. */
@Repository
class PolicyStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final JsonMapper json;
    private final Clock clock;

    PolicyStore(JdbcClient jdbc, JdbcTemplate template, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.template = template;
        this.json = json;
        this.clock = clock;
    }

    long insert(Policy p, String actor) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO policy_policy (title, issuing_department, department_id, document_number, legal_basis,
                          region_scope, benefit_type, amount_kind, amount_fixed, amount_attribute, amount_percent, amount_cap,
                          mode, valid_from, valid_to, decision_days, materials, status, created_by, created_at, published_at)
                        VALUES (:title, :dept, :deptId, :doc, :basis, :scope, :benefit, :akind, :afixed, :aattr, :apct, :acap,
                          :mode, :from, :to, :days, :materials, :status, :actor, :now, :published)""")
                .param("title", p.title()).param("dept", p.issuingDepartment()).param("deptId", p.departmentId())
                .param("doc", p.documentNumber()).param("basis", p.legalBasis()).param("scope", p.regionScope())
                .param("benefit", p.benefitType().name()).param("akind", p.amount().kind()).param("afixed", p.amount().fixed())
                .param("aattr", p.amount().attribute()).param("apct", p.amount().percent()).param("acap", p.amount().cap())
                .param("mode", p.mode().name()).param("from", p.validFrom()).param("to", p.validTo())
                .param("days", p.decisionDays()).param("materials", String.join("\n", p.materials()))
                .param("status", p.status()).param("actor", actor).param("now", Timestamp.from(Instant.now(clock)))
                .param("published", Policy.PUBLISHED.equals(p.status()) ? Timestamp.from(Instant.now(clock)) : null)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void insertVersion(long policyId, int version, Rule rule, LocalDate from, LocalDate to, String actor) {
        jdbc.sql("""
                        INSERT INTO policy_rule_version (policy_id, version, rule, valid_from, valid_to, created_by, created_at)
                        VALUES (:p, :v, CAST(:rule AS jsonb), :from, :to, :actor, :now)""")
                .param("p", policyId).param("v", version).param("rule", json.writeValueAsString(RuleFormat.toTree(rule)))
                .param("from", from).param("to", to).param("actor", actor).param("now", Timestamp.from(Instant.now(clock)))
                .update();
    }

    void closeVersion(long policyId, int version, LocalDate to) {
        // guarded: of two officers publishing a new version at once, one closes the open version, the other gets a conflict
        cn.yingshang.shared.ConflictingChange.unlessOne(jdbc.sql("""
                        UPDATE policy_rule_version SET valid_to = :to
                        WHERE policy_id = :p AND version = :v AND (valid_to IS NULL OR valid_to >= :to)""")
                .param("to", to).param("p", policyId).param("v", version).update());
    }

    Optional<Policy> find(long id) {
        return jdbc.sql("SELECT * FROM policy_policy WHERE id = :id").param("id", id).query(PolicyStore::policy).optional();
    }

    List<Policy> all() {
        return jdbc.sql("SELECT * FROM policy_policy ORDER BY id DESC").query(PolicyStore::policy).list();
    }

    List<Policy> published() {
        return jdbc.sql("SELECT * FROM policy_policy WHERE status = 'PUBLISHED' ORDER BY id DESC").query(PolicyStore::policy).list();
    }

    /** One page of the policies in force on a day, for 信息公开, newest first, searched by title, issuer or document number. */
    cn.yingshang.platform.PageOf<Policy> inForce(LocalDate day, String search, cn.yingshang.platform.ListPage page) {
        return cn.yingshang.platform.ListQuery.page(jdbc, new cn.yingshang.platform.ListQuery.Spec("*", "policy_policy",
                        "status = 'PUBLISHED' AND valid_from <= :day AND (valid_to IS NULL OR valid_to >= :day)",
                        List.of("title", "issuing_department", "document_number"), List.of(),
                        java.util.Map.of("validFrom", "valid_from", "title", "title"), "id DESC"),
                java.util.Map.of("day", day), search, page, PolicyStore::policy);
    }

    boolean isEmpty() {
        return jdbc.sql("SELECT count(*) FROM policy_policy").query(Long.class).single() == 0;
    }

    List<RuleVersion> versions(long policyId) {
        return jdbc.sql("SELECT * FROM policy_rule_version WHERE policy_id = :p ORDER BY version")
                .param("p", policyId)
                .query((rs, i) -> new RuleVersion(rs.getLong("policy_id"), rs.getInt("version"),
                        RuleFormat.parse(json.readValue(rs.getString("rule"), Object.class)),
                        rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class)))
                .list();
    }

    private static Policy policy(ResultSet rs, int i) throws SQLException {
        String materials = rs.getString("materials");
        return new Policy(rs.getLong("id"), rs.getString("title"), rs.getString("issuing_department"),
                (Long) rs.getObject("department_id"), rs.getString("document_number"), rs.getString("legal_basis"),
                rs.getString("region_scope"), BenefitType.valueOf(rs.getString("benefit_type")),
                new AmountRule(rs.getString("amount_kind"), rs.getBigDecimal("amount_fixed"), rs.getString("amount_attribute"),
                        rs.getBigDecimal("amount_percent"), rs.getBigDecimal("amount_cap")),
                GrantMode.valueOf(rs.getString("mode")), rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_to", LocalDate.class), rs.getInt("decision_days"),
                materials == null || materials.isBlank() ? List.of() : Arrays.stream(materials.split("\n")).map(String::strip)
                        .filter(s -> !s.isEmpty()).toList(),
                rs.getString("status"));
    }

    // ---- match set ----

    Set<String> matchSet(long policyId) {
        return new HashSet<>(jdbc.sql("SELECT credit_code FROM policy_match WHERE policy_id = :p")
                .param("p", policyId).query(String.class).list());
    }

    boolean isMatched(long policyId, String code) {
        return jdbc.sql("SELECT count(*) FROM policy_match WHERE policy_id = :p AND credit_code = :c")
                .param("p", policyId).param("c", code).query(Long.class).single() > 0;
    }

    long matchCount(long policyId) {
        return jdbc.sql("SELECT count(*) FROM policy_match WHERE policy_id = :p").param("p", policyId).query(Long.class).single();
    }

    Set<Long> matchedPolicies(String code) {
        return new HashSet<>(jdbc.sql("SELECT policy_id FROM policy_match WHERE credit_code = :c")
                .param("c", code).query(Long.class).list());
    }

    /**
     * Writes the difference and returns the codes that really entered the match set: a code another
     * node (or an earlier delivery) already added updates nothing and is neither recorded nor notified
     * again, so concurrent re-matches never send a notice twice.
     */
    List<String> applyDifference(long policyId, List<String> added, List<String> lost) {
        Timestamp now = Timestamp.from(Instant.now(clock));
        List<String> entered = changed(added, template.batchUpdate(
                "INSERT INTO policy_match (policy_id, credit_code, matched_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                added, 1000, (ps, code) -> {
                    ps.setLong(1, policyId);
                    ps.setString(2, code);
                    ps.setTimestamp(3, now);
                }));
        List<String> left = changed(lost, template.batchUpdate("DELETE FROM policy_match WHERE policy_id = ? AND credit_code = ?",
                lost, 1000, (ps, code) -> {
                    ps.setLong(1, policyId);
                    ps.setString(2, code);
                }));
        List<Object[]> changes = new ArrayList<>();
        entered.forEach(c -> changes.add(new Object[] {policyId, c, "NEW", now}));
        left.forEach(c -> changes.add(new Object[] {policyId, c, "LOST", now}));
        template.batchUpdate("INSERT INTO policy_match_change (policy_id, credit_code, change, changed_at) VALUES (?, ?, ?, ?)", changes);
        return entered;
    }

    /** The codes whose statement changed a row (batch counts come in batches of the same order). */
    private static List<String> changed(List<String> codes, int[][] counts) {
        List<String> out = new ArrayList<>();
        int i = 0;
        for (int[] batch : counts) {
            for (int count : batch) {
                // SUCCESS_NO_INFO (-2): the driver did not say; take it as changed rather than lose a notice
                if (count != 0) {
                    out.add(codes.get(i));
                }
                i++;
            }
        }
        return out;
    }

    /** Serialises writers of one policy's match set across nodes until the transaction ends. */
    void lockPolicy(long policyId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(4, :p)").param("p", (int) policyId).query().singleValue();
    }

    // ---- the replica's change log ----

    void recordEntityChange(String creditCode) {
        jdbc.sql("INSERT INTO policy_entity_change (credit_code) VALUES (:c)").param("c", creditCode).update();
    }

    record EntityChange(long seq, String creditCode) {
    }

    long lastEntityChange() {
        return jdbc.sql("SELECT COALESCE(max(seq), 0) FROM policy_entity_change").query(Long.class).single();
    }

    /**
     * Changes past the watermark, and also those of the last {@code windowSeconds}: a transaction that
     * took its sequence number before another but committed after it would otherwise be skipped.
     */
    List<EntityChange> entityChangesSince(long watermark, int windowSeconds) {
        return jdbc.sql("SELECT seq, credit_code FROM policy_entity_change "
                        + "WHERE seq > :w OR recorded_at > clock_timestamp() - make_interval(secs => :window) ORDER BY seq")
                .param("w", watermark).param("window", windowSeconds).query(EntityChange.class).list();
    }

    void forgetEntityChangesBefore(Instant before) {
        jdbc.sql("DELETE FROM policy_entity_change WHERE recorded_at < :b").param("b", Timestamp.from(before)).update();
    }

    record MatchChange(long policyId, String creditCode, String change, Instant changedAt) {
    }

    List<MatchChange> recentChanges(long policyId, int limit) {
        return jdbc.sql("SELECT * FROM policy_match_change WHERE policy_id = :p ORDER BY id DESC LIMIT :l")
                .param("p", policyId).param("l", limit)
                .query((rs, i) -> new MatchChange(rs.getLong("policy_id"), rs.getString("credit_code"), rs.getString("change"),
                        rs.getTimestamp("changed_at").toInstant())).list();
    }

    // ---- credit projection ----

    Map<String, CreditStatus> creditStatuses() {
        Map<String, CreditStatus> out = new HashMap<>();
        jdbc.sql("SELECT * FROM policy_credit_status").query(rs -> {
            out.put(rs.getString("credit_code"), status(rs));
        });
        return out;
    }

    CreditStatus creditStatus(String code) {
        return jdbc.sql("SELECT * FROM policy_credit_status WHERE credit_code = :c").param("c", code)
                .query((rs, i) -> status(rs)).optional().orElse(CreditStatus.ORDINARY);
    }

    private static CreditStatus status(ResultSet rs) throws SQLException {
        return new CreditStatus(rs.getString("credit_class"), rs.getBoolean("dishonest"), rs.getBoolean("excluded_from_auto_grant"));
    }

    void saveCreditClass(String code, String creditClass, LocalDate on) {
        jdbc.sql("""
                        INSERT INTO policy_credit_status (credit_code, credit_class, updated_on) VALUES (:c, :k, :on)
                        ON CONFLICT (credit_code) DO UPDATE SET credit_class = :k, updated_on = :on""")
                .param("c", code).param("k", creditClass).param("on", on).update();
    }

    void saveDishonesty(String code, boolean dishonest, boolean excluded, LocalDate on) {
        jdbc.sql("""
                        INSERT INTO policy_credit_status (credit_code, dishonest, excluded_from_auto_grant, updated_on)
                        VALUES (:c, :d, :x, :on)
                        ON CONFLICT (credit_code) DO UPDATE SET dishonest = :d, excluded_from_auto_grant = :x, updated_on = :on""")
                .param("c", code).param("d", dishonest).param("x", excluded).param("on", on).update();
    }
}
