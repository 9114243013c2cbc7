package cn.yingshang.legal.internal;

import cn.yingshang.platform.AuditLog;
import cn.yingshang.platform.Department;
import cn.yingshang.platform.DepartmentFunction;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.reference.WorkingCalendars;
import cn.yingshang.registry.MarketEntities;
import cn.yingshang.registry.MarketEntity;
import cn.yingshang.shared.CreditCode;
import cn.yingshang.shared.Ownership;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An enterprise files a case online (网上立案, 002 #12): the court must review it within the filing
 * review limit; a filing accepted online needs no second visit.
 */
@Component
public class FilingOnline {

    public record Filing(Long courtId, CaseType caseType, Procedure procedure, String opponent, String claim, BigDecimal amount,
                  String arrearsReference, Boolean mediationConsent, String materials) {

        public boolean consents() {
            return Boolean.TRUE.equals(mediationConsent);
        }

        List<String> materialList() {
            return materials == null ? List.of()
                    : Arrays.stream(materials.split("[\\r\\n]+")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        }
    }

    private final CourtCases cases;
    private final PoliticalLegalBodies bodies;
    private final MarketEntities entities;
    private final LegalTimeLimits limits;
    private final WorkingCalendars calendars;
    private final LegalMessages messages;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    FilingOnline(CourtCases cases, PoliticalLegalBodies bodies, MarketEntities entities, LegalTimeLimits limits,
                 WorkingCalendars calendars, LegalMessages messages, AuditLog audit, JdbcClient jdbc, Clock clock) {
        this.cases = cases;
        this.bodies = bodies;
        this.entities = entities;
        this.limits = limits;
        this.calendars = calendars;
        this.messages = messages;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    long file(Filing f, SignedInUser enterprise) {
        if (f.courtId() == null) {
            throw messages.violation("courtId", "legal.filing.courtRequired");
        }
        Department court = bodies.require(f.courtId());
        if (court.function() != DepartmentFunction.COURT) {
            throw messages.violation("courtId", "legal.filing.notACourt");
        }
        if (f.caseType() == null) {
            throw messages.violation("caseType", "legal.filing.typeRequired");
        }
        if (blank(f.opponent())) {
            throw messages.violation("opponent", "legal.filing.opponentRequired");
        }
        if (blank(f.claim())) {
            throw messages.violation("claim", "legal.filing.claimRequired");
        }
        if (f.amount() != null && f.amount().signum() < 0) {
            throw messages.violation("amount", "legal.filing.amountNegative");
        }
        if (f.materialList().isEmpty()) {
            throw messages.violation("materials", "legal.filing.materialsRequired");
        }
        if (f.caseType() == CaseType.ARREARS && blank(f.arrearsReference())) {
            throw messages.violation("arrearsReference", "legal.filing.arrearsReferenceRequired");
        }
        MarketEntity entity = entities.find(CreditCode.of(enterprise.creditCode()))
                .orElseThrow(() -> messages.violation(null, "legal.filing.noEntity"));
        LocalDate today = LocalDate.now(clock);
        LegalTimeLimit review = limits.get(LegalTimeLimits.FILING_REVIEW);
        long seq = jdbc.sql("SELECT count(*) + 1 FROM legal_court_case").query(Long.class).single();
        String reference = "LA" + today.getYear() + String.format("%06d", seq) + "-" + Long.toString(System.nanoTime() % 1296, 36).toUpperCase();
        CourtCase c = new CourtCase(0, reference, enterprise.creditCode(), entity.name(), entity.ownership() == Ownership.PRIVATE,
                court.id().value(), f.caseType(), f.procedure() == null ? Procedure.SIMPLE : f.procedure(), f.opponent().strip(),
                f.claim().strip(), f.amount(), blank(f.arrearsReference()) ? null : f.arrearsReference().strip(),
                f.consents(), f.materialList(), CourtCaseStatus.FILED, today,
                review.due(today, calendars.forRegion(court.region())), null, null, null, null, null, null, null, null, null, null, null);
        long id = cases.insert(c);
        cases.step(id, clock.instant(), enterprise.displayName(), "FILED", messages.text("legal.step.filed.detail", c.reviewDue()));
        audit.record("legal.case.file", "legal_court_case", String.valueOf(id), null, reference);
        return id;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
