package cn.yingshang.inspection.internal;

import cn.yingshang.platform.Text;
import cn.yingshang.platform.AuditLog;
import cn.yingshang.platform.Role;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.shared.DomainViolation;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Yearly plans. A plan whose items come from several departments is a joint plan: each drawn entity
 * gets one visit covering every item that applies to it (综合查一次, 一表通查; 000 §56, 003 §42, 004 #32).
 */
@Service
class Plans {

    record Plan(long id, String title, int year, long leadDepartmentId, DrawAlgorithm.Ratios ratios, int exclusionDays,
                String createdBy, List<Long> itemIds) {
    }

    record NewPlan(String title, Integer year, List<Long> itemIds, DrawAlgorithm.Ratios ratios, Integer exclusionDays) {
    }

    private final JdbcClient jdbc;
    private final Catalogue catalogue;
    private final InspectionSettings settings;
    private final AuditLog audit;
    private final Clock clock;

    Plans(JdbcClient jdbc, Catalogue catalogue, InspectionSettings settings, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    long create(NewPlan plan, SignedInUser user, Long leadDepartmentOverride) {
        if (plan.title() == null || plan.title().isBlank()) {
            throw DomainViolation.of("title", "inspection.plans.title");
        }
        int year = plan.year() == null ? LocalDate.now(clock).getYear() : plan.year();
        if (year < 2000 || year > 2100) {
            throw DomainViolation.of("year", "inspection.plans.year2");
        }
        Set<Long> ids = plan.itemIds() == null ? Set.of() : new LinkedHashSet<>(plan.itemIds());
        if (ids.isEmpty()) {
            throw DomainViolation.of("itemIds", "inspection.plans.itemIds");
        }
        List<InspectionItem> items = catalogue.byIds(ids);
        if (items.size() != ids.size()) {
            throw DomainViolation.of("itemIds", "inspection.plans.itemIds2");
        }
        Catalogue.requirePublished(items);
        InspectionSettings.Settings defaults = settings.current();
        DrawAlgorithm.Ratios ratios = plan.ratios() == null ? defaults.ratios() : plan.ratios();
        int window = plan.exclusionDays() == null ? defaults.exclusionDays() : plan.exclusionDays();
        if (window < 0 || window > 1095) {
            throw DomainViolation.of("exclusionDays", "inspection.plans.exclusionDays");
        }
        Set<Long> departments = items.stream().map(InspectionItem::departmentId).collect(Collectors.toSet());
        boolean coordinator = user == null || user.role() == Role.OFFICE || user.role() == Role.ADMIN;
        long lead = leadDepartmentOverride != null ? leadDepartmentOverride
                : user != null && user.departmentId() != null && departments.contains(user.departmentId().value())
                ? user.departmentId().value()
                : coordinator ? items.getFirst().departmentId() : -1;
        if (!departments.contains(lead)) {
            throw DomainViolation.of("itemIds", "inspection.plans.itemIds3");
        }
        long id = jdbc.sql("""
                        INSERT INTO inspection_plan (title, plan_year, lead_department_id, ratio_a, ratio_b, ratio_c, ratio_d,
                                                     exclusion_days, created_by, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(plan.title().strip(), year, lead, ratios.a(), ratios.b(), ratios.c(), ratios.d(), window,
                        user == null ? "system" : user.username(), OffsetDateTime.now(clock))
                .query(Long.class).single();
        for (Long itemId : ids) {
            jdbc.sql("INSERT INTO inspection_plan_item (plan_id, item_id) VALUES (?, ?)").params(id, itemId).update();
        }
        audit.record("inspection.plan.create", "inspection_plan", Long.toString(id), null,
                new Plan(id, plan.title(), year, lead, ratios, window, user == null ? "system" : user.username(), List.copyOf(ids)));
        return id;
    }

    Plan require(long id) {
        List<Long> items = jdbc.sql("SELECT item_id FROM inspection_plan_item WHERE plan_id = ? ORDER BY item_id").param(id)
                .query(Long.class).list();
        return jdbc.sql("SELECT * FROM inspection_plan WHERE id = ?").param(id)
                .query((rs, n) -> new Plan(rs.getLong("id"), rs.getString("title"), rs.getInt("plan_year"),
                        rs.getLong("lead_department_id"), new DrawAlgorithm.Ratios(rs.getBigDecimal("ratio_a"),
                        rs.getBigDecimal("ratio_b"), rs.getBigDecimal("ratio_c"), rs.getBigDecimal("ratio_d")),
                        rs.getInt("exclusion_days"), rs.getString("created_by"), items)).optional()
                .orElseThrow(() -> new NoSuchElementException(Text.of("inspection.plan.notFound", id)));
    }

    record PlanRow(long id, String title, int year, long leadDepartmentId, int departments, String drawState) {
    }

    /** What the plan list is narrowed to: words of the title, a year, a draw state (DRAFT, COMMITTED, DRAWN); blank means any. */
    record PlanFilter(String search, Integer year, String state) {
        static final java.util.Set<String> STATES = java.util.Set.of("DRAFT", "COMMITTED", "DRAWN");

        PlanFilter {
            search = search == null ? "" : search.strip();
            state = state == null || !STATES.contains(state) ? "" : state;
        }
    }

    private static final java.util.Map<String, String> SORTABLE = java.util.Map.of(
            "title", "p.title", "year", "p.plan_year", "departments", "p.departments", "state", "p.state");

    /**
     * One page of the plans (with a department: the plans that department leads or has items in),
     * searched by title, narrowed by year and draw state, sorted by a whitelisted column.
     */
    cn.yingshang.platform.PageOf<PlanRow> page(java.util.Optional<Long> department, PlanFilter filter,
                                               cn.yingshang.platform.ListPage page) {
        String like = "%" + filter.search().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        String from = """
                FROM (SELECT p.id, p.title, p.plan_year, p.lead_department_id,
                             (SELECT count(DISTINCT i.department_id) FROM inspection_plan_item pi JOIN inspection_item i ON i.id = pi.item_id
                              WHERE pi.plan_id = p.id) AS departments,
                             CASE WHEN d.drawn_at IS NOT NULL THEN 'DRAWN' WHEN d.plan_id IS NOT NULL THEN 'COMMITTED' ELSE 'DRAFT' END AS state
                      FROM inspection_plan p LEFT JOIN inspection_draw d ON d.plan_id = p.id
                      WHERE (CAST(:department AS BIGINT) IS NULL OR p.lead_department_id = :department
                             OR EXISTS (SELECT 1 FROM inspection_plan_item pi JOIN inspection_item i ON i.id = pi.item_id
                                        WHERE pi.plan_id = p.id AND i.department_id = :department))
                        AND (:search = '' OR p.title ILIKE :like ESCAPE '\\')
                        AND (CAST(:year AS INTEGER) IS NULL OR p.plan_year = :year)) p
                WHERE (:state = '' OR p.state = :state)""";
        long total = bind(jdbc.sql("SELECT count(*) " + from), department, filter, like).query(Long.class).single();
        String order = page.orderBy(SORTABLE, "p.id DESC");
        List<PlanRow> rows = bind(jdbc.sql("SELECT p.id, p.title, p.plan_year, p.lead_department_id, p.departments, p.state "
                        + from + " ORDER BY " + order + " LIMIT :l OFFSET :o"), department, filter, like)
                .param("l", page.size()).param("o", page.offset())
                .query((rs, n) -> new PlanRow(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getLong(4), rs.getInt(5),
                        rs.getString(6))).list();
        return new cn.yingshang.platform.PageOf<>(rows, total, page);
    }

    /** The years plans exist for, newest first: the year filter's choices. */
    List<Integer> years() {
        return jdbc.sql("SELECT DISTINCT plan_year FROM inspection_plan ORDER BY plan_year DESC").query(Integer.class).list();
    }

    private static org.springframework.jdbc.core.simple.JdbcClient.StatementSpec bind(
            org.springframework.jdbc.core.simple.JdbcClient.StatementSpec sql, java.util.Optional<Long> department,
            PlanFilter filter, String like) {
        return sql.param("department", department.orElse(null), java.sql.Types.BIGINT)
                .param("search", filter.search()).param("like", like)
                .param("year", filter.year(), java.sql.Types.INTEGER).param("state", filter.state());
    }
}
