package cn.yingshang.inspection.internal;

import cn.yingshang.platform.Text;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reading tasks (one visit to one drawn entity) with their inspectors and checklist. */
@Component
class Tasks {

    record TaskInspector(long accountId, String certificateNo, String displayName, long departmentId,
                         OffsetDateTime checkedInAt, OffsetDateTime checkedOutAt, Boolean confirmedPresent) {
    }

    record TaskItem(long itemId, String name, String basis, String method, long departmentId, boolean published,
                    Outcome outcome, String note, String noPenaltyCode, boolean notToBePunished) {
    }

    record Task(long id, long planId, String planTitle, String code, String creditCode, String entityName, String regionCode,
                String riskClass, boolean keySupervision, int departmentsCovered, LocalDate drawnOn,
                OffsetDateTime visitStartedAt, OffsetDateTime visitEndedAt, OffsetDateTime confirmedAt, String confirmedBy,
                String confirmationNote, LocalDate resultRecordedOn, LocalDate publishDeadline, LocalDate publishedOn,
                boolean creditSent, List<TaskInspector> inspectors, List<TaskItem> items) {

        public boolean assigned(long accountId) {
            return inspectors.stream().anyMatch(i -> i.accountId() == accountId);
        }

        public Outcome worstOutcome() {
            return items.stream().map(TaskItem::outcome).filter(o -> o != null).max(Enum::compareTo).orElse(null);
        }

        public String status() {
            return Tasks.status(publishedOn, resultRecordedOn, visitEndedAt, visitStartedAt);
        }
    }

    static String status(LocalDate publishedOn, LocalDate resultRecordedOn, OffsetDateTime visitEndedAt, OffsetDateTime visitStartedAt) {
        if (publishedOn != null) {
            return Text.of("inspection.task.status.published");
        }
        if (resultRecordedOn != null) {
            return Text.of("inspection.task.status.toPublish");
        }
        if (visitEndedAt != null) {
            return Text.of("inspection.task.status.visited");
        }
        if (visitStartedAt != null) {
            return Text.of("inspection.task.status.inProgress");
        }
        return Text.of("inspection.task.status.toVisit");
    }

    private final JdbcClient jdbc;

    Tasks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Task require(long id) {
        return find("t.id = ?", id).orElseThrow(() -> new NoSuchElementException(Text.of("inspection.task.notFound", id)));
    }

    Optional<Task> byCode(String code) {
        return find("t.code = ?", code == null ? "" : code.strip().toUpperCase());
    }

    /**
     * The first {@code limit} tasks of a plan in credit-code order, read with three queries whatever
     * their number (a draw over millions of entities yields tens of thousands of tasks).
     */
    List<Task> ofPlan(long planId, int limit) {
        String tasksOfPlan = "SELECT id FROM inspection_task WHERE plan_id = ? ORDER BY credit_code LIMIT ?";
        Map<Long, List<TaskInspector>> inspectors = new HashMap<>();
        jdbc.sql("SELECT * FROM inspection_task_inspector WHERE task_id IN (" + tasksOfPlan + ") ORDER BY certificate_no")
                .params(planId, limit).query(rs -> {
                    inspectors.computeIfAbsent(rs.getLong("task_id"), k -> new ArrayList<>()).add(inspector(rs));
                });
        Map<Long, List<TaskItem>> items = new HashMap<>();
        jdbc.sql(ITEMS + " WHERE ti.task_id IN (" + tasksOfPlan + ") ORDER BY i.department_id, i.id").params(planId, limit)
                .query(rs -> {
                    items.computeIfAbsent(rs.getLong("task_id"), k -> new ArrayList<>()).add(item(rs));
                });
        return jdbc.sql(ROWS + " t.plan_id = ? ORDER BY t.credit_code LIMIT ?").params(planId, limit)
                .query((rs, n) -> row(rs, inspectors.getOrDefault(rs.getLong("id"), List.of()), items.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    int countOfPlan(long planId) {
        return jdbc.sql("SELECT count(*) FROM inspection_task WHERE plan_id = ?").param(planId).query(Integer.class).single();
    }

    /** The inspector's own tasks, unpublished first, searched by the entity's name or credit code, one page at a time. */
    cn.yingshang.platform.PageOf<Task> ofInspector(long accountId, String search, cn.yingshang.platform.ListPage page) {
        String q = search == null ? "" : search.strip();
        String where = "t.id IN (SELECT task_id FROM inspection_task_inspector WHERE account_id = :a)"
                + (q.isEmpty() ? "" : " AND (t.credit_code = :exact OR t.entity_name ILIKE :like ESCAPE '\\')");
        String like = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        String exact = q.toUpperCase(java.util.Locale.ROOT);
        long total = jdbc.sql("SELECT count(*) FROM inspection_task t WHERE " + where)
                .param("a", accountId).param("exact", exact).param("like", like).query(Long.class).single();
        String order = page.orderBy(java.util.Map.of("entity", "t.entity_name", "deadline", "t.publish_deadline"),
                "t.published_on NULLS FIRST, t.id DESC");
        List<Task> rows = jdbc.sql("SELECT t.id FROM inspection_task t WHERE " + where + " ORDER BY " + order + " LIMIT :l OFFSET :o")
                .param("a", accountId).param("exact", exact).param("like", like)
                .param("l", page.size()).param("o", page.offset())
                .query(Long.class).list().stream().map(this::require).toList();
        return new cn.yingshang.platform.PageOf<>(rows, total, page);
    }

    /** One page of the entity's own tasks, newest first, searched by the plan's title or the task code. */
    cn.yingshang.platform.PageOf<Task> ofEntity(String creditCode, String search, cn.yingshang.platform.ListPage page) {
        return cn.yingshang.platform.ListQuery.page(jdbc, new cn.yingshang.platform.ListQuery.Spec("t.id",
                        "inspection_task t JOIN inspection_plan p ON p.id = t.plan_id", "t.credit_code = :code", List.of("p.title", "t.code"),
                        List.of(), java.util.Map.of("drawn", "t.drawn_on", "plan", "p.title"), "t.id DESC"),
                java.util.Map.of("code", creditCode), search, page, (rs, n) -> rs.getLong(1)).map(this::require);
    }


    /** Published results, newest first, searched by the entity's name or credit code, one page at a time. */
    cn.yingshang.platform.PageOf<Task> published(String search, cn.yingshang.platform.ListPage page) {
        String q = search == null ? "" : search.strip();
        String where = "published_on IS NOT NULL" + (q.isEmpty() ? "" : " AND (credit_code = :exact OR entity_name ILIKE :like ESCAPE '\\')");
        String like = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        long total = jdbc.sql("SELECT count(*) FROM inspection_task WHERE " + where)
                .param("exact", q.toUpperCase(java.util.Locale.ROOT)).param("like", like).query(Long.class).single();
        String order = page.orderBy(java.util.Map.of("published", "published_on", "entity", "entity_name"), "published_on DESC, id DESC");
        List<Task> rows = jdbc.sql("SELECT id FROM inspection_task WHERE " + where + " ORDER BY " + order + " LIMIT :l OFFSET :o")
                .param("exact", q.toUpperCase(java.util.Locale.ROOT)).param("like", like)
                .param("l", page.size()).param("o", page.offset())
                .query(Long.class).list().stream().map(this::require).toList();
        return new cn.yingshang.platform.PageOf<>(rows, total, page);
    }

    private static final String ROWS = "SELECT t.*, p.title FROM inspection_task t JOIN inspection_plan p ON p.id = t.plan_id WHERE ";
    private static final String ITEMS = """
            SELECT ti.*, i.name, i.basis, i.method, i.department_id, i.published_on
            FROM inspection_task_item ti JOIN inspection_item i ON i.id = ti.item_id""";

    private Optional<Task> find(String where, Object param) {
        return jdbc.sql(ROWS + " " + where).param(param).query((rs, n) -> row(rs, List.of(), List.of())).optional()
                .map(t -> withDetails(t, inspectors(t.id()), items(t.id())));
    }

    private static Task row(ResultSet rs, List<TaskInspector> inspectors, List<TaskItem> items) throws SQLException {
        return new Task(rs.getLong("id"), rs.getLong("plan_id"), rs.getString("title"), rs.getString("code"), rs.getString("credit_code"),
                rs.getString("entity_name"), rs.getString("region_code"), rs.getString("risk_class"),
                rs.getBoolean("key_supervision"), rs.getInt("departments_covered"),
                rs.getObject("drawn_on", LocalDate.class), rs.getObject("visit_started_at", OffsetDateTime.class),
                rs.getObject("visit_ended_at", OffsetDateTime.class), rs.getObject("confirmed_at", OffsetDateTime.class),
                rs.getString("confirmed_by"), rs.getString("confirmation_note"),
                rs.getObject("result_recorded_on", LocalDate.class), rs.getObject("publish_deadline", LocalDate.class),
                rs.getObject("published_on", LocalDate.class), rs.getBoolean("credit_sent"), inspectors, items);
    }

    private static Task withDetails(Task t, List<TaskInspector> inspectors, List<TaskItem> items) {
        return new Task(t.id(), t.planId(), t.planTitle(), t.code(), t.creditCode(), t.entityName(),
                t.regionCode(), t.riskClass(), t.keySupervision(), t.departmentsCovered(), t.drawnOn(), t.visitStartedAt(),
                t.visitEndedAt(), t.confirmedAt(), t.confirmedBy(), t.confirmationNote(), t.resultRecordedOn(),
                t.publishDeadline(), t.publishedOn(), t.creditSent(), inspectors, items);
    }

    private List<TaskInspector> inspectors(long taskId) {
        return jdbc.sql("SELECT * FROM inspection_task_inspector WHERE task_id = ? ORDER BY certificate_no").param(taskId)
                .query((rs, n) -> inspector(rs)).list();
    }

    private static TaskInspector inspector(ResultSet rs) throws SQLException {
        return new TaskInspector(rs.getLong("account_id"), rs.getString("certificate_no"),
                rs.getString("display_name"), rs.getLong("department_id"), rs.getObject("checked_in_at", OffsetDateTime.class),
                rs.getObject("checked_out_at", OffsetDateTime.class), (Boolean) rs.getObject("confirmed_present"));
    }

    private List<TaskItem> items(long taskId) {
        return jdbc.sql(ITEMS + " WHERE ti.task_id = ? ORDER BY i.department_id, i.id").param(taskId).query((rs, n) -> item(rs)).list();
    }

    private static TaskItem item(ResultSet rs) throws SQLException {
        return new TaskItem(rs.getLong("item_id"), rs.getString("name"), rs.getString("basis"),
                rs.getString("method"), rs.getLong("department_id"), rs.getDate("published_on") != null,
                rs.getString("outcome") == null ? null : Outcome.valueOf(rs.getString("outcome")), rs.getString("note"),
                rs.getString("no_penalty_code"), rs.getBoolean("not_to_be_punished"));
    }
}
