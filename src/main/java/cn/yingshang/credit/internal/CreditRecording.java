package cn.yingshang.credit.internal;

import cn.yingshang.platform.Text;
import cn.yingshang.credit.CreditRecordKind;
import cn.yingshang.credit.CreditRecords;
import cn.yingshang.credit.NewCreditRecord;
import cn.yingshang.platform.AuditLog;
import cn.yingshang.shared.CreditCode;
import cn.yingshang.shared.DomainViolation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where source departments, imports and other modules put records: validated, stored once per
 * (source department, source record id), then the list status and the risk class follow.
 */
@Service
class CreditRecording implements CreditRecords {

    /** Kinds that are always negative and need a severity; licences and honours never have one. */
    static final Set<CreditRecordKind> NEGATIVE = EnumSet.of(CreditRecordKind.PENALTY, CreditRecordKind.JUDGMENT_DEFAULTER,
            CreditRecordKind.TAX_ARREARS, CreditRecordKind.SUBSIDY_MISUSE, CreditRecordKind.COMMITMENT_BREACH);
    static final Set<CreditRecordKind> POSITIVE = EnumSet.of(CreditRecordKind.LICENCE, CreditRecordKind.HONOUR);

    private final CreditRecordStore store;
    private final CreditConfiguration configuration;
    private final DishonestyLists lists;
    private final RiskClassification classification;
    private final AuditLog audit;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    CreditRecording(CreditRecordStore store, CreditConfiguration configuration, DishonestyLists lists,
                    RiskClassification classification, AuditLog audit, Clock clock,
                    org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.store = store;
        this.configuration = configuration;
        this.lists = lists;
        this.classification = classification;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public long record(NewCreditRecord record) {
        return recordReporting(record).id();
    }

    /** The record's id and whether this call created it (false: the source id was already known). */
    record Outcome(long id, boolean created) {
    }

    @Transactional
    Outcome recordReporting(NewCreditRecord r) {
        LocalDate today = LocalDate.now(clock);
        validate(r, today);
        String code = CreditCode.of(r.creditCode()).value();
        String department = r.sourceDepartmentCode().strip();
        String sourceId = r.sourceRecordId().strip();
        PublicityPeriods.Window window = configuration.publicityPeriods().windowFor(r.decidedOn(), r.severity());
        Optional<Long> id = store.insert(code, r.kind(), department, sourceId, r.basis().strip(), r.decidedOn(), r.severity(),
                r.summary() == null ? "" : r.summary().strip(), window);
        if (id.isEmpty()) {
            return new Outcome(store.findBySource(department, sourceId).orElseThrow().id(), false);
        }
        CreditRecord created = store.find(id.get()).orElseThrow();
        audit.record("credit.record", "credit-record", String.valueOf(created.id()), null, created);
        events.publishEvent(new cn.yingshang.credit.CreditRecordPublished(created.id(), CreditCode.of(created.creditCode()), created.kind(),
                created.sourceDepartmentCode(), created.sourceRecordId(), created.basis(), created.decidedOn(), created.severity(),
                created.summary(), created.publicUntil()));
        lists.onRecorded(created, today);
        classification.recompute(code, today, Text.of("credit.recording.recomputeCause", r.kind().label(), r.basis().strip()));
        return new Outcome(created.id(), true);
    }

    static void validate(NewCreditRecord r, LocalDate today) {
        CreditCode.Check check = CreditCode.check(r.creditCode() == null ? "" : r.creditCode());
        if (!check.valid()) {
            throw new DomainViolation("creditCode", check.reason());
        }
        if (r.kind() == null) {
            throw DomainViolation.of("kind", "credit.creditRecording.kind");
        }
        if (r.sourceDepartmentCode() == null || r.sourceDepartmentCode().isBlank()) {
            throw DomainViolation.of("sourceDepartmentCode", "credit.creditRecording.sourceDepartmentCode");
        }
        if (r.sourceRecordId() == null || r.sourceRecordId().isBlank() || r.sourceRecordId().length() > 100) {
            throw DomainViolation.of("sourceRecordId", "credit.creditRecording.sourceRecordId");
        }
        if (r.basis() == null || r.basis().isBlank()) {
            throw DomainViolation.of("basis", "credit.creditRecording.basis");
        }
        if (r.decidedOn() == null) {
            throw DomainViolation.of("decidedOn", "credit.creditRecording.decidedOn");
        }
        if (r.decidedOn().isAfter(today)) {
            throw DomainViolation.of("decidedOn", "credit.creditRecording.decidedOn2");
        }
        if (NEGATIVE.contains(r.kind()) && r.severity() == null) {
            throw DomainViolation.of("severity", "credit.creditRecording.severity", r.kind().label());
        }
        if (POSITIVE.contains(r.kind()) && r.severity() != null) {
            throw DomainViolation.of("severity", "credit.creditRecording.severity2", r.kind().label());
        }
    }
}
