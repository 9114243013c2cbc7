package cn.yingshang.services.internal;

import cn.yingshang.platform.Text;
import cn.yingshang.platform.AuditLog;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.reference.WorkingCalendars;
import cn.yingshang.shared.RegionCode;
import cn.yingshang.shared.TimeLimit;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 容缺受理 (000 §19): a case is accepted although materials the guide marks as non-key are missing.
 * The applicant supplies them within {@link #SUPPLY_WITHIN} on the region's calendar; until then no
 * decision is made, and after that date without them the case is withdrawn.
 */
@Component
class AcceptingWithDeficiency {

    static final TimeLimit SUPPLY_WITHIN = TimeLimit.workingDays(5);

    private final CaseAccess access;
    private final ServiceGuides guides;
    private final ServiceCases cases;
    private final WorkingCalendars calendars;
    private final JdbcClient jdbc;
    private final ServiceMessages messages;
    private final AuditLog audit;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    AcceptingWithDeficiency(CaseAccess access, ServiceGuides guides, ServiceCases cases, WorkingCalendars calendars,
                            JdbcClient jdbc, ServiceMessages messages, AuditLog audit, Clock clock,
                            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.access = access;
        this.guides = guides;
        this.cases = cases;
        this.calendars = calendars;
        this.jdbc = jdbc;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    LocalDate accept(long caseId, List<String> missing, SignedInUser handler) {
        ServiceCase c = access.handleable(caseId, handler);
        if (missing == null || missing.isEmpty()) {
            throw messages.violation("missing", "services.deficiency.empty");
        }
        List<String> allowed = guides.materials(c.implementationId()).stream().filter(Material::deficiencyAllowed)
                .map(Material::name).toList();
        List<String> key = missing.stream().filter(m -> !allowed.contains(m)).toList();
        if (!key.isEmpty()) {
            throw messages.violation("missing", "services.deficiency.keyMaterial", String.join(Text.of("platform.list.separator"), key));
        }
        Guide guide = guides.guide(c.implementationId()).orElseThrow();
        LocalDate today = LocalDate.now(clock);
        RegionCode region = RegionCode.of(c.regionCode());
        LocalDate supplyBy = calendars.deadline(region, today, SUPPLY_WITHIN);
        if (!cases.accept(caseId, CaseStatus.SUBMITTED, today, calendars.deadline(region, today, guide.promisedLimit()),
                handler.username())) {
            throw messages.violation(null, "services.case.moved");
        }
        jdbc.sql("INSERT INTO svc_case_deficiency (case_id, materials, supply_by) VALUES (:id, :m, :by)")
                .param("id", caseId).param("m", missing.toArray(String[]::new)).param("by", supplyBy).update();
        audit.record("services.case.acceptWithDeficiency", "svc_case", Long.toString(caseId), null, missing);
        return supplyBy;
    }

    /** True while a 容缺 case still lacks what it was accepted without: no decision may be made. */
    boolean outstanding(long caseId) {
        return jdbc.sql("SELECT count(*) FROM svc_case_deficiency WHERE case_id = :id AND supplied_at IS NULL")
                .param("id", caseId).query(Long.class).single() > 0;
    }

    /** Withdraws the case once the supply date has passed without the materials. */
    @Transactional
    void withdrawIfUnsupplied(long caseId, SignedInUser handler) {
        access.handleable(caseId, handler);
        boolean lapsed = jdbc.sql("""
                        SELECT count(*) FROM svc_case_deficiency WHERE case_id = :id AND supplied_at IS NULL AND supply_by < :today""")
                .param("id", caseId).param("today", LocalDate.now(clock)).query(Long.class).single() > 0;
        if (!lapsed || !cases.move(caseId, CaseStatus.ACCEPTED, CaseStatus.WITHDRAWN)) {
            throw messages.violation(null, "services.deficiency.notLapsed");
        }
        audit.record("services.case.withdraw", "svc_case", Long.toString(caseId), null, null);
        events.publishEvent(new CaseDecided(caseId, CaseStatus.WITHDRAWN, DeficiencyLapses.LAPSED));
    }

    java.util.Optional<LocalDate> supplyBy(long caseId) {
        return jdbc.sql("SELECT supply_by FROM svc_case_deficiency WHERE case_id = :id AND supplied_at IS NULL")
                .param("id", caseId).query(LocalDate.class).optional();
    }

    List<String> missing(long caseId) {
        return jdbc.sql("SELECT materials FROM svc_case_deficiency WHERE case_id = :id AND supplied_at IS NULL")
                .param("id", caseId).query((rs, n) -> List.of((String[]) rs.getArray(1).getArray())).optional().orElse(List.of());
    }
}
