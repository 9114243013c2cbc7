package cn.yingshang.policy.internal;

import cn.yingshang.shared.CreditCode;
import cn.yingshang.platform.Text;
import cn.yingshang.platform.FileKind;

import cn.yingshang.platform.AuditLog;
import cn.yingshang.platform.Notifications;
import cn.yingshang.policy.internal.Policy.GrantMode;
import cn.yingshang.reference.WorkingCalendars;
import cn.yingshang.shared.ConflictingChange;
import cn.yingshang.shared.DomainViolation;
import cn.yingshang.shared.RegionCode;
import cn.yingshang.shared.TimeLimit;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Applying for a policy (申报 / 即申即享). What the registry holds is pre-filled and never asked
 * again; only the materials the platform cannot obtain are uploaded (003 §38).
 */
@Service
class Applications {

    private final JdbcClient jdbc;
    private final PolicyMatching matching;
    private final PolicyStore store;
    private final Grants grants;
    private final WorkingCalendars calendars;
    private final Notifications notifications;
    private final AuditLog audit;
    private final JsonMapper json;
    private final Clock clock;
    private final DishonestyExclusions exclusions;

    Applications(JdbcClient jdbc, PolicyMatching matching, PolicyStore store, Grants grants, WorkingCalendars calendars,
                 Notifications notifications, AuditLog audit, JsonMapper json, Clock clock, DishonestyExclusions exclusions) {
        this.exclusions = exclusions;
        this.jdbc = jdbc;
        this.matching = matching;
        this.store = store;
        this.grants = grants;
        this.calendars = calendars;
        this.notifications = notifications;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    record Material(String name, String filename, byte[] content) {
    }

    /** Application materials are scans and office documents; their content must be what their name says. */
    static final java.util.Set<FileKind> MATERIAL_KINDS = java.util.Set.of(FileKind.PDF, FileKind.JPEG, FileKind.PNG,
            FileKind.DOC, FileKind.DOCX, FileKind.XLS, FileKind.XLSX);

    record Application(long id, long policyId, String creditCode, String entityName, String prefilled, String statement,
                       String status, LocalDate submittedOn, LocalDate dueOn, String decidedBy, LocalDate decidedOn,
                       String reason, BigDecimal amount) {

        public String statusLabel() {
            return switch (status) {
                case "SUBMITTED" -> Text.of("policy.application.status.pending");
                case "GRANTED" -> Text.of("policy.application.status.granted");
                case "REJECTED" -> Text.of("policy.application.status.refused");
                default -> status;
            };
        }
    }

    @Transactional
    Application apply(long policyId, String creditCode, String entityName, String statement, List<Material> materials) {
        Policy policy = store.find(policyId).orElseThrow(() -> new NoSuchElementException(Text.of("policy.application.policyNotFound")));
        LocalDate today = LocalDate.now(clock);
        if (policy.mode() == GrantMode.AUTO_GRANT) {
            throw DomainViolation.of(null, "policy.applications.violation");
        }
        if (!policy.inForceOn(today)) {
            throw DomainViolation.of(null, "policy.applications.violation2");
        }
        // 003 §37, 000 §54: the dishonesty measures apply whatever the policy's rule says.
        exclusions.barred(creditCode, policy, today).ifPresent(why -> {
            throw new DomainViolation(why);
        });
        if (find(policyId, creditCode).filter(a -> !"REJECTED".equals(a.status())).isPresent()) {
            throw DomainViolation.of(null, "policy.applications.violation3");
        }
        for (String needed : policy.materials()) {
            if (materials.stream().noneMatch(m -> m.name().equals(needed) && m.content().length > 0)) {
                throw DomainViolation.of("material", "policy.applications.material", needed);
            }
        }
        for (Material m : materials) {
            FileKind.require("material", m.filename(), m.content(), MATERIAL_KINDS);
        }
        EntityFacts facts = matching.facts(creditCode).orElseThrow(() -> new NoSuchElementException(Text.of("policy.application.entityNotFound")));
        Rule rule = policy.effective(Policy.versionOn(store.versions(policyId), today).orElseThrow().rule());
        RuleEvaluator.Explanation explanation = RuleEvaluator.explain(rule, facts, today);
        if (explanation.eligible() == Boolean.FALSE) {
            throw DomainViolation.of(null, "policy.applications.violation4", describe(explanation.failed()));
        }
        BigDecimal amount = policy.amount().amountFor(facts.revenue(), facts.assets());
        boolean instant = policy.mode() == GrantMode.INSTANT_ON_APPLY && explanation.eligible() == Boolean.TRUE
                && !exclusions.noInstantGrant(creditCode, today);
        LocalDate due = calendars.deadline(RegionCode.of(policy.regionScope()), today, TimeLimit.workingDays(policy.decisionDays()));
        // one application per enterprise and policy unless refused (policy_application_one_open_idx): a double click finds the first
        long id = jdbc.sql("""
                        INSERT INTO policy_application (policy_id, credit_code, entity_name, prefilled, statement, status,
                          submitted_on, due_on, decided_by, decided_on, reason, amount)
                        VALUES (:p, :c, :n, CAST(:pre AS jsonb), :s, :status, :today, :due, :by, :decided, :reason, :amount)
                        ON CONFLICT (policy_id, credit_code) WHERE status <> 'REJECTED' DO NOTHING RETURNING id""")
                .param("p", policyId).param("c", creditCode).param("n", entityName).param("pre", json.writeValueAsString(prefill(facts, today)))
                .param("s", statement == null ? "" : statement.strip()).param("status", instant ? "GRANTED" : "SUBMITTED")
                .param("today", today).param("due", due).param("by", instant ? Text.of("policy.application.instantDecider") : null)
                .param("decided", instant ? today : null)
                .param("reason", instant ? Text.of("policy.application.instantReason") : null).param("amount", amount)
                .query(Long.class).optional().orElseThrow(ConflictingChange::duplicate);
        for (Material m : materials) {
            jdbc.sql("INSERT INTO policy_application_material (application_id, name, filename, content) VALUES (:a, :n, :f, :c)")
                    .param("a", id).param("n", m.name()).param("f", m.filename()).param("c", m.content()).update();
        }
        if (instant) {
            grants.recordPayout(policyId, creditCode, entityName, amount, id);
        } else if (policy.departmentId() != null) {
            notifications.toDepartment(new cn.yingshang.platform.DepartmentId(policy.departmentId()), Text.of("policy.application.notice.newTitle", policy.title()),
                    Text.of("policy.application.notice.newBody", entityName, due), "/workbench/policies/applications/" + id);
        }
        audit.record("policy.application.submit", "policy_application", String.valueOf(id), null,
                Map.of("policy", policyId, "creditCode", creditCode, "status", instant ? "GRANTED" : "SUBMITTED"));
        return byId(id).orElseThrow();
    }

    @Transactional
    Application decide(long id, boolean grant, String reason, String actor) {
        Application a = byId(id).orElseThrow(() -> new NoSuchElementException(Text.of("policy.application.notFound")));
        if (!"SUBMITTED".equals(a.status())) {
            throw new ConflictingChange(Text.of("policy.application.alreadyDecided"));
        }
        if (!grant && (reason == null || reason.isBlank())) {
            throw DomainViolation.of("reason", "policy.applications.reason");
        }
        Policy policy = store.find(a.policyId()).orElseThrow();
        if (grant) {
            // Listed after applying: the measure still applies at the decision (003 §37).
            exclusions.barred(a.creditCode(), policy, LocalDate.now(clock)).ifPresent(why -> {
                throw new DomainViolation(why);
            });
        }
        String status = grant ? "GRANTED" : "REJECTED";
        String why = reason == null || reason.isBlank() ? Text.of("policy.application.step.approved") : reason.strip();
        ConflictingChange.unlessOne(jdbc.sql("""
                        UPDATE policy_application SET status = :s, decided_by = :by, decided_on = :on, reason = :r
                        WHERE id = :id AND status = 'SUBMITTED'""")
                .param("s", status).param("by", actor).param("on", LocalDate.now(clock)).param("r", why).param("id", id).update());
        if (grant) {
            grants.recordPayout(a.policyId(), a.creditCode(), a.entityName(), a.amount(), id);
        }
        notifications.toEntity(CreditCode.of(a.creditCode()), Text.of("policy.applications.decidedTitle", grant ? Text.of("policy.application.status.passed") : Text.of("policy.application.status.refused"), policy.title()), why,
                "/enterprise/policies/" + policy.id());
        audit.record("policy.application.decide", "policy_application", String.valueOf(id), Map.of("status", a.status()),
                Map.of("status", status, "reason", why));
        return byId(id).orElseThrow();
    }

    static String describe(List<RuleEvaluator.Condition> conditions) {
        return String.join(Text.of("policy.application.reasonSeparator"), conditions.stream().map(PolicyText::condition).toList());
    }

    /** The registry's values copied into the application, so nobody types them again. */
    static Map<String, Object> prefill(EntityFacts f, LocalDate asOf) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Attribute a : Attribute.values()) {
            m.put(a.key(), f.valueOf(a, asOf));
        }
        m.put("established", f.established() == null ? null : f.established().toString());
        return m;
    }

    Optional<Application> byId(long id) {
        return jdbc.sql("SELECT * FROM policy_application WHERE id = :id").param("id", id).query(Applications::map).optional();
    }

    Optional<Application> find(long policyId, String code) {
        return jdbc.sql("SELECT * FROM policy_application WHERE policy_id = :p AND credit_code = :c ORDER BY id DESC LIMIT 1")
                .param("p", policyId).param("c", code).query(Applications::map).optional();
    }

    List<Application> ofEntity(String code) {
        return jdbc.sql("SELECT * FROM policy_application WHERE credit_code = :c ORDER BY id DESC").param("c", code)
                .query(Applications::map).list();
    }

    /** One page of a policy's applications, newest first, searched by applicant name or credit code. */
    cn.yingshang.platform.PageOf<Application> ofPolicy(long policyId, String search, cn.yingshang.platform.ListPage page) {
        return cn.yingshang.platform.ListQuery.page(jdbc, new cn.yingshang.platform.ListQuery.Spec("*", "policy_application",
                        "policy_id = :p", List.of("entity_name"), List.of("credit_code"),
                        java.util.Map.of("submitted", "submitted_on", "due", "due_on", "status", "status"), "id DESC"),
                java.util.Map.of("p", policyId), search, page, Applications::map);
    }

    record MaterialInfo(long id, String name, String filename) {
    }

    List<MaterialInfo> materials(long applicationId) {
        return jdbc.sql("SELECT id, name, filename FROM policy_application_material WHERE application_id = :a ORDER BY id")
                .param("a", applicationId).query((rs, i) -> new MaterialInfo(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    private static Application map(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new Application(rs.getLong("id"), rs.getLong("policy_id"), rs.getString("credit_code"), rs.getString("entity_name"),
                rs.getString("prefilled"), rs.getString("statement"), rs.getString("status"),
                rs.getObject("submitted_on", LocalDate.class), rs.getObject("due_on", LocalDate.class), rs.getString("decided_by"),
                rs.getObject("decided_on", LocalDate.class), rs.getString("reason"), rs.getBigDecimal("amount"));
    }
}
