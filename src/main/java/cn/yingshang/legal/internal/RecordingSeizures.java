package cn.yingshang.legal.internal;

import cn.yingshang.platform.AuditLog;
import cn.yingshang.platform.Department;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.reference.WorkingCalendars;
import cn.yingshang.shared.CreditCode;
import cn.yingshang.shared.RegionCode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.NoSuchElementException;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A court, procuratorate or public security body records its property measures (002 #23): outside
 * its own area only with the local police's cooperation (002 #25); property found unrelated to the
 * case is to be released within the release limit, without conditions.
 */
@Component
public class RecordingSeizures {

    public record NewSeizure(String caseNumber, String measure, String creditCode, String holderName, String holderKind,
                      String property, String propertyRegion, Boolean inUse, String cooperationRequest,
                      @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) LocalDate imposedOn) {
    }

    static final Set<String> MEASURES = Set.of("SEIZURE", "DETENTION", "FREEZING");
    static final Set<String> HOLDER_KINDS = Set.of("ENTERPRISE", "SHAREHOLDER", "FAMILY_MEMBER");

    private final SeizureRegister register;
    private final PoliticalLegalBodies bodies;
    private final LegalTimeLimits limits;
    private final WorkingCalendars calendars;
    private final LegalMessages messages;
    private final AuditLog audit;
    private final Clock clock;

    RecordingSeizures(SeizureRegister register, PoliticalLegalBodies bodies, LegalTimeLimits limits, WorkingCalendars calendars,
                      LegalMessages messages, AuditLog audit, Clock clock) {
        this.register = register;
        this.bodies = bodies;
        this.limits = limits;
        this.calendars = calendars;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    long record(NewSeizure s, SignedInUser official) {
        Department body = bodies.bodyOf(official, PoliticalLegalBodies.MEASURE_TAKERS);
        LocalDate today = LocalDate.now(clock);
        require(s.caseNumber(), "caseNumber", "legal.seizure.caseNumberRequired");
        if (s.measure() == null || !MEASURES.contains(s.measure())) {
            throw messages.violation("measure", "legal.seizure.measureRequired");
        }
        if (s.holderKind() == null || !HOLDER_KINDS.contains(s.holderKind())) {
            throw messages.violation("holderKind", "legal.seizure.holderKindRequired");
        }
        String creditCode;
        try {
            creditCode = CreditCode.of(s.creditCode() == null ? "" : s.creditCode().strip()).value();
        } catch (RuntimeException e) {
            throw messages.violation("creditCode", "legal.creditCode.invalid");
        }
        require(s.holderName(), "holderName", "legal.seizure.holderNameRequired");
        require(s.property(), "property", "legal.seizure.propertyRequired");
        RegionCode propertyRegion;
        try {
            propertyRegion = RegionCode.of(s.propertyRegion() == null ? "" : s.propertyRegion().strip());
            propertyRegion.name();
        } catch (RuntimeException e) {
            throw messages.violation("propertyRegion", "legal.seizure.regionInvalid");
        }
        if (s.imposedOn() == null || s.imposedOn().isAfter(today)) {
            throw messages.violation("imposedOn", "legal.seizure.imposedOnInvalid");
        }
        boolean outside = !PoliticalLegalBodies.within(propertyRegion, body.region());
        if (outside && (s.cooperationRequest() == null || s.cooperationRequest().isBlank())) {
            throw messages.violation("cooperationRequest", "legal.seizure.cooperationRequired", propertyRegion.name());
        }
        String reference = "CF" + today.getYear() + "-" + Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        long id = register.insert(reference, body.id().value(), s.caseNumber().strip(), s.measure(), creditCode,
                s.holderName().strip(), s.holderKind(), s.property().strip(), propertyRegion.code(), Boolean.TRUE.equals(s.inUse()),
                outside ? s.cooperationRequest().strip() : null, s.imposedOn());
        audit.record("legal.seizure.record", "legal_seizure", String.valueOf(id), null, reference);
        return id;
    }

    /** The finding starts the release clock; it may be recorded after the day it was made, never before the measure. */
    @Transactional
    void foundUnrelated(long id, LocalDate foundOn, String finding, SignedInUser official) {
        Seizure s = own(id, official);
        LocalDate today = LocalDate.now(clock);
        if (foundOn == null || foundOn.isAfter(today) || foundOn.isBefore(s.imposedOn())) {
            throw messages.violation("foundOn", "legal.seizure.foundOnInvalid");
        }
        require(finding, "finding", "legal.seizure.findingRequired");
        LocalDate due = limits.get(LegalTimeLimits.UNRELATED_PROPERTY_RELEASE)
                .due(foundOn, calendars.forRegion(bodies.require(s.actingBodyId()).region()));
        register.foundUnrelated(id, foundOn, finding.strip(), due);
        audit.record("legal.seizure.unrelated", "legal_seizure", String.valueOf(id), s.status(), due.toString());
    }

    /** Release takes no conditions: nothing but the day it happened is asked. */
    @Transactional
    void release(long id, LocalDate releasedOn, SignedInUser official) {
        Seizure s = own(id, official);
        if (releasedOn == null || releasedOn.isAfter(LocalDate.now(clock)) || releasedOn.isBefore(s.imposedOn())) {
            throw messages.violation("releasedOn", "legal.seizure.releasedOnInvalid");
        }
        register.released(id, releasedOn);
        audit.record("legal.seizure.release", "legal_seizure", String.valueOf(id), s.status(), releasedOn.toString());
    }

    Seizure readable(long id, SignedInUser user) {
        Seizure s = register.find(id).orElseThrow(() -> new NoSuchElementException(messages.text("legal.seizure.notFound")));
        if (bodies.actsFor(user, s.actingBodyId()) || PoliticalLegalBodies.supervises(user)) {
            return s;
        }
        throw new NoSuchElementException(messages.text("legal.seizure.notFound"));
    }

    private Seizure own(long id, SignedInUser official) {
        bodies.bodyOf(official, PoliticalLegalBodies.MEASURE_TAKERS);
        Seizure s = register.find(id).orElseThrow(() -> new NoSuchElementException(messages.text("legal.seizure.notFound")));
        if (!bodies.actsFor(official, s.actingBodyId())) {
            throw new AccessDeniedException("legal.seizure.notYours");
        }
        return s;
    }

    private void require(String value, String field, String key) {
        if (value == null || value.isBlank()) {
            throw messages.violation(field, key);
        }
    }
}
