package cn.yingshang.inspection.internal;

import cn.yingshang.shared.CreditCode;
import cn.yingshang.platform.Text;
import cn.yingshang.inspection.InspectionResultPublished;
import cn.yingshang.platform.AuditLog;
import cn.yingshang.platform.Departments;
import cn.yingshang.platform.DepartmentId;
import cn.yingshang.platform.Role;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.reference.WorkingCalendars;
import cn.yingshang.shared.DomainViolation;
import cn.yingshang.shared.RegionCode;
import cn.yingshang.shared.TimeLimit;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import cn.yingshang.catalogue.CatalogueKind;
import cn.yingshang.catalogue.PublishedCatalogues;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Results in the one-form checklist, the no-penalty flag for a first minor violation (000 §55),
 * and publication (一公开) within the configured limit of working days.
 */
@Service
class Results {

    record Entry(long itemId, Outcome outcome, String note, String noPenaltyCode) {
    }


    private final JdbcClient jdbc;
    private final Tasks tasks;
    private final Plans plans;
    private final InspectionSettings settings;
    private final WorkingCalendars calendars;
    private final Departments departments;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;
    private final PublishedCatalogues catalogues;

    Results(JdbcClient jdbc, Tasks tasks, Plans plans, InspectionSettings settings, WorkingCalendars calendars,
            Departments departments, ApplicationEventPublisher events, AuditLog audit, Clock clock, PublishedCatalogues catalogues) {
        this.catalogues = catalogues;
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.plans = plans;
        this.settings = settings;
        this.calendars = calendars;
        this.departments = departments;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** 000 §55, 001 §48, 002 #35: the 首次轻微违法行为不罚清单 in force, as the catalogue publishes it. */
    Optional<PublishedCatalogues.PublishedList> noPenaltyList() {
        return catalogues.inForce(CatalogueKind.NO_PENALTY, LocalDate.now(clock));
    }

    @Transactional
    Tasks.Task record(long taskId, List<Entry> entries, SignedInUser user) {
        Tasks.Task task = tasks.require(taskId);
        requireRecorder(task, user);
        if (task.visitStartedAt() == null) {
            throw DomainViolation.of("task", "inspection.results.task");
        }
        if (task.publishedOn() != null) {
            throw DomainViolation.of("task", "inspection.results.task2");
        }
        Map<Long, Tasks.TaskItem> items = task.items().stream().collect(Collectors.toMap(Tasks.TaskItem::itemId, i -> i));
        if (entries.size() != items.size() || !entries.stream().map(Entry::itemId).collect(Collectors.toSet()).equals(items.keySet())) {
            throw DomainViolation.of("items", "inspection.results.items");
        }
        for (Entry entry : entries) {
            Tasks.TaskItem item = items.get(entry.itemId());
            if (!item.published()) {
                throw DomainViolation.of("items", "inspection.results.items2", item.name());
            }
            if (entry.outcome() == null) {
                throw DomainViolation.of("outcome-" + entry.itemId(), "inspection.results.violation", item.name());
            }
            if (entry.outcome() != Outcome.COMPLIANT && (entry.note() == null || entry.note().isBlank())) {
                throw DomainViolation.of("note-" + entry.itemId(), "inspection.results.violation2", item.name());
            }
        }
        Optional<PublishedCatalogues.PublishedList> list = noPenaltyList();
        for (Entry entry : entries) {
            String code = entry.outcome().isViolation() && entry.noPenaltyCode() != null && !entry.noPenaltyCode().isBlank()
                    ? entry.noPenaltyCode().strip() : null;
            if (code != null && list.flatMap(l -> l.item(code)).isEmpty()) {
                throw DomainViolation.of("rule-" + entry.itemId(), "inspection.results.violation3", code);
            }
        }
        for (Entry entry : entries) {
            String code = entry.outcome().isViolation() && entry.noPenaltyCode() != null && !entry.noPenaltyCode().isBlank()
                    ? entry.noPenaltyCode().strip() : null;
            boolean notPunished = code != null && isFirstViolation(task.creditCode(), code, taskId);
            jdbc.sql("""
                            UPDATE inspection_task_item SET outcome = ?, note = ?, no_penalty_code = ?, no_penalty_version = ?,
                              not_to_be_punished = ? WHERE task_id = ? AND item_id = ?""")
                    .params(entry.outcome().name(), entry.note() == null ? null : entry.note().strip(), code,
                            code == null ? null : list.orElseThrow().versionNo(), notPunished, taskId, entry.itemId()).update();
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate deadline = calendars.deadline(RegionCode.of(task.regionCode()), today,
                TimeLimit.workingDays(settings.current().publicationWorkingDays()));
        cn.yingshang.shared.ConflictingChange.unlessOne(jdbc.sql(
                        "UPDATE inspection_task SET result_recorded_on = ?, publish_deadline = ? WHERE id = ? AND published_on IS NULL")
                .params(today, deadline, taskId).update());
        audit.record("inspection.result.record", "inspection_task", Long.toString(taskId), null, entries);
        return tasks.require(taskId);
    }

    /** 000 §55: the first minor violation on the no-penalty list is not punished; a repeat is. */
    boolean isFirstViolation(String creditCode, String listCode, long currentTask) {
        Integer earlier = jdbc.sql("""
                        SELECT count(*) FROM inspection_task_item ti JOIN inspection_task t ON t.id = ti.task_id
                        WHERE t.credit_code = ? AND ti.no_penalty_code = ? AND t.id <> ?""")
                .params(creditCode, listCode, currentTask).query(Integer.class).single();
        return earlier == 0;
    }

    @Transactional
    Tasks.Task publish(long taskId, SignedInUser user) {
        Tasks.Task task = tasks.require(taskId);
        requireRecorder(task, user);
        if (task.resultRecordedOn() == null) {
            throw DomainViolation.of("task", "inspection.results.task3");
        }
        if (task.publishedOn() != null) {
            return task;
        }
        LocalDate today = LocalDate.now(clock);
        if (jdbc.sql("UPDATE inspection_task SET published_on = ? WHERE id = ? AND published_on IS NULL").params(today, taskId).update() == 0) {
            return tasks.require(taskId);  // published a moment ago by someone else: publish once, send once
        }
        Outcome worst = task.worstOutcome();
        boolean notPunished = task.items().stream().filter(i -> i.outcome() != null && i.outcome().isViolation())
                .allMatch(Tasks.TaskItem::notToBePunished) && worst != Outcome.REFERRED;
        String summary = task.items().stream().map(i -> Text.of("inspection.results.itemOutcome", i.name(), i.outcome().label(),
                        i.notToBePunished() ? Text.of("inspection.result.notPunished") : ""))
                .collect(Collectors.joining(Text.of("inspection.result.separator")));
        String departmentCode = departments.byId(DepartmentId.of(plans.require(task.planId()).leadDepartmentId()))
                .map(d -> d.code()).orElse("inspection");
        events.publishEvent(new InspectionResultPublished(taskId, task.code(), CreditCode.of(task.creditCode()), departmentCode, worst.name(),
                notPunished, summary, task.visitStartedAt().atZoneSameInstant(clock.getZone()).toLocalDate(), today));
        audit.record("inspection.result.publish", "inspection_task", Long.toString(taskId), null, Map.of("publishedOn", today));
        return tasks.require(taskId);
    }

    private static void requireRecorder(Tasks.Task task, SignedInUser user) {
        if (user == null) {
            throw DomainViolation.of("task", "inspection.results.task4");
        }
        boolean assigned = task.assigned(user.accountId());
        boolean departmentStaff = (user.role() == Role.HANDLER || user.role() == Role.LEADER) && user.departmentId() != null
                && task.inspectors().stream().anyMatch(i -> i.departmentId() == user.departmentId().value());
        if (!assigned && !departmentStaff) {
            throw new org.springframework.security.access.AccessDeniedException(Text.of("inspection.result.assignedOnly"));
        }
    }
}
