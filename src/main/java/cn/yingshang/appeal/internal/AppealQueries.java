package cn.yingshang.appeal.internal;

import cn.yingshang.reference.WorkingCalendars;
import cn.yingshang.shared.RegionCode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Read side: queues sorted by remaining time, the requester's list, published cases. No identity in here. */
@Component
class AppealQueries {

    static final String DEPARTMENT_STATUSES = "('DISPATCHED','RETURN_REQUESTED','IN_PROGRESS','EXTENSION_REQUESTED','PAUSE_REQUESTED','PAUSED')";
    static final String OFFICE_STATUSES = "('SUBMITTED','ACCEPTED','RETURN_REQUESTED','EXTENSION_REQUESTED','PAUSE_REQUESTED','REPLIED')";

    record QueueRow(long id, String trackingNumber, String type, String category, String status, String title,
                    String region, Long leadDepartmentId, LocalDate dueOn, Integer remaining, String alert, String alertLabel,
                    LocalDate submittedOn, String channel) {
    }

    record Counts(long total, long warning, long overdue) {
    }

    record PublicCase(long id, String trackingNumber, String type, String category, String region, String summary,
                      LocalDate closedOn) {
    }

    private static final String ROW = "id, tracking_number, appeal_type, category, status, title, region_code, lead_department_id, "
            + "due_on, warn_on, clock_start, submitted_on, paused_on, channel";

    private final JdbcClient jdbc;
    private final WorkingCalendars calendars;
    private final Categories categories;
    private final Clock clock;

    AppealQueries(JdbcClient jdbc, WorkingCalendars calendars, Categories categories, Clock clock) {
        this.jdbc = jdbc;
        this.calendars = calendars;
        this.categories = categories;
        this.clock = clock;
    }

    List<QueueRow> departmentQueue(long department, int limit, int offset) {
        return jdbc.sql("SELECT " + ROW + " FROM appeal WHERE lead_department_id = :d AND status IN " + DEPARTMENT_STATUSES
                        + " ORDER BY due_on, id LIMIT :l OFFSET :o")
                .param("d", department).param("l", limit).param("o", offset).query(this::row).list();
    }

    /** Appeals a department assists on, by due date, searched by tracking number or title, one page at a time. */
    cn.yingshang.platform.PageOf<QueueRow> assisting(long department, String search, cn.yingshang.platform.ListPage page) {
        return sideList("id IN (SELECT appeal_id FROM appeal_assist WHERE department_id = :d) AND status IN " + DEPARTMENT_STATUSES,
                "due_on, id", Map.of("d", department), search, page);
    }

    Counts departmentCounts(long department) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql("SELECT count(*), count(*) FILTER (WHERE warn_on <= :t AND due_on >= :t), count(*) FILTER (WHERE due_on < :t) "
                        + "FROM appeal WHERE lead_department_id = :d AND status IN " + DEPARTMENT_STATUSES)
                .param("d", department).param("t", today)
                .query((rs, n) -> new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3))).single();
    }

    /** The office's work: appeals waiting for it, optionally of one status, by due date. */
    List<QueueRow> officeQueue(String status, int limit, int offset) {
        String where = status == null || status.isBlank() ? "status IN " + OFFICE_STATUSES : "status = :s";
        return jdbc.sql("SELECT " + ROW + " FROM appeal WHERE " + where + " ORDER BY due_on NULLS LAST, id LIMIT :l OFFSET :o")
                .param("s", status == null ? "" : status).param("l", limit).param("o", offset).query(this::row).list();
    }

    /** How old the office overview's counts may be: counting every open appeal is the page's dearest part. */
    static final long OVERVIEW_MAX_AGE_SECONDS = 10;

    private record Overview(Map<String, Counts> counts, LocalDate day, long takenAt) {
    }

    private volatile Overview overview;

    /**
     * Open appeals per status with warnings and overdue counts, at most {@link #OVERVIEW_MAX_AGE_SECONDS}
     * seconds old (the page says so): with a million appeals the count reads ~200,000 index entries,
     * which the office need not pay on every page view.
     */
    Map<String, Counts> officeOverview() {
        LocalDate today = LocalDate.now(clock);
        long now = System.nanoTime();
        Overview o = overview;
        if (o == null || !o.day().equals(today) || now - o.takenAt() > OVERVIEW_MAX_AGE_SECONDS * 1_000_000_000L) {
            o = new Overview(countOpen(today), today, now);
            overview = o;
        }
        return o.counts();
    }

    private Map<String, Counts> countOpen(LocalDate today) {
        Map<String, Counts> out = new java.util.LinkedHashMap<>();
        jdbc.sql("SELECT status, count(*), count(*) FILTER (WHERE warn_on <= :t AND due_on >= :t), count(*) FILTER (WHERE due_on < :t) "
                        + "FROM appeal WHERE status IN ('SUBMITTED','ACCEPTED','DISPATCHED','RETURN_REQUESTED','IN_PROGRESS',"
                        + "'EXTENSION_REQUESTED','PAUSE_REQUESTED','PAUSED','REPLIED') GROUP BY status")
                .param("t", today)
                .query((rs, n) -> out.put(rs.getString(1), new Counts(rs.getLong(2), rs.getLong(3), rs.getLong(4)))).list();
        return out;
    }

    /** Overdue appeals with departments, most overdue first, searched by tracking number or title, one page at a time. */
    cn.yingshang.platform.PageOf<QueueRow> overdue(String search, cn.yingshang.platform.ListPage page) {
        return sideList("lead_department_id IS NOT NULL AND status IN " + DEPARTMENT_STATUSES + " AND due_on < :t",
                "due_on, id", Map.of("t", LocalDate.now(clock)), search, page);
    }

    private cn.yingshang.platform.PageOf<QueueRow> sideList(String where, String order, Map<String, Object> params, String search,
                                                            cn.yingshang.platform.ListPage page) {
        Map<String, Object> all = new java.util.HashMap<>(params);
        String q = search == null ? "" : search.strip();
        if (!q.isEmpty()) {
            where += " AND (tracking_number = :exact OR title ILIKE :like ESCAPE '\\')";
            all.put("exact", q);
            all.put("like", "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        long total = jdbc.sql("SELECT count(*) FROM appeal WHERE " + where).params(all).query(Long.class).single();
        all.put("l", page.size());
        all.put("o", page.offset());
        List<QueueRow> rows = jdbc.sql("SELECT " + ROW + " FROM appeal WHERE " + where + " ORDER BY "
                        + page.orderBy(SORTABLE, order) + " LIMIT :l OFFSET :o")
                .params(all).query(this::row).list();
        return new cn.yingshang.platform.PageOf<>(rows, total, page);
    }

    /** Whose list: a department's queue, the office's, or one requester's own appeals. */
    sealed interface ListScope {
        record OfDepartment(long department) implements ListScope { }
        record OfOffice() implements ListScope { }
        record OfRequester(long accountId) implements ListScope { }
    }

    private static final Map<String, String> SORTABLE = Map.of(
            "due", "due_on", "submitted", "submitted_on", "number", "tracking_number", "status", "status");

    /**
     * One page of a list with search (tracking number or title) and a status filter; the status
     * must be one the scope may see, so a filter never widens the list.
     */
    cn.yingshang.platform.PageOf<QueueRow> listed(ListScope scope, String search, String status, cn.yingshang.platform.ListPage page) {
        StringBuilder where = new StringBuilder();
        Map<String, Object> params = new java.util.HashMap<>();
        String defaultOrder;
        switch (scope) {
            case ListScope.OfDepartment d -> {
                where.append("lead_department_id = :d AND status IN ").append(DEPARTMENT_STATUSES);
                params.put("d", d.department());
                defaultOrder = "due_on, id";
            }
            case ListScope.OfOffice o -> {
                where.append(status == null || status.isBlank() ? "status IN " + OFFICE_STATUSES : "status <> 'MERGED'");
                defaultOrder = "due_on NULLS LAST, id";
            }
            case ListScope.OfRequester r -> {
                where.append("requester_account_id = :a");
                params.put("a", r.accountId());
                defaultOrder = "id DESC";
            }
        }
        if (status != null && !status.isBlank()) {
            AppealStatus.valueOf(status);
            where.append(" AND status = :s");
            params.put("s", status);
        }
        if (search != null && !search.isBlank()) {
            where.append(" AND (tracking_number = :exact OR title ILIKE :like ESCAPE '\\')");
            params.put("exact", search.trim());
            params.put("like", "%" + search.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        long total = jdbc.sql("SELECT count(*) FROM appeal WHERE " + where).params(params).query(Long.class).single();
        List<QueueRow> rows = jdbc.sql("SELECT " + ROW + " FROM appeal WHERE " + where + " ORDER BY "
                        + page.orderBy(SORTABLE, defaultOrder) + " LIMIT :l OFFSET :o")
                .params(params).param("l", page.size()).param("o", page.offset()).query(this::row).list();
        return new cn.yingshang.platform.PageOf<>(rows, total, page);
    }

    /** One page of the cases published on 信息公开, newest first, searched by the published summary. */
    cn.yingshang.platform.PageOf<PublicCase> publishedCases(String search, cn.yingshang.platform.ListPage page) {
        return cn.yingshang.platform.ListQuery.page(jdbc, new cn.yingshang.platform.ListQuery.Spec(
                        "id, tracking_number, appeal_type, category, region_code, public_summary, closed_on", "appeal", "published",
                        List.of("public_summary"), List.of(), java.util.Map.of("closed", "closed_on"), "id DESC"),
                java.util.Map.of(), search, page, (rs, n) -> new PublicCase(rs.getLong(1), rs.getString(2),
                        AppealType.valueOf(rs.getString(3)).label(), categories.nameOf(rs.getString(4)), RegionCode.of(rs.getString(5)).name(),
                        rs.getString(6), rs.getObject(7, LocalDate.class)));
    }

    private QueueRow row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        LocalDate due = rs.getObject("due_on", LocalDate.class);
        LocalDate warn = rs.getObject("warn_on", LocalDate.class);
        LocalDate start = rs.getObject("clock_start", LocalDate.class);
        AppealStatus status = AppealStatus.valueOf(rs.getString("status"));
        RegionCode region = RegionCode.of(rs.getString("region_code"));
        Integer remaining = null;
        String alert = "NORMAL";
        boolean clockRuns = status.open() && due != null;
        if (clockRuns) {
            LocalDate today = LocalDate.now(clock);
            Deadline d = new Deadline(start, due, warn);
            remaining = d.remaining(calendars.forRegion(region), today);
            alert = status == AppealStatus.PAUSED ? "PAUSED" : d.alertOn(today).name();
        }
        String alertLabel = switch (alert) {
            case "WARNING" -> AppealText.text("appeal.alert.WARNING");
            case "OVERDUE" -> AppealText.text("appeal.alert.OVERDUE");
            case "PAUSED" -> AppealText.text("appeal.alert.PAUSED");
            default -> clockRuns ? AppealText.text("appeal.alert.NORMAL") : "—";
        };
        return new QueueRow(rs.getLong("id"), rs.getString("tracking_number"), AppealType.valueOf(rs.getString("appeal_type")).label(),
                categories.nameOf(rs.getString("category")), status.label(), rs.getString("title"), region.name(),
                rs.getObject("lead_department_id", Long.class), due, remaining, alert, alertLabel,
                rs.getObject("submitted_on", LocalDate.class), Channel.valueOf(rs.getString("channel")).label());
    }
}
