package cn.yingshang.projects.internal;

import cn.yingshang.platform.DepartmentId;
import cn.yingshang.shared.ConflictingChange;
import cn.yingshang.shared.CreditCode;
import cn.yingshang.shared.RegionCode;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The project ledger's tables: projects, milestones, promises and approval steps. */
@Repository
class Projects {

    private final JdbcClient jdbc;

    Projects(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record NewProject(String name, CreditCode investor, String investorName, String industryChain, RegionCode region,
                      BigDecimal investment, DepartmentId department, long stewardAccountId, String stewardName,
                      LocalDate attractedOn) {
    }

    long insert(NewProject p) {
        long id = jdbc.sql("""
                        INSERT INTO prj_project (name, investor_credit_code, investor_name, industry_chain, region_code, investment,
                                                 department_id, steward_account_id, steward_name, stage, stage_since, attracted_on)
                        VALUES (:name, :code, :investorName, :chain, :region, :investment, :department, :steward, :stewardName,
                                'ATTRACTION', :attractedOn, :attractedOn) RETURNING id""")
                .param("name", p.name()).param("code", p.investor().value()).param("investorName", p.investorName())
                .param("chain", p.industryChain()).param("region", p.region().code()).param("investment", p.investment())
                .param("department", p.department().value()).param("steward", p.stewardAccountId())
                .param("stewardName", p.stewardName()).param("attractedOn", p.attractedOn())
                .query(Long.class).single();
        addMilestone(id, ProjectStage.ATTRACTION, p.attractedOn(), null);
        return id;
    }

    Optional<Project> find(long id) {
        return jdbc.sql("SELECT * FROM prj_project WHERE id = :id").param("id", id).query(Projects::project).optional();
    }

    /**
     * One page of the projects in the scope ({@code departments} null: every project), narrowed by
     * stage and by the project's or investor's name or credit code, sorted by a whitelisted column.
     */
    cn.yingshang.platform.PageOf<Project> page(List<Long> departments, long stewardAccountId, String stage, String search,
                                               cn.yingshang.platform.ListPage page) {
        String q = search == null ? "" : search.strip();
        String like = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        String st = stage == null || stage.isBlank() ? null : stage;
        String where = """
                 FROM prj_project
                WHERE (CAST(:all AS BOOLEAN) OR department_id = ANY(:departments) OR steward_account_id = :steward)
                  AND (CAST(:stage AS TEXT) IS NULL OR stage = :stage)
                  AND (:q = '' OR investor_credit_code = :exact OR name ILIKE :like ESCAPE '\\' OR investor_name ILIKE :like ESCAPE '\\')""";
        Long[] scope = departments == null ? new Long[0] : departments.toArray(Long[]::new);
        String exact = q.toUpperCase(java.util.Locale.ROOT);
        long total = jdbc.sql("SELECT count(*)" + where).param("all", departments == null).param("departments", scope)
                .param("steward", stewardAccountId).param("stage", st).param("q", q).param("exact", exact).param("like", like)
                .query(Long.class).single();
        String order = page.orderBy(java.util.Map.of("name", "name", "investor", "investor_name", "stage", "stage",
                "attracted", "attracted_on"), "id DESC");
        List<Project> rows = jdbc.sql("SELECT *" + where + " ORDER BY " + order + " LIMIT :l OFFSET :o")
                .param("all", departments == null).param("departments", scope)
                .param("steward", stewardAccountId).param("stage", st).param("q", q).param("exact", exact).param("like", like)
                .param("l", page.size()).param("o", page.offset()).query(Projects::project).list();
        return new cn.yingshang.platform.PageOf<>(rows, total, page);
    }

    /** Moves the project on from the stage it is in; a second click or another official's move first is a conflict. */
    void advance(long id, ProjectStage from, ProjectStage to, LocalDate on, String note) {
        ConflictingChange.unlessOne(jdbc.sql("UPDATE prj_project SET stage = :to, stage_since = :on WHERE id = :id AND stage = :from")
                .param("to", to.name()).param("on", on).param("id", id).param("from", from.name()).update());
        addMilestone(id, to, on, note);
    }

    private void addMilestone(long id, ProjectStage stage, LocalDate on, String note) {
        jdbc.sql("INSERT INTO prj_milestone (project_id, stage, reached_on, note) VALUES (:id, :stage, :on, :note)")
                .param("id", id).param("stage", stage.name()).param("on", on).param("note", note).update();
    }

    List<Milestone> milestones(long projectId) {
        return jdbc.sql("SELECT stage, reached_on, note FROM prj_milestone WHERE project_id = :id ORDER BY reached_on, stage")
                .param("id", projectId)
                .query((rs, n) -> new Milestone(ProjectStage.valueOf(rs.getString("stage")),
                        rs.getObject("reached_on", LocalDate.class), rs.getString("note"))).list();
    }

    // --- clean land (004 #21) ---

    /** Ticks an item once; ticking it again keeps the first confirmation. */
    void confirmCleanLand(long projectId, CleanLandItem item, LocalDate on, String by) {
        jdbc.sql("""
                        INSERT INTO prj_clean_land (project_id, item, confirmed_on, confirmed_by) VALUES (:id, :item, :on, :by)
                        ON CONFLICT (project_id, item) DO NOTHING""")
                .param("id", projectId).param("item", item.name()).param("on", on).param("by", by).update();
    }

    java.util.Map<CleanLandItem, LocalDate> cleanLand(long projectId) {
        java.util.Map<CleanLandItem, LocalDate> ticked = new java.util.EnumMap<>(CleanLandItem.class);
        jdbc.sql("SELECT item, confirmed_on FROM prj_clean_land WHERE project_id = :id").param("id", projectId)
                .query(rs -> {
                    ticked.put(CleanLandItem.valueOf(rs.getString("item")), rs.getObject("confirmed_on", LocalDate.class));
                });
        return ticked;
    }

    // --- promises ---

    long insertPromise(long projectId, String content, String basis, String promisedBy, LocalDate dueOn,
                       String standard, String article) {
        return jdbc.sql("""
                        INSERT INTO prj_promise (project_id, content, legal_basis, promised_by, due_on, status, screened_standard, screened_article)
                        VALUES (:project, :content, :basis, :by, :due, 'PENDING', :standard, :article) RETURNING id""")
                .param("project", projectId).param("content", content).param("basis", basis).param("by", promisedBy)
                .param("due", dueOn).param("standard", standard).param("article", article).query(Long.class).single();
    }

    Optional<InvestmentPromise> promise(long id) {
        return jdbc.sql("SELECT * FROM prj_promise WHERE id = :id").param("id", id).query(Projects::promise).optional();
    }

    List<InvestmentPromise> promises(long projectId) {
        return jdbc.sql("SELECT * FROM prj_promise WHERE project_id = :id ORDER BY id").param("id", projectId)
                .query(Projects::promise).list();
    }

    void settlePromise(long id, PromiseStatus to, LocalDate on, String reason, Boolean bodyAtFault) {
        ConflictingChange.unlessOne(jdbc.sql("""
                        UPDATE prj_promise SET status = :to, settled_on = :on, broken_reason = :reason, body_at_fault = :fault
                        WHERE id = :id AND status = 'PENDING'""")
                .param("to", to.name()).param("on", on).param("reason", reason).param("fault", bodyAtFault)
                .param("id", id).update());
    }

    // --- approvals ---

    long insertApproval(long projectId, String name, String departmentName, String serviceItemCode, int limitDays,
                        boolean notifyAndCommit) {
        return jdbc.sql("""
                        INSERT INTO prj_approval (project_id, name, department_name, service_item_code, limit_days, notify_and_commit, status)
                        VALUES (:project, :name, :department, :item, :limit, :nac, 'LISTED') RETURNING id""")
                .param("project", projectId).param("name", name).param("department", departmentName)
                .param("item", serviceItemCode).param("limit", limitDays).param("nac", notifyAndCommit)
                .query(Long.class).single();
    }

    Optional<Approval> approval(long id) {
        return jdbc.sql("SELECT * FROM prj_approval WHERE id = :id").param("id", id).query(Projects::approval).optional();
    }

    List<Approval> approvals(long projectId) {
        return jdbc.sql("SELECT * FROM prj_approval WHERE project_id = :id ORDER BY id").param("id", projectId)
                .query(Projects::approval).list();
    }

    void startApproval(long id, LocalDate startedOn, LocalDate dueOn) {
        ConflictingChange.unlessOne(jdbc.sql("""
                        UPDATE prj_approval SET status = 'RUNNING', started_on = :started, due_on = :due
                        WHERE id = :id AND status = 'LISTED'""")
                .param("started", startedOn).param("due", dueOn).param("id", id).update());
    }

    /** 告知承诺: started and decided at once, on the applicant's written promise. */
    void approveOnPromise(long id, LocalDate on, LocalDate dueOn, String commitment) {
        ConflictingChange.unlessOne(jdbc.sql("""
                        UPDATE prj_approval SET status = 'APPROVED', started_on = :on, due_on = :due, decided_on = :on, commitment = :commitment
                        WHERE id = :id AND status = 'LISTED' AND notify_and_commit""")
                .param("on", on).param("due", dueOn).param("commitment", commitment).param("id", id).update());
    }

    void approve(long id, LocalDate on) {
        ConflictingChange.unlessOne(jdbc.sql("UPDATE prj_approval SET status = 'APPROVED', decided_on = :on WHERE id = :id AND status = 'RUNNING'")
                .param("on", on).param("id", id).update());
    }

    /** The oldest open step of the investor's projects that the service item decides; empty when none waits for it. */
    Optional<Approval> openStepFor(CreditCode investor, String serviceItemCode) {
        return jdbc.sql("""
                        SELECT a.* FROM prj_approval a JOIN prj_project p ON p.id = a.project_id
                        WHERE p.investor_credit_code = :code AND a.service_item_code = :item
                          AND a.status IN ('LISTED', 'RUNNING') AND NOT a.notify_and_commit AND a.service_case_id IS NULL
                        ORDER BY a.id LIMIT 1""")
                .param("code", investor.value()).param("item", serviceItemCode).query(Projects::approval).optional();
    }

    /** The service case decided the step; guarded, so a redelivered event or a step decided meanwhile changes nothing. */
    boolean decideFromCase(long id, long caseId, ApprovalStatus to, LocalDate appliedOn, LocalDate dueOn, LocalDate decidedOn,
                           String reason) {
        return jdbc.sql("""
                        UPDATE prj_approval SET status = :to, service_case_id = :case, started_on = coalesce(started_on, :applied),
                               due_on = coalesce(due_on, :due), decided_on = :decided, refusal_reason = :reason
                        WHERE id = :id AND status IN ('LISTED', 'RUNNING') AND service_case_id IS NULL
                          AND NOT EXISTS (SELECT 1 FROM prj_approval WHERE service_case_id = :case)""")
                .param("to", to.name()).param("case", caseId).param("applied", appliedOn).param("due", dueOn)
                .param("decided", decidedOn).param("reason", reason).param("id", id).update() == 1;
    }

    private static Project project(ResultSet rs, int n) throws SQLException {
        return new Project(rs.getLong("id"), rs.getString("name"), CreditCode.of(rs.getString("investor_credit_code")),
                rs.getString("investor_name"), rs.getString("industry_chain"), RegionCode.of(rs.getString("region_code")),
                rs.getBigDecimal("investment"), new DepartmentId(rs.getLong("department_id")), rs.getLong("steward_account_id"),
                rs.getString("steward_name"), ProjectStage.valueOf(rs.getString("stage")),
                rs.getObject("stage_since", LocalDate.class), rs.getObject("attracted_on", LocalDate.class));
    }

    private static InvestmentPromise promise(ResultSet rs, int n) throws SQLException {
        return new InvestmentPromise(rs.getLong("id"), rs.getLong("project_id"), rs.getString("content"),
                rs.getString("legal_basis"), rs.getString("promised_by"), rs.getObject("due_on", LocalDate.class),
                PromiseStatus.valueOf(rs.getString("status")), rs.getString("screened_standard"),
                rs.getString("screened_article"), rs.getObject("settled_on", LocalDate.class), rs.getString("broken_reason"),
                (Boolean) rs.getObject("body_at_fault"));
    }

    private static Approval approval(ResultSet rs, int n) throws SQLException {
        return new Approval(rs.getLong("id"), rs.getLong("project_id"), rs.getString("name"), rs.getString("department_name"),
                rs.getString("service_item_code"), rs.getInt("limit_days"), rs.getBoolean("notify_and_commit"),
                rs.getString("commitment"), ApprovalStatus.valueOf(rs.getString("status")),
                rs.getObject("started_on", LocalDate.class), rs.getObject("due_on", LocalDate.class),
                rs.getObject("decided_on", LocalDate.class), (Long) rs.getObject("service_case_id"), rs.getString("refusal_reason"));
    }
}
