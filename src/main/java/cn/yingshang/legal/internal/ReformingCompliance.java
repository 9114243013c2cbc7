package cn.yingshang.legal.internal;

import cn.yingshang.platform.AuditLog;
import cn.yingshang.platform.Department;
import cn.yingshang.platform.DepartmentFunction;
import cn.yingshang.platform.DepartmentId;
import cn.yingshang.platform.Departments;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.registry.MarketEntities;
import cn.yingshang.shared.CreditCode;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enterprise compliance reform (002 #27): the procuratorate enters a case after the first compliance
 * review, the enterprise commits and reports each rectification step, the procuratorate records the
 * assessment and the outcome, and a non-prosecuted enterprise's file goes to the competent department
 * with a procuratorial opinion that department answers.
 */
@Component
class ReformingCompliance {

    record NewComplianceCase(String caseNumber, String creditCode, String offence, ComplianceMode mode, String monitor,
                             @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate rectifyBy) {
    }

    /** A line of the enterprise's own list. */
    public record Summary(ComplianceCase c, String procuratorateName, boolean overdue) {
    }

    static final String BASIS = "002 #27";

    private static final Set<DepartmentFunction> PROCURATORATE = Set.of(DepartmentFunction.PROCURATORATE);
    private static final int MAX_TEXT = 4000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ComplianceCases ledger;
    private final PoliticalLegalBodies bodies;
    private final Departments departments;
    private final MarketEntities entities;
    private final LegalMessages messages;
    private final AuditLog audit;
    private final Clock clock;

    ReformingCompliance(ComplianceCases ledger, PoliticalLegalBodies bodies, Departments departments, MarketEntities entities,
                        LegalMessages messages, AuditLog audit, Clock clock) {
        this.ledger = ledger;
        this.bodies = bodies;
        this.departments = departments;
        this.entities = entities;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    long enter(NewComplianceCase c, SignedInUser official) {
        Department procuratorate = bodies.bodyOf(official, PROCURATORATE);
        String caseNumber = required(c.caseNumber(), "caseNumber", "legal.compliance.caseNumberRequired");
        String offence = required(c.offence(), "offence", "legal.compliance.offenceRequired");
        if (c.mode() == null) {
            throw messages.violation("mode", "legal.compliance.modeRequired");
        }
        String monitor = c.monitor() == null || c.monitor().isBlank() ? null : c.monitor().strip();
        if (c.mode().needsMonitor() && monitor == null) {
            throw messages.violation("monitor", "legal.compliance.monitorRequired");
        }
        LocalDate today = LocalDate.now(clock);
        if (c.rectifyBy() == null || !c.rectifyBy().isAfter(today)) {
            throw messages.violation("rectifyBy", "legal.compliance.rectifyByInvalid");
        }
        CreditCode code;
        try {
            code = CreditCode.of(c.creditCode() == null ? "" : c.creditCode().strip());
        } catch (RuntimeException e) {
            throw messages.violation("creditCode", "legal.creditCode.invalid");
        }
        String name = entities.find(code).map(e -> e.name())
                .orElseThrow(() -> messages.violation("creditCode", "legal.creditCode.unknown"));
        String reference = "HG" + today.getYear() + "-" + Long.toString(RANDOM.nextLong(1L << 40, 1L << 41), 36).toUpperCase();
        long id = ledger.insert(reference, procuratorate.id().value(), caseNumber, code.value(), name, offence, c.mode(),
                        c.mode().needsMonitor() ? monitor : null, c.rectifyBy())
                .orElseThrow(() -> messages.violation("caseNumber", "legal.compliance.duplicate"));
        audit.record("legal.compliance.enter", "legal_compliance_case", String.valueOf(id), null, reference);
        return id;
    }

    @Transactional
    void addStep(long id, String title, LocalDate dueOn, SignedInUser official) {
        ComplianceCase c = ownedByProcuratorate(id, official);
        String t = required(title, "title", "legal.compliance.step.titleRequired");
        if (dueOn == null || dueOn.isBefore(LocalDate.now(clock)) || dueOn.isAfter(c.rectifyBy())) {
            throw messages.violation("dueOn", "legal.compliance.step.dueInvalid", c.rectifyBy());
        }
        if (!ComplianceCase.AWAITING_COMMITMENT.equals(c.status()) && !ComplianceCase.RECTIFYING.equals(c.status())) {
            throw messages.violation(null, "legal.compliance.step.closed");
        }
        if (ledger.addStep(id, t, dueOn)) {
            audit.record("legal.compliance.step", "legal_compliance_case", String.valueOf(id), null, t);
        }
    }

    @Transactional
    void commit(long id, String commitment, SignedInUser enterprise) {
        ComplianceCase c = ownedByEnterprise(id, enterprise);
        String text = required(commitment, "commitment", "legal.compliance.commitmentRequired");
        ledger.commit(id, text, enterprise.username(), LocalDate.now(clock));
        audit.record("legal.compliance.commit", "legal_compliance_case", String.valueOf(id), c.status(), ComplianceCase.RECTIFYING);
    }

    @Transactional
    void reportStep(long id, long stepId, String report, SignedInUser enterprise) {
        ComplianceCase c = ownedByEnterprise(id, enterprise);
        String text = required(report, "report", "legal.compliance.step.reportRequired");
        if (c.steps().stream().noneMatch(s -> s.id() == stepId)) {
            throw new NoSuchElementException(messages.text("legal.compliance.notFound"));
        }
        ledger.reportStep(id, stepId, text, LocalDate.now(clock));
        audit.record("legal.compliance.report", "legal_compliance_step", String.valueOf(stepId), null, "REPORTED");
    }

    @Transactional
    void assess(long id, boolean passed, String note, SignedInUser official) {
        ComplianceCase c = ownedByProcuratorate(id, official);
        String text = required(note, "assessmentNote", "legal.compliance.assessmentNoteRequired");
        if (passed && !c.everyStepReported()) {
            throw messages.violation("passed", "legal.compliance.stepsOpen");
        }
        ledger.assess(id, passed, text, LocalDate.now(clock));
        audit.record("legal.compliance.assess", "legal_compliance_case", String.valueOf(id), c.status(), passed ? "PASSED" : "FAILED");
    }

    @Transactional
    void close(long id, ComplianceOutcome outcome, SignedInUser official) {
        ComplianceCase c = ownedByProcuratorate(id, official);
        if (outcome == null) {
            throw messages.violation("outcome", "legal.compliance.outcomeRequired");
        }
        if (!ComplianceCase.ASSESSED.equals(c.status())) {
            throw messages.violation("outcome", "legal.compliance.notAssessed");
        }
        if (!outcome.allowedAfter("PASSED".equals(c.assessment()))) {
            throw messages.violation("outcome", "legal.compliance.outcomeAgainstAssessment");
        }
        ledger.close(id, outcome, LocalDate.now(clock));
        audit.record("legal.compliance.close", "legal_compliance_case", String.valueOf(id), c.status(), outcome.name());
    }

    @Transactional
    void sendOpinion(long id, Long departmentId, String opinion, SignedInUser official) {
        ComplianceCase c = ownedByProcuratorate(id, official);
        if (!c.mayReceiveOpinion()) {
            throw messages.violation(null, "legal.compliance.opinionNotAllowed");
        }
        Department competent = departmentId == null ? null : departments.byId(DepartmentId.of(departmentId)).orElse(null);
        if (competent == null || PoliticalLegalBodies.MEASURE_TAKERS.contains(competent.function())) {
            throw messages.violation("departmentId", "legal.compliance.departmentInvalid");
        }
        String text = required(opinion, "opinion", "legal.compliance.opinionRequired");
        ledger.sendOpinion(id, departmentId, text, LocalDate.now(clock));
        audit.record("legal.compliance.opinion", "legal_compliance_case", String.valueOf(id), null, String.valueOf(departmentId));
    }

    @Transactional
    void respond(long id, String response, SignedInUser official) {
        ComplianceCase c = readable(id, official);
        if (c.opinionDepartmentId() == null || !departments.actsFor(official, DepartmentId.of(c.opinionDepartmentId()))) {
            throw new AccessDeniedException("legal.compliance.notAddressee");
        }
        String text = required(response, "response", "legal.compliance.responseRequired");
        ledger.respond(id, text, LocalDate.now(clock));
        audit.record("legal.compliance.respond", "legal_compliance_case", String.valueOf(id), null, "RESPONDED");
    }

    List<Summary> ofEnterprise(SignedInUser enterprise) {
        if (enterprise.creditCode() == null) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        return ledger.ofEnterprise(enterprise.creditCode()).stream()
                .map(c -> new Summary(c, bodies.name(c.procuratorateId()), c.overdue(today))).toList();
    }

    /**
     * The procuratorate (or one above it), the enterprise itself, the department the opinion went to and
     * the office read a case; to anyone else it does not exist.
     */
    ComplianceCase readable(long id, SignedInUser user) {
        ComplianceCase c = ledger.find(id).orElseThrow(this::notFound);
        boolean reads = PoliticalLegalBodies.supervises(user)
                || bodies.oversees(user, c.procuratorateId())
                || (user.creditCode() != null && user.creditCode().equals(c.creditCode()) && user.can("legal:file"))
                || (c.opinionDepartmentId() != null && user.can("legal:respond")
                    && departments.actsFor(user, DepartmentId.of(c.opinionDepartmentId())));
        if (!reads) {
            throw notFound();
        }
        return c;
    }

    private ComplianceCase ownedByProcuratorate(long id, SignedInUser official) {
        bodies.bodyOf(official, PROCURATORATE);
        ComplianceCase c = readable(id, official);
        if (!bodies.actsFor(official, c.procuratorateId())) {
            throw new AccessDeniedException("legal.compliance.notOwn");
        }
        return c;
    }

    private ComplianceCase ownedByEnterprise(long id, SignedInUser enterprise) {
        ComplianceCase c = ledger.find(id).orElseThrow(this::notFound);
        if (enterprise.creditCode() == null || !enterprise.creditCode().equals(c.creditCode()) || !enterprise.can("legal:file")) {
            throw notFound();
        }
        return c;
    }

    private String required(String value, String field, String key) {
        if (value == null || value.isBlank()) {
            throw messages.violation(field, key);
        }
        if (value.length() > MAX_TEXT) {
            throw messages.violation(field, "legal.compliance.tooLong", MAX_TEXT);
        }
        return value.strip();
    }

    private NoSuchElementException notFound() {
        return new NoSuchElementException(messages.text("legal.compliance.notFound"));
    }
}
