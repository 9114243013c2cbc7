package cn.yingshang.legal.internal;

import cn.yingshang.credit.CourtDefaulters;
import cn.yingshang.credit.GovernmentDishonestyKind;
import cn.yingshang.credit.GovernmentIntegrityRecords;
import cn.yingshang.credit.NewGovernmentIntegrityRecord;
import cn.yingshang.credit.CreditRecordKind;
import cn.yingshang.credit.CreditRecords;
import cn.yingshang.credit.NewCreditRecord;
import cn.yingshang.credit.Severity;
import cn.yingshang.platform.AuditLog;
import cn.yingshang.platform.Department;
import cn.yingshang.platform.DepartmentFunction;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.registry.MarketEntities;
import cn.yingshang.shared.CreditCode;
import cn.yingshang.shared.RegionCode;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The court follows a judgment until it is performed (002 #29): a defaulter who resists enters the
 * dishonesty list through the credit module; a defaulter who performs is removed and repaired there,
 * within three days, by the court's word alone (002 #37).
 */
@Component
public class EnforcingJudgments {

    /** {@code debtorName} is needed only for a public body, which the market-entity registry does not hold. */
    public record NewJudgment(String caseNumber, String creditorName, String debtorCreditCode, String debtorName, String debtorKind,
                              BigDecimal amount,
                              @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate judgedOn, String creditorCreditCode) {

        static NewJudgment blank() {
            return new NewJudgment("", "", "", "", "ENTERPRISE", null, null, "");
        }
    }

    /** The seed measures on public bodies' debts and judgments, cited on the government-integrity record. */
    static final String PUBLIC_DEBTOR_BASIS = "002 #31";

    private static final Set<String> DEBTOR_KINDS = Set.of("ENTERPRISE", "PUBLIC_BODY", "STATE_OWNED");

    private final Judgments judgments;
    private final PoliticalLegalBodies bodies;
    private final MarketEntities entities;
    private final CreditRecords credit;
    private final CourtDefaulters defaulters;
    private final GovernmentIntegrityRecords integrity;
    private final LegalMessages messages;
    private final AuditLog audit;
    private final Clock clock;
    private final JudgmentArrearsFeed arrearsFeed;

    EnforcingJudgments(Judgments judgments, PoliticalLegalBodies bodies, MarketEntities entities, CreditRecords credit,
                       CourtDefaulters defaulters, GovernmentIntegrityRecords integrity, LegalMessages messages, AuditLog audit,
                       Clock clock, JudgmentArrearsFeed arrearsFeed) {
        this.arrearsFeed = arrearsFeed;
        this.integrity = integrity;
        this.judgments = judgments;
        this.bodies = bodies;
        this.entities = entities;
        this.credit = credit;
        this.defaulters = defaulters;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    long record(NewJudgment j, SignedInUser clerk) {
        Department court = bodies.bodyOf(clerk, Set.of(DepartmentFunction.COURT));
        LocalDate today = LocalDate.now(clock);
        if (j.caseNumber() == null || j.caseNumber().isBlank()) {
            throw messages.violation("caseNumber", "legal.judgment.caseNumberRequired");
        }
        if (j.creditorName() == null || j.creditorName().isBlank()) {
            throw messages.violation("creditorName", "legal.judgment.creditorRequired");
        }
        if (j.debtorKind() == null || !DEBTOR_KINDS.contains(j.debtorKind())) {
            throw messages.violation("debtorKind", "legal.judgment.debtorKindRequired");
        }
        if (j.amount() == null || j.amount().signum() < 0) {
            throw messages.violation("amount", "legal.judgment.amountInvalid");
        }
        if (j.judgedOn() == null || j.judgedOn().isAfter(today)) {
            throw messages.violation("judgedOn", "legal.judgment.judgedOnInvalid");
        }
        CreditCode code;
        try {
            code = CreditCode.of(j.debtorCreditCode() == null ? "" : j.debtorCreditCode().strip());
        } catch (RuntimeException e) {
            throw messages.violation("debtorCreditCode", "legal.creditCode.invalid");
        }
        String name = entities.find(code).map(e -> e.name()).orElse(null);
        if (name == null && "PUBLIC_BODY".equals(j.debtorKind())) {
            // a Party or government body or public institution: its code is issued by the staffing authority (first character 1)
            if (code.value().charAt(0) != '1') {
                throw messages.violation("debtorCreditCode", "legal.judgment.notAPublicBody");
            }
            if (j.debtorName() == null || j.debtorName().isBlank()) {
                throw messages.violation("debtorName", "legal.judgment.debtorNameRequired");
            }
            name = j.debtorName().strip();
        }
        if (name == null) {
            throw messages.violation("debtorCreditCode", "legal.creditCode.unknown");
        }
        String creditorCode = arrearsFeed.creditorCode(j);
        long id = judgments.insert(court.id().value(), j.caseNumber().strip(), j.creditorName().strip(), code.value(), name,
                j.debtorKind(), j.amount(), j.judgedOn(), creditorCode);
        audit.record("legal.judgment.record", "legal_judgment", String.valueOf(id), null, j.caseNumber());
        judgments.find(id).ifPresent(recorded -> arrearsFeed.feed(recorded, court));
        return id;
    }

    /** The listing decision may be recorded after the day it was made; the credit module applies warning and grace from it. */
    @Transactional
    void listAsDefaulter(long id, LocalDate listedOn, SignedInUser clerk) {
        Judgment j = own(id, clerk);
        if (listedOn == null || listedOn.isAfter(LocalDate.now(clock)) || listedOn.isBefore(j.judgedOn())) {
            throw messages.violation("listedOn", "legal.judgment.listedOnInvalid");
        }
        judgments.listed(id, listedOn);
        Department court = bodies.require(j.courtId());
        if (j.answersForGovernmentIntegrity()) {
            // 002 #31, #37: a Party or government body or a state-owned enterprise refusing a judgment is a government-integrity matter
            RegionCode region = entities.find(CreditCode.of(j.debtorCreditCode())).map(e -> e.region()).orElse(court.region());
            integrity.record(new NewGovernmentIntegrityRecord(j.debtorName(), null, region, GovernmentDishonestyKind.UNPERFORMED_JUDGMENT,
                    court.code(), j.sourceRecordId(), PUBLIC_DEBTOR_BASIS, messages.text("legal.judgment.integritySummary", j.caseNumber(),
                    j.creditorName()), j.amount(), listedOn));
        }
        if (j.onDefaulterList()) {
            credit.record(new NewCreditRecord(j.debtorCreditCode(), CreditRecordKind.JUDGMENT_DEFAULTER, court.code(), j.sourceRecordId(),
                    j.caseNumber(), listedOn, Severity.ORDINARY, messages.text("legal.judgment.summary", j.caseNumber())));
        }
        audit.record("legal.judgment.list", "legal_judgment", String.valueOf(id), j.status(), "DEFAULTER_LISTED");
    }

    /** Returns the day the entry was repaired, when the defaulter was on the list. */
    @Transactional
    Optional<LocalDate> performed(long id, LocalDate performedOn, SignedInUser clerk) {
        Judgment j = own(id, clerk);
        if (performedOn == null || performedOn.isAfter(LocalDate.now(clock)) || performedOn.isBefore(j.judgedOn())) {
            throw messages.violation("performedOn", "legal.judgment.performedOnInvalid");
        }
        boolean listed = "DEFAULTER_LISTED".equals(j.status());
        Optional<LocalDate> repaired = listed && j.onDefaulterList()
                ? defaulters.performed(bodies.require(j.courtId()).code(), j.sourceRecordId(), performedOn, clerk.displayName())
                : Optional.empty();
        if (listed && j.answersForGovernmentIntegrity()) {
            integrity.resolve(bodies.require(j.courtId()).code(), j.sourceRecordId(), performedOn);
        }
        judgments.performed(id, performedOn, repaired.orElse(null));
        audit.record("legal.judgment.performed", "legal_judgment", String.valueOf(id), j.status(), repaired.map(LocalDate::toString).orElse("PERFORMED"));
        return repaired;
    }

    Judgment own(long id, SignedInUser clerk) {
        bodies.bodyOf(clerk, Set.of(DepartmentFunction.COURT));
        Judgment j = judgments.find(id).orElseThrow(() -> new NoSuchElementException(messages.text("legal.judgment.notFound")));
        if (!bodies.actsFor(clerk, j.courtId())) {
            throw new NoSuchElementException(messages.text("legal.judgment.notFound"));
        }
        return j;
    }
}
