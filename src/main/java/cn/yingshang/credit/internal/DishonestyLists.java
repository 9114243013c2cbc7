package cn.yingshang.credit.internal;

import cn.yingshang.shared.CreditCode;
import cn.yingshang.platform.Text;
import cn.yingshang.credit.DishonestyMeasure;
import cn.yingshang.credit.DishonestyStatusChanged;
import cn.yingshang.credit.Severity;
import cn.yingshang.platform.AuditLog;
import cn.yingshang.platform.Notifications;
import cn.yingshang.reference.WorkingCalendars;
import cn.yingshang.shared.DomainViolation;
import cn.yingshang.shared.RegionCode;
import cn.yingshang.shared.Regions;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dishonesty lists (000 §54, 003 §37, 002 #37): inclusion with basis, severity and measures;
 * credit warning and grace period first where the rule allows it; removal at the end of the longest
 * publicity period or on repair. Whether an entry is in force is a matter of dates; events that tell
 * other modules are published when the date arrives (on the write, or by the daily sweep).
 */
@Service
class DishonestyLists {

    private static final String COLUMNS = """
            id, credit_code, record_id, list_name, basis, severity, measures, warned_on, effective_on, ends_on,
            removed_on, removal_reason, until_repaired""";
    /**
     * 003 §37: the list for subsidised employment that did not last bars the same kind of policy
     * "修复前" — until repaired — so an entry with that measure does not end with the publicity period.
     */
    static final String UNTIL_REPAIRED = "until_repaired";
    private static final String IN_FORCE = """
            effective_on <= :asOf AND (ends_on > :asOf OR %s) AND (removed_on IS NULL OR removed_on > :asOf)""".formatted(UNTIL_REPAIRED);

    private final JdbcClient jdbc;
    private final CreditConfiguration configuration;
    private final WorkingCalendars calendars;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Notifications notifications;

    DishonestyLists(JdbcClient jdbc, CreditConfiguration configuration, WorkingCalendars calendars,
                    ApplicationEventPublisher events, AuditLog audit, Notifications notifications) {
        this.jdbc = jdbc;
        this.configuration = configuration;
        this.calendars = calendars;
        this.events = events;
        this.audit = audit;
        this.notifications = notifications;
    }

    /** A new record: include its entity, or warn it first, where a rule says so. */
    @Transactional
    Optional<DishonestyEntry> onRecorded(CreditRecord record, LocalDate today) {
        var rule = configuration.dishonestyRuleFor(record.kind(), record.severity());
        if (rule.isEmpty() || record.publicUntil() == null) {
            return Optional.empty();
        }
        var r = rule.get();
        LocalDate warnedOn = r.warningAllowed() && r.graceWorkingDays() > 0 ? record.decidedOn() : null;
        LocalDate effectiveOn = warnedOn == null ? record.decidedOn()
                : calendars.forRegion(regionOf(record.creditCode())).addWorkingDays(record.decidedOn(), r.graceWorkingDays());
        Long id = jdbc.sql("""
                        INSERT INTO credit_dishonesty_entry (credit_code, record_id, list_name, basis, severity, measures,
                                                             warned_on, effective_on, ends_on, until_repaired)
                        VALUES (:code, :record, :list, :basis, :severity, CAST(:measures AS text[]), :warned, :effective, :ends,
                                coalesce((SELECT bool_or(until_repaired) FROM credit_dishonesty_rule WHERE kind = :kind), FALSE))
                        ON CONFLICT (record_id) DO NOTHING RETURNING id""")
                .param("code", record.creditCode()).param("record", record.id()).param("list", r.listName())
                .param("basis", record.basis()).param("severity", record.severity().name())
                .param("measures", CreditConfiguration.arrayLiteral(r.measures())).param("warned", warnedOn)
                .param("effective", effectiveOn).param("ends", record.publicUntil()).param("kind", record.kind().name())
                .query(Long.class).optional().orElse(null);
        if (id == null) {
            return Optional.empty();
        }
        DishonestyEntry entry = find(id).orElseThrow();
        audit.record("credit.dishonesty.enter", "credit-dishonesty-entry", String.valueOf(id), null, entry);
        if (warnedOn != null && today.isBefore(effectiveOn)) {
            notifications.toEntity(CreditCode.of(record.creditCode()), Text.of("credit.dishonesty.notice.graceTitle", effectiveOn.minusDays(1)),
                    Text.of("credit.dishonesty.notice.graceBody", record.basis(), r.listName()),
                    "/enterprise/credit");
        }
        announceDue(today);
        return Optional.of(entry);
    }

    /** 002 #37: the entity fulfilled during the grace period, so it is never included. */
    @Transactional
    void fulfilInGrace(long entryId, LocalDate on) {
        DishonestyEntry entry = find(entryId).orElseThrow(() -> new NoSuchElementException(Text.of("credit.dishonesty.entryNotFound", entryId)));
        if (!entry.inGraceOn(on)) {
            throw DomainViolation.of("entry", "credit.dishonestyLists.entry", entry.statusOn(on).label());
        }
        int fulfilled = jdbc.sql("""
                        UPDATE credit_dishonesty_entry SET removed_on = :on, removal_reason = :reason,
                        announced_in = TRUE, announced_out = TRUE WHERE id = :id AND removed_on IS NULL""")
                .param("on", on).param("reason", Text.of("credit.dishonestyLists.fulfilledInGrace")).param("id", entryId).update();
        cn.yingshang.shared.ConflictingChange.unlessOne(fulfilled);
        audit.record("credit.dishonesty.fulfil-in-grace", "credit-dishonesty-entry", String.valueOf(entryId), entry, find(entryId));
    }

    /** Repair approved: the entry based on the record leaves the list on that day. */
    @Transactional
    void removeForRepair(long recordId, LocalDate on) {
        jdbc.sql("""
                        UPDATE credit_dishonesty_entry SET removed_on = :on, removal_reason = :reason
                        WHERE record_id = :r AND (removed_on IS NULL OR removed_on > :on)""")
                .param("on", on).param("reason", Text.of("credit.dishonestyLists.repaired")).param("r", recordId).update();
        announceDue(on);
    }

    /**
     * Publishes what the calendar has made true: inclusions whose grace period ended, and entries
     * that ended (longest publicity period) or were removed. Idempotent.
     */
    @Transactional
    int announceDue(LocalDate asOf) {
        int published = 0;
        jdbc.sql("""
                        UPDATE credit_dishonesty_entry SET announced_in = TRUE, announced_out = TRUE
                        WHERE NOT announced_in AND removed_on IS NOT NULL AND removed_on <= effective_on""").update();
        List<DishonestyEntry> included = jdbc.sql("SELECT " + COLUMNS + " FROM credit_dishonesty_entry WHERE NOT announced_in AND effective_on <= :asOf ORDER BY id")
                .param("asOf", asOf).query(DishonestyLists::map).list();
        for (DishonestyEntry e : included) {
            // claim the row: a second node (or a concurrent repair) that already announced it updates nothing
            if (jdbc.sql("UPDATE credit_dishonesty_entry SET announced_in = TRUE WHERE id = :id AND NOT announced_in")
                    .param("id", e.id()).update() == 0) {
                continue;
            }
            events.publishEvent(new DishonestyStatusChanged(CreditCode.of(e.creditCode()), true, measuresInForce(e.creditCode(), e.effectiveOn()), e.effectiveOn()));
            notifications.toEntity(CreditCode.of(e.creditCode()), Text.of("credit.dishonesty.notice.listedTitle", e.listName()), Text.of("credit.dishonesty.notice.listedBody", e.basis(), labels(e.measures())), "/enterprise/credit");
            published++;
        }
        List<DishonestyEntry> ended = jdbc.sql("SELECT " + COLUMNS + """
                         FROM credit_dishonesty_entry WHERE announced_in AND NOT announced_out
                        AND ((ends_on <= :asOf AND NOT %s) OR removed_on <= :asOf) ORDER BY id""".formatted(UNTIL_REPAIRED))
                .param("asOf", asOf).query(DishonestyLists::map).list();
        for (DishonestyEntry e : ended) {
            LocalDate on = e.removedOn() != null && (e.untilRepaired() || e.removedOn().isBefore(e.endsOn())) ? e.removedOn() : e.endsOn();
            if (jdbc.sql("UPDATE credit_dishonesty_entry SET announced_out = TRUE WHERE id = :id AND NOT announced_out")
                    .param("id", e.id()).update() == 0) {
                continue;
            }
            events.publishEvent(new DishonestyStatusChanged(CreditCode.of(e.creditCode()), isDishonest(e.creditCode(), on), measuresInForce(e.creditCode(), on), on));
            published++;
        }
        return published;
    }

    boolean isDishonest(String creditCode, LocalDate asOf) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM credit_dishonesty_entry WHERE credit_code = :c AND " + IN_FORCE + ")")
                .param("c", creditCode).param("asOf", asOf).query(Boolean.class).single();
    }

    Set<DishonestyMeasure> measuresInForce(String creditCode, LocalDate asOf) {
        Set<DishonestyMeasure> measures = EnumSet.noneOf(DishonestyMeasure.class);
        jdbc.sql("SELECT measures FROM credit_dishonesty_entry WHERE credit_code = :c AND " + IN_FORCE)
                .param("c", creditCode).param("asOf", asOf)
                .query(rs -> {
                    measures.addAll(CreditConfiguration.measures(rs.getArray(1)));
                });
        return measures;
    }

    /** The first future date on which the entity's list status changes (for class staleness). */
    Optional<LocalDate> nextChange(String creditCode, LocalDate asOf) {
        return jdbc.sql("""
                        SELECT min(d) FROM (
                          SELECT effective_on AS d FROM credit_dishonesty_entry WHERE credit_code = :c AND effective_on > :asOf
                          UNION ALL SELECT ends_on FROM credit_dishonesty_entry WHERE credit_code = :c AND ends_on > :asOf
                            AND NOT %s) t""".formatted(UNTIL_REPAIRED))
                .param("c", creditCode).param("asOf", asOf).query(LocalDate.class).optional();
    }

    /** Whether an entry based on the record is still in force (it may outlast the record's publicity, 003 §37). */
    boolean inForceForRecord(long recordId, LocalDate asOf) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM credit_dishonesty_entry WHERE record_id = :r AND " + IN_FORCE + ")")
                .param("r", recordId).param("asOf", asOf).query(Boolean.class).single();
    }

    Optional<DishonestyEntry> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM credit_dishonesty_entry WHERE id = :id").param("id", id)
                .query(DishonestyLists::map).optional();
    }

    List<DishonestyEntry> ofEntity(String creditCode) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM credit_dishonesty_entry WHERE credit_code = :c ORDER BY id DESC")
                .param("c", creditCode).query(DishonestyLists::map).list();
    }

    /** Entries in force or in their grace period on that date, newest first. */
    List<DishonestyEntry> current(LocalDate asOf, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM credit_dishonesty_entry WHERE (ends_on > :asOf OR %s) AND (removed_on IS NULL OR removed_on > :asOf)
                        ORDER BY effective_on DESC, id DESC LIMIT :l""".formatted(UNTIL_REPAIRED))
                .param("asOf", asOf).param("l", limit).query(DishonestyLists::map).list();
    }

    /** Codes of every entity on a list on that date (bulk recomputation). */
    Set<String> dishonestCodes(LocalDate asOf) {
        return Set.copyOf(jdbc.sql("SELECT DISTINCT credit_code FROM credit_dishonesty_entry WHERE " + IN_FORCE)
                .param("asOf", asOf).query(String.class).list());
    }

    static RegionCode regionOf(String creditCode) {
        return Regions.find(creditCode.substring(2, 8)).orElse(Regions.XINJIANG);
    }

    static String labels(Set<DishonestyMeasure> measures) {
        return String.join(Text.of("credit.dishonesty.measureSeparator"), measures.stream().map(DishonestyMeasure::label).toList());
    }

    static DishonestyEntry map(ResultSet rs, int row) throws SQLException {
        return new DishonestyEntry(rs.getLong("id"), rs.getString("credit_code"), rs.getLong("record_id"),
                rs.getString("list_name"), rs.getString("basis"), Severity.valueOf(rs.getString("severity")),
                CreditConfiguration.measures(rs.getArray("measures")), rs.getObject("warned_on", LocalDate.class),
                rs.getObject("effective_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                rs.getObject("removed_on", LocalDate.class), rs.getString("removal_reason"), rs.getBoolean("until_repaired"));
    }
}
