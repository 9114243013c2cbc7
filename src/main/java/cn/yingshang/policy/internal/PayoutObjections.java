package cn.yingshang.policy.internal;

import cn.yingshang.platform.Text;
import cn.yingshang.appeal.AppealIntake;
import cn.yingshang.platform.AuditLog;
import cn.yingshang.platform.DepartmentId;
import cn.yingshang.platform.Notifications;
import cn.yingshang.shared.CreditCode;
import cn.yingshang.shared.DomainViolation;
import cn.yingshang.shared.RegionCode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Objections to a published payout list (公示异议, 003 §36: the payout list is published for public supervision) become appeals: the appeal
 * module dispatches, times and answers them like any other appeal; this module keeps which list
 * and entity they concern and shows the appeal's progress beside them to officers and objector.
 */
@Service
class PayoutObjections {

    static final int MAX_REASON = 2000;

    private final JdbcClient jdbc;
    private final Grants grants;
    private final AppealIntake appeals;
    private final AuditLog audit;
    private final Notifications notifications;
    private final Clock clock;

    PayoutObjections(JdbcClient jdbc, Grants grants, AppealIntake appeals, AuditLog audit, Notifications notifications,
                     Clock clock) {
        this.jdbc = jdbc;
        this.grants = grants;
        this.appeals = appeals;
        this.audit = audit;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** What the objector fills in: who they are (the appeal's requester) and what they object to. */
    record Form(String name, String phone, String creditCode, String subjectCode, String reason) {
    }

    record Objection(long id, long batchId, String subjectCode, String reason, LocalDateTime raisedAt, String trackingNumber,
                     UUID accessToken, Optional<AppealIntake.Progress> progress, String decision, String decisionReason,
                     String decidedBy, LocalDate decidedOn) {
    }

    /** A new objection and the codes with which its objector follows the appeal (the access code is shown once). */
    record Raised(Objection objection, String publicCode, String accessCode) {
    }

    /**
     * Stores the appeal and the objection in one transaction: an invalid field (here or in the appeal
     * module) throws {@link DomainViolation} naming the form's field, and nothing is kept.
     */
    @Transactional
    Raised raise(long batchId, Form form, Policy policy, Long accountId) {
        Grants.Batch batch = grants.batch(batchId).orElseThrow(() -> new NoSuchElementException(Text.of("policy.objection.publicityNotFound")));
        if (!batch.objectionOpen(LocalDate.now(clock))) {
            throw DomainViolation.of(null, "policy.payoutObjections.violation");
        }
        String reason = form.reason() == null ? "" : form.reason().strip();
        if (reason.length() < 5 || reason.length() > MAX_REASON) {
            throw DomainViolation.of("reason", "policy.payoutObjections.reason", MAX_REASON);
        }
        String subject = blankToNull(form.subjectCode());
        if (subject != null) {
            subject = subject.toUpperCase(Locale.ROOT);
            CreditCode.Check check = CreditCode.check(subject);
            if (!check.valid()) {
                throw DomainViolation.of("subjectCode", "policy.payoutObjections.subjectCode", check.reason());
            }
        }
        String content = Text.of("policy.payoutObjections.appealContent", reason, policy.title(), policy.documentNumber(),
                batch.noticeFrom(), batch.objectionUntil(),
                subject == null ? "" : Text.of("policy.objection.appealEntityLine", subject), String.valueOf(batchId));
        AppealIntake.Receipt receipt = appeals.submit(new AppealIntake.NewAppeal(AppealIntake.Source.POLICY_OBJECTION,
                "COMPLAINT", "OTHER", title(policy), content, form.name(), form.phone(), form.creditCode(),
                RegionCode.of(policy.regionScope()), accountId), Text.of("policy.objection.objectorDefault"));
        UUID token = UUID.randomUUID();
        long id = jdbc.sql("""
                        INSERT INTO policy_objection (batch_id, credit_code, reason, status, created_at, appeal_id,
                                                      appeal_tracking_number, access_token)
                        VALUES (:b, :c, :r, 'APPEAL', :now, :appeal, :tracking, :token) RETURNING id""")
                .param("b", batchId).param("c", subject).param("r", reason).param("now", Timestamp.from(Instant.now(clock)))
                .param("appeal", receipt.id()).param("tracking", receipt.trackingNumber()).param("token", token)
                .query(Long.class).single();
        audit.record("policy.objection.raise", "policy_objection", String.valueOf(id), null,
                Map.of("batch", batchId, "appeal", receipt.trackingNumber()));
        // the appeal module dispatches the appeal; the policy's department hears of it at once because its list is questioned
        if (policy.departmentId() != null) {
            notifications.toDepartment(new DepartmentId(policy.departmentId()), Text.of("policy.objection.notice.receivedTitle", policy.title()),
                    Text.of("policy.objection.flash.turnedIntoAppeal", receipt.trackingNumber(), reason), "/workbench/policies/" + policy.id());
        }
        return new Raised(byToken(token).orElseThrow(), receipt.publicCode(), receipt.accessCode());
    }

    /**
     * 003 §36: the officer decides an objection once its appeal has been heard (its progress is shown
     * beside it). Upheld: the items it names (all of the list when it names none) are withheld if not yet
     * paid, or reversed if paid, with the reasons kept; dismissed: held items are paid in the next run.
     * Status-guarded: an objection is decided once.
     */
    @Transactional
    Objection decide(long policyId, long objectionId, boolean upheld, String reason, String actor) {
        String why = reason == null ? "" : reason.strip();
        if (why.length() < 4) {
            throw DomainViolation.of("reason", "policy.payoutObjections.reason2");
        }
        Objection o = jdbc.sql("""
                        SELECT o.* FROM policy_objection o JOIN policy_grant_batch b ON b.id = o.batch_id
                        WHERE o.id = :id AND b.policy_id = :p""")
                .param("id", objectionId).param("p", policyId).query(this::objection)
                .optional().orElseThrow(() -> new NoSuchElementException(Text.of("policy.objection.notFound")));
        LocalDate today = LocalDate.now(clock);
        int changed = jdbc.sql("""
                        UPDATE policy_objection SET decision = :d, decision_reason = :r, decided_by = :a, decided_on = :on
                        WHERE id = :id AND decision IS NULL""")
                .param("d", upheld ? "UPHELD" : "DISMISSED").param("r", why).param("a", actor).param("on", today)
                .param("id", objectionId).update();
        if (changed == 0) {
            throw DomainViolation.of(null, "policy.payoutObjections.violation2");
        }
        if (upheld) {
            List<String> codes = o.subjectCode() != null ? List.of(o.subjectCode())
                    : grants.items(o.batchId()).stream().map(Grants.Item::creditCode).toList();
            String record = Text.of("policy.payoutObjections.upheldRecord", o.trackingNumber() == null ? "" : Text.of("policy.objection.appealPrefix", o.trackingNumber()), actor, why);
            for (String code : codes) {
                boolean reversed = grants.reverse(o.batchId(), code, today, record);
                boolean withheld = !reversed && grants.withhold(o.batchId(), code, today, record);
                if (reversed || withheld) {
                    notifications.toEntity(CreditCode.of(code), reversed ? Text.of("policy.objection.notice.reversedTitle") : Text.of("policy.objection.notice.withheldTitle"),
                            Text.of("policy.objection.notice.upheldBody", why), "/enterprise/policies");
                }
            }
        }
        audit.record("policy.objection.decide", "policy_objection", String.valueOf(objectionId), Map.of("decision", "NONE"),
                Map.of("decision", upheld ? "UPHELD" : "DISMISSED", "reason", why));
        return jdbc.sql("SELECT * FROM policy_objection WHERE id = :id").param("id", objectionId).query(this::objection).single();
    }

    private static String title(Policy policy) {
        String t = Text.of("policy.objection.appealTitle", policy.title());
        return t.length() > 100 ? t.substring(0, 99) + "…" : t;
    }

    List<Objection> ofPolicy(long policyId) {
        return jdbc.sql("""
                        SELECT o.* FROM policy_objection o JOIN policy_grant_batch b ON b.id = o.batch_id
                        WHERE b.policy_id = :p ORDER BY o.id DESC""")
                .param("p", policyId).query(this::objection).list();
    }

    Optional<Objection> byToken(UUID token) {
        return jdbc.sql("SELECT * FROM policy_objection WHERE access_token = :t").param("t", token).query(this::objection).optional();
    }

    private Objection objection(ResultSet rs, int n) throws SQLException {
        String tracking = rs.getString("appeal_tracking_number");
        return new Objection(rs.getLong("id"), rs.getLong("batch_id"), rs.getString("credit_code"), rs.getString("reason"),
                LocalDateTime.ofInstant(rs.getTimestamp("created_at").toInstant(), clock.getZone()), tracking, rs.getObject("access_token", UUID.class),
                tracking == null ? Optional.empty() : appeals.progress(tracking), rs.getString("decision"),
                rs.getString("decision_reason"), rs.getString("decided_by"), rs.getObject("decided_on", LocalDate.class));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
