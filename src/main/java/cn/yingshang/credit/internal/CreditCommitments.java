package cn.yingshang.credit.internal;

import cn.yingshang.platform.Text;
import cn.yingshang.credit.CreditRecordKind;
import cn.yingshang.credit.NewCreditRecord;
import cn.yingshang.credit.Severity;
import cn.yingshang.platform.AuditLog;
import cn.yingshang.registry.MarketEntities;
import cn.yingshang.registry.MarketEntity;
import cn.yingshang.shared.CreditCode;
import cn.yingshang.shared.DomainViolation;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Credit commitments (004 #50). An enterprise's commitment waits for the receiving department
 * ({@link Status#PENDING}); only an approved one is published on 信息公开, a rejected one goes back
 * to the enterprise with the reason. Matter and content have length limits, so the public portal
 * carries no essays. A breach of an approved commitment found by the department becomes a credit record.
 */
@Service
class CreditCommitments {

    enum Status { PENDING, APPROVED, REJECTED }

    record Commitment(long id, String creditCode, String entityName, CommitmentKind kind, String matter, String content,
                      String departmentCode, LocalDate madeOn, LocalDate breachedOn, Long breachRecordId, Status status,
                      String rejectReason) {
    }

    static final int MAX_MATTER = 100;
    static final int MAX_CONTENT = 1000;
    static final int MAX_REASON = 500;

    private static final String COLUMNS = "id, credit_code, entity_name, kind, matter, content, department_code, made_on, breached_on, "
            + "breach_record_id, status, reject_reason";

    private final JdbcClient jdbc;
    private final CreditRecording recording;
    private final MarketEntities entities;
    private final AuditLog audit;
    private final Clock clock;

    CreditCommitments(JdbcClient jdbc, CreditRecording recording, MarketEntities entities, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.recording = recording;
        this.entities = entities;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    Commitment make(String creditCode, CommitmentKind kind, String matter, String content, String departmentCode) {
        if (kind == null) {
            throw DomainViolation.of("kind", "credit.creditCommitments.kind");
        }
        if (matter == null || matter.isBlank()) {
            throw DomainViolation.of("matter", "credit.creditCommitments.matter");
        }
        if (matter.strip().length() > MAX_MATTER) {
            throw DomainViolation.of("matter", "credit.creditCommitments.matter2", MAX_MATTER);
        }
        if (content == null || content.strip().length() < 4) {
            throw DomainViolation.of("content", "credit.creditCommitments.content");
        }
        if (content.strip().length() > MAX_CONTENT) {
            throw DomainViolation.of("content", "credit.creditCommitments.content2", MAX_CONTENT);
        }
        if (departmentCode == null || departmentCode.isBlank()) {
            throw DomainViolation.of("departmentCode", "credit.creditCommitments.departmentCode");
        }
        return insert(creditCode, kind, matter.strip(), content.strip(), departmentCode, LocalDate.now(clock));
    }

    /**
     * A repair application carries a public credit commitment (信用修复管理办法). Its matter names only
     * the kind of record, so the commitment does not keep publishing a record that repair removes.
     */
    Commitment makeForRepair(String creditCode, String departmentCode, CreditRecord record, String content, LocalDate on) {
        if (content.length() > MAX_CONTENT) {
            throw DomainViolation.of("commitment", "credit.creditCommitments.commitment", MAX_CONTENT);
        }
        return insert(creditCode, CommitmentKind.CREDIT_REPAIR, Text.of("credit.commitment.repairPurpose", record.kind().label()),
                content, departmentCode, on);
    }

    private Commitment insert(String creditCode, CommitmentKind kind, String matter, String content, String departmentCode, LocalDate on) {
        String name = entities.find(CreditCode.of(creditCode)).map(MarketEntity::name).orElse(creditCode);
        long id = jdbc.sql("""
                        INSERT INTO credit_commitment (credit_code, entity_name, kind, matter, content, department_code, made_on)
                        VALUES (:c, :n, :k, :m, :t, :d, :on) RETURNING id""")
                .param("c", creditCode).param("n", name).param("k", kind.name()).param("m", matter).param("t", content)
                .param("d", departmentCode).param("on", on).query(Long.class).single();
        Commitment made = find(id).orElseThrow();
        audit.record("credit.commitment.make", "credit-commitment", String.valueOf(id), null, made);
        return made;
    }

    /** The department that received the commitment finds it broken: a COMMITMENT_BREACH record follows. */
    @Transactional
    Commitment breach(long id, String departmentCode, Severity severity, String finding) {
        Commitment c = find(id).orElseThrow(() -> new NoSuchElementException(Text.of("credit.commitment.notFound", id)));
        if (!c.departmentCode().equals(departmentCode)) {
            throw DomainViolation.of("commitment", "credit.creditCommitments.commitment2");
        }
        if (c.status() != Status.APPROVED) {
            throw DomainViolation.of("commitment", "credit.creditCommitments.commitment3");
        }
        if (c.breachedOn() != null) {
            throw DomainViolation.of("commitment", "credit.creditCommitments.commitment4", c.breachedOn());
        }
        if (severity == null) {
            throw DomainViolation.of("severity", "credit.creditCommitments.severity");
        }
        if (finding == null || finding.isBlank()) {
            throw DomainViolation.of("finding", "credit.creditCommitments.finding");
        }
        LocalDate today = LocalDate.now(clock);
        // claim the breach first (status guard), so two officials at once cannot record two credit records
        cn.yingshang.shared.ConflictingChange.unlessOne(jdbc.sql("UPDATE credit_commitment SET breached_on = :on WHERE id = :id AND breached_on IS NULL")
                .param("on", today).param("id", id).update());
        long recordId = recording.record(new NewCreditRecord(c.creditCode(), CreditRecordKind.COMMITMENT_BREACH, departmentCode,
                "commitment-" + id, Text.of("credit.commitment.breachSummary", c.kind().label(), c.matter()), today, severity, finding.strip()));
        jdbc.sql("UPDATE credit_commitment SET breach_record_id = :r WHERE id = :id")
                .param("r", recordId).param("id", id).update();
        Commitment after = find(id).orElseThrow();
        audit.record("credit.commitment.breach", "credit-commitment", String.valueOf(id), c, after);
        return after;
    }

    /** The receiving department publishes the commitment. */
    @Transactional
    Commitment approve(long id, String departmentCode, String reviewer) {
        return review(id, departmentCode, reviewer, Status.APPROVED, null);
    }

    /** The receiving department turns the commitment down; the enterprise sees why. */
    @Transactional
    Commitment reject(long id, String departmentCode, String reviewer, String reason) {
        String r = reason == null ? "" : reason.strip();
        if (r.isEmpty()) {
            throw DomainViolation.of("reason", "credit.creditCommitments.reason");
        }
        if (r.length() > MAX_REASON) {
            throw DomainViolation.of("reason", "credit.creditCommitments.reason2", MAX_REASON);
        }
        return review(id, departmentCode, reviewer, Status.REJECTED, r);
    }

    private Commitment review(long id, String departmentCode, String reviewer, Status to, String reason) {
        Commitment c = find(id).orElseThrow(() -> new NoSuchElementException(Text.of("credit.commitment.notFound", id)));
        if (!c.departmentCode().equals(departmentCode)) {
            throw new org.springframework.security.access.AccessDeniedException(Text.of("credit.commitment.acceptingDepartmentOnly"));
        }
        // status-guarded: two reviewers at once, or a second click, change it once
        int changed = jdbc.sql("""
                        UPDATE credit_commitment SET status = :to, reviewed_on = :on, reviewed_by = :by, reject_reason = :reason
                        WHERE id = :id AND status = 'PENDING'""")
                .param("to", to.name()).param("on", LocalDate.now(clock)).param("by", reviewer).param("reason", reason)
                .param("id", id).update();
        if (changed == 0) {
            throw DomainViolation.of("commitment", "credit.creditCommitments.commitment5");
        }
        Commitment after = find(id).orElseThrow();
        audit.record("credit.commitment." + (to == Status.APPROVED ? "approve" : "reject"), "credit-commitment",
                String.valueOf(id), c, after);
        return after;
    }

    /** One page of the commitments waiting for the department's review, oldest first, searched by entity, matter or code. */
    cn.yingshang.platform.PageOf<Commitment> pending(String departmentCode, String search, cn.yingshang.platform.ListPage page) {
        return cn.yingshang.platform.ListQuery.page(jdbc, spec("department_code = :d AND status = 'PENDING'", "id"),
                java.util.Map.of("d", departmentCode), search, page, CreditCommitments::map);
    }

    private static cn.yingshang.platform.ListQuery.Spec spec(String scope, String defaultOrder) {
        return new cn.yingshang.platform.ListQuery.Spec(COLUMNS, "credit_commitment", scope, List.of("entity_name", "matter"),
                List.of("credit_code"), java.util.Map.of("madeOn", "made_on", "entity", "entity_name"), defaultOrder);
    }

    /** What 信息公开 shows of an entity: approved commitments only. */
    List<Commitment> publishedOfEntity(String creditCode) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM credit_commitment WHERE credit_code = :c AND status = 'APPROVED' "
                        + "ORDER BY made_on DESC, id DESC")
                .param("c", creditCode).query(CreditCommitments::map).list();
    }

    Optional<Commitment> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM credit_commitment WHERE id = :id").param("id", id)
                .query(CreditCommitments::map).optional();
    }

    List<Commitment> ofEntity(String creditCode) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM credit_commitment WHERE credit_code = :c ORDER BY made_on DESC, id DESC")
                .param("c", creditCode).query(CreditCommitments::map).list();
    }

    /** One page of the published (approved) commitments for 信息公开, newest first. */
    cn.yingshang.platform.PageOf<Commitment> published(String search, cn.yingshang.platform.ListPage page) {
        return cn.yingshang.platform.ListQuery.page(jdbc, spec("status = 'APPROVED'", "made_on DESC, id DESC"), java.util.Map.of(),
                search, page, CreditCommitments::map);
    }

    static Commitment map(ResultSet rs, int row) throws SQLException {
        return new Commitment(rs.getLong("id"), rs.getString("credit_code"), rs.getString("entity_name"),
                CommitmentKind.valueOf(rs.getString("kind")), rs.getString("matter"), rs.getString("content"),
                rs.getString("department_code"), rs.getObject("made_on", LocalDate.class),
                rs.getObject("breached_on", LocalDate.class), (Long) rs.getObject("breach_record_id"),
                Status.valueOf(rs.getString("status")), rs.getString("reject_reason"));
    }

}
