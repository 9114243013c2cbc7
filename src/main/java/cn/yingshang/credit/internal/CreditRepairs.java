package cn.yingshang.credit.internal;

import cn.yingshang.platform.Text;
import cn.yingshang.credit.CreditRepaired;
import cn.yingshang.platform.AuditLog;
import cn.yingshang.platform.Department;
import cn.yingshang.platform.DepartmentFunction;
import cn.yingshang.platform.Departments;
import cn.yingshang.platform.Notifications;
import cn.yingshang.platform.Role;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.reference.WorkingCalendars;
import cn.yingshang.registry.MarketEntities;
import cn.yingshang.registry.MarketEntity;
import cn.yingshang.shared.CreditCode;
import cn.yingshang.shared.ConflictingChange;
import cn.yingshang.shared.DomainViolation;
import cn.yingshang.shared.RegionCode;
import cn.yingshang.shared.Regions;
import cn.yingshang.shared.TimeLimit;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Credit repair (003 §45, 004 #51, facts.md): the entity applies once the shortest publicity period
 * has passed, with evidence of correction and a public credit commitment; the department that
 * imposed the record decides (谁处罚、谁修复) within the configured limit. Court entries are the court's:
 * it records the defaulter's performance and the entry is deleted and repaired at once (002 #37). Approval ends publicity, lifts the list entry and tells the modules that acted on it.
 */
@Service
class CreditRepairs {

    private static final String COLUMNS = """
            id, record_id, credit_code, deciding_department_code, evidence, commitment, applied_on, due_on, status,
            decided_on, decided_by, reasons""";

    private final JdbcClient jdbc;
    private final CreditRecordStore records;
    private final DishonestyLists lists;
    private final RiskClassification classification;
    private final CreditCommitments commitments;
    private final CreditConfiguration configuration;
    private final Departments departments;
    private final MarketEntities entities;
    private final WorkingCalendars calendars;
    private final Notifications notifications;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final DepartmentNames names;

    CreditRepairs(JdbcClient jdbc, CreditRecordStore records, DishonestyLists lists, RiskClassification classification,
                  CreditCommitments commitments, CreditConfiguration configuration, Departments departments,
                  MarketEntities entities, WorkingCalendars calendars, Notifications notifications, AuditLog audit,
                  ApplicationEventPublisher events, Clock clock, DepartmentNames names) {
        this.names = names;
        this.jdbc = jdbc;
        this.records = records;
        this.lists = lists;
        this.classification = classification;
        this.commitments = commitments;
        this.configuration = configuration;
        this.departments = departments;
        this.entities = entities;
        this.calendars = calendars;
        this.notifications = notifications;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    record Application(long recordId, String evidence, String commitment) {
    }

    @Transactional
    RepairApplication apply(String creditCode, Application form, String actor) {
        LocalDate today = LocalDate.now(clock);
        CreditRecord record = records.find(form.recordId())
                .filter(r -> r.creditCode().equals(creditCode))
                .orElseThrow(() -> DomainViolation.of("recordId", "credit.creditRepairs.recordId"));
        if (!record.isNegative()) {
            throw DomainViolation.of("recordId", "credit.creditRepairs.recordId2");
        }
        // 003 §37: a list entry barring the same kind of policy outlasts the record's publicity until repaired.
        boolean stillListed = record.repairedOn() == null && lists.inForceForRecord(record.id(), today);
        if (!record.isPublicOn(today) && !stillListed) {
            throw DomainViolation.of("recordId", "credit.creditRepairs.recordId3");
        }
        // 002 #37: a court entry is repaired on performance, not after a publicity period.
        if (!record.isCourtEntry() && (record.repairableFrom() == null || today.isBefore(record.repairableFrom()))) {
            throw DomainViolation.of("recordId", "credit.creditRepairs.recordId4", record.repairableFrom());
        }
        if (form.evidence() == null || form.evidence().strip().length() < 4) {
            throw DomainViolation.of("evidence", "credit.creditRepairs.evidence");
        }
        if (form.commitment() == null || form.commitment().strip().length() < 4) {
            throw DomainViolation.of("commitment", "credit.creditRepairs.commitment");
        }
        if (jdbc.sql("SELECT EXISTS (SELECT 1 FROM credit_repair_application WHERE record_id = :r AND status = 'SUBMITTED')")
                .param("r", record.id()).query(Boolean.class).single()) {
            throw DomainViolation.of("recordId", "credit.creditRepairs.recordId5");
        }
        // 谁处罚、谁修复: a court entry goes to the court, which decides by recording the performance
        // (recordCourtPerformance); other records to the department that imposed them.
        Department decider = record.isCourtEntry() ? null : decidingDepartment(record);
        String deciderCode = decider == null ? record.sourceDepartmentCode() : decider.code();
        String deciderName = decider == null ? names.nameOf(deciderCode) : decider.name();
        LocalDate due = record.isCourtEntry()
                ? today.plusDays(configuration.setting(CreditConfiguration.COURT_REPAIR_DAYS))
                : calendars.forRegion(decider.region()).deadline(today,
                TimeLimit.workingDays(configuration.setting(CreditConfiguration.REPAIR_DECISION_DAYS)));
        // one open application per record (credit_repair_one_open_idx): a double click finds the first one, not a 500
        long id = jdbc.sql("""
                        INSERT INTO credit_repair_application (record_id, credit_code, deciding_department_code, evidence, commitment,
                                                               applied_on, due_on, status)
                        VALUES (:r, :c, :d, :e, :m, :on, :due, 'SUBMITTED')
                        ON CONFLICT (record_id) WHERE status = 'SUBMITTED' DO NOTHING RETURNING id""")
                .param("r", record.id()).param("c", creditCode).param("d", deciderCode).param("e", form.evidence().strip())
                .param("m", form.commitment().strip()).param("on", today).param("due", due).query(Long.class).optional()
                .orElseThrow(ConflictingChange::duplicate);
        step(id, actor, Text.of("credit.repair.step.submitted"), Text.of("credit.repair.step.submittedDetail", record.kind().label(), record.basis(), deciderName, due));
        commitments.makeForRepair(creditCode, deciderCode, record, form.commitment().strip(), today);
        if (decider != null) {
            notifications.toDepartment(decider.id(), Text.of("credit.repair.notice.pendingTitle", due),
                    Text.of("credit.repair.notice.pendingBody", record.basis()), "/workbench/credit/repairs/" + id);
        }
        RepairApplication created = find(id).orElseThrow();
        audit.record("credit.repair.apply", "credit-repair-application", String.valueOf(id), null, created);
        return created;
    }

    @Transactional
    RepairApplication approve(long id, SignedInUser user, String note) {
        RepairApplication app = open(id, user);
        LocalDate today = LocalDate.now(clock);
        CreditRecord record = records.find(app.recordId()).orElseThrow();
        ConflictingChange.unlessOne(jdbc.sql("""
                        UPDATE credit_repair_application SET status = 'APPROVED', decided_on = :on, decided_by = :by, reasons = :n
                        WHERE id = :id AND status = 'SUBMITTED'""")
                .param("on", today).param("by", user.displayName()).param("n", note == null ? "" : note.strip()).param("id", id).update());
        records.markRepaired(record.id(), today);
        lists.removeForRepair(record.id(), today);
        step(id, user.displayName(), Text.of("credit.repair.step.approved"), Text.of("credit.creditRepairs.approvedStep", today, note == null || note.isBlank() ? "" : Text.of("credit.repair.step.noteSuffix", note.strip())));
        classification.recompute(record.creditCode(), today, Text.of("credit.repair.recomputeCause", record.basis()));
        events.publishEvent(new CreditRepaired(CreditCode.of(record.creditCode()), record.id(), record.kind(), record.sourceDepartmentCode(), today));
        notifications.toEntity(CreditCode.of(record.creditCode()), Text.of("credit.repair.notice.approvedTitle"), Text.of("credit.repair.notice.approvedBody", record.basis()),
                "/enterprise/credit");
        RepairApplication after = find(id).orElseThrow();
        audit.record("credit.repair.approve", "credit-repair-application", String.valueOf(id), app, after);
        return after;
    }

    /**
     * 002 #37, 000 §54: the court records that a defaulter performed. The court decides (谁处罚、谁修复):
     * on the day it is recorded, the entry leaves the list (or, in the grace period, is never included),
     * the record stops being public and the measures are lifted — within the 3 days of 002 #37 whatever
     * the publicity periods; a pending application of the entity is approved with it. Idempotent.
     */
    @Transactional
    Optional<CreditRecord> recordCourtPerformance(String courtCode, String sourceRecordId, LocalDate performedOn, String actor) {
        LocalDate today = LocalDate.now(clock);
        CreditRecord record = records.findBySource(courtCode, sourceRecordId)
                .orElseThrow(() -> DomainViolation.of("sourceRecordId", "credit.creditRepairs.sourceRecordId", sourceRecordId));
        if (!record.isCourtEntry()) {
            throw DomainViolation.of("sourceRecordId", "credit.creditRepairs.sourceRecordId2");
        }
        if (performedOn == null || performedOn.isAfter(today)) {
            throw DomainViolation.of("performedOn", "credit.creditRepairs.performedOn");
        }
        if (record.repairedOn() != null || !record.isPublicOn(today)) {
            return Optional.empty();
        }
        String court = names.nameOf(courtCode);
        for (DishonestyEntry entry : lists.ofEntity(record.creditCode())) {
            if (entry.recordId() == record.id() && entry.inGraceOn(today)) {
                lists.fulfilInGrace(entry.id(), today);
            }
        }
        records.markRepaired(record.id(), today);
        lists.removeForRepair(record.id(), today);
        for (Long pending : jdbc.sql("""
                        UPDATE credit_repair_application SET status = 'APPROVED', decided_on = :on, decided_by = :by,
                        reasons = :n WHERE record_id = :r AND status = 'SUBMITTED' RETURNING id""")
                .param("on", today).param("by", court).param("n", Text.of("credit.repair.performance.step", performedOn))
                .param("r", record.id()).query(Long.class).list()) {
            step(pending, court, Text.of("credit.repair.step.approved"), Text.of("credit.repair.performance.stepDetail", performedOn, today));
        }
        classification.recompute(record.creditCode(), today, Text.of("credit.repair.performance.recomputeCause", record.basis()));
        events.publishEvent(new CreditRepaired(CreditCode.of(record.creditCode()), record.id(), record.kind(), record.sourceDepartmentCode(), today));
        notifications.toEntity(CreditCode.of(record.creditCode()), Text.of("credit.repair.performance.noticeTitle"),
                Text.of("credit.repair.performance.noticeBody", court, record.basis()), "/enterprise/credit");
        audit.record("credit.court.performance", "credit-record", String.valueOf(record.id()), record,
                Map.of("performedOn", performedOn, "repairedOn", today, "actor", actor));
        return records.find(record.id());
    }

    CreditRecord courtRecord(String courtCode, String sourceRecordId) {
        return records.findBySource(courtCode, sourceRecordId)
                .orElseThrow(() -> DomainViolation.of("sourceRecordId", "credit.creditRepairs.sourceRecordId", sourceRecordId));
    }

    @Transactional
    RepairApplication refuse(long id, SignedInUser user, String reasons) {
        RepairApplication app = open(id, user);
        if (reasons == null || reasons.strip().length() < 4) {
            throw DomainViolation.of("reasons", "credit.creditRepairs.reasons");
        }
        LocalDate today = LocalDate.now(clock);
        ConflictingChange.unlessOne(jdbc.sql("""
                        UPDATE credit_repair_application SET status = 'REFUSED', decided_on = :on, decided_by = :by, reasons = :r
                        WHERE id = :id AND status = 'SUBMITTED'""")
                .param("on", today).param("by", user.displayName()).param("r", reasons.strip()).param("id", id).update());
        step(id, user.displayName(), Text.of("credit.repair.step.refused"), reasons.strip());
        notifications.toEntity(CreditCode.of(app.creditCode()), Text.of("credit.repair.notice.refusedTitle"), Text.of("credit.repair.notice.refusedBody", reasons.strip()), "/enterprise/credit");
        RepairApplication after = find(id).orElseThrow();
        audit.record("credit.repair.refuse", "credit-repair-application", String.valueOf(id), app, after);
        return after;
    }

    /** 谁处罚、谁修复: only the department that imposed the record (or an administrator) decides. */
    private RepairApplication open(long id, SignedInUser user) {
        RepairApplication app = find(id).orElseThrow(() -> new NoSuchElementException(Text.of("credit.repair.notFound", id)));
        if (!maySee(app, user)) {
            throw new AccessDeniedException(Text.of("credit.repair.decidingDepartmentOnly"));
        }
        if (app.status() != RepairApplication.Status.SUBMITTED) {
            throw new ConflictingChange(Text.of("credit.repair.alreadyDecided", app.status().label()));
        }
        return app;
    }

    boolean maySee(RepairApplication app, SignedInUser user) {
        if (user.role() == Role.ADMIN) {
            return true;
        }
        return user.departmentId() != null && departments.byId(user.departmentId())
                .map(d -> d.code().equals(app.decidingDepartmentCode())).orElse(false);
    }

    /** The source department when it is in the tree; for courts, the region's credit lead (发展改革委) records their decision. */
    Department decidingDepartment(CreditRecord record) {
        Optional<Department> source = departments.all().stream().filter(d -> d.code().equals(record.sourceDepartmentCode())).findFirst();
        if (source.isPresent()) {
            return source.get();
        }
        RegionCode region = entities.find(CreditCode.of(record.creditCode())).map(MarketEntity::region)
                .orElse(DishonestyLists.regionOf(record.creditCode()));
        return departments.responsibleFor(region, DepartmentFunction.DEVELOPMENT_REFORM)
                .or(() -> departments.responsibleFor(Regions.XINJIANG, DepartmentFunction.DEVELOPMENT_REFORM))
                .orElseThrow(() -> new IllegalStateException(Text.of("credit.repair.noDevelopmentReformDepartment")));
    }

    Optional<RepairApplication> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM credit_repair_application WHERE id = :id").param("id", id)
                .query(this::map).optional();
    }

    List<RepairApplication> ofEntity(String creditCode) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM credit_repair_application WHERE credit_code = :c ORDER BY id DESC")
                .param("c", creditCode).query(this::map).list();
    }

    List<RepairApplication> forDepartment(String departmentCode, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM credit_repair_application WHERE deciding_department_code = :d
                        ORDER BY (status = 'SUBMITTED') DESC, due_on, id DESC LIMIT :l""")
                .param("d", departmentCode).param("l", limit).query(this::map).list();
    }

    private void step(long applicationId, String actor, String step, String note) {
        jdbc.sql("INSERT INTO credit_repair_step (application_id, occurred_at, actor, step, note) VALUES (:a, :at, :who, :s, :n)")
                .param("a", applicationId).param("at", OffsetDateTime.now(clock)).param("who", actor).param("s", step)
                .param("n", note).update();
    }

    private List<RepairApplication.Step> steps(long applicationId) {
        return jdbc.sql("SELECT occurred_at, actor, step, note FROM credit_repair_step WHERE application_id = :a ORDER BY id")
                .param("a", applicationId)
                .query((rs, n) -> new RepairApplication.Step(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getString(2),
                        rs.getString(3), rs.getString(4)))
                .list();
    }

    private RepairApplication map(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        return new RepairApplication(id, rs.getLong("record_id"), rs.getString("credit_code"),
                rs.getString("deciding_department_code"), rs.getString("evidence"), rs.getString("commitment"),
                rs.getObject("applied_on", LocalDate.class), rs.getObject("due_on", LocalDate.class),
                RepairApplication.Status.valueOf(rs.getString("status")), rs.getObject("decided_on", LocalDate.class),
                rs.getString("decided_by"), rs.getString("reasons"), steps(id));
    }

}
