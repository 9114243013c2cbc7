package cn.yingshang.projects.internal;

import cn.yingshang.platform.DepartmentId;
import cn.yingshang.shared.ConflictingChange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Published major projects open to private investment, their questions and answers, and per-project service guarantees. */
@Repository
class OpenProjects {

    record OpenProject(long id, String title, String field, String description, BigDecimal investment, String regionCode,
                       DepartmentId department, String departmentName, LocalDate publishedOn) {
    }

    record Question(long id, long openProjectId, String creditCode, String entityName, String question, LocalDate askedOn,
                    String answer, LocalDate answeredOn) {
        public boolean answered() {
            return answer != null;
        }
    }

    record Guarantee(GuaranteeKind kind, LocalDate dueOn, LocalDate doneOn) {
        public boolean late(LocalDate today) {
            return (doneOn == null ? today : doneOn).isAfter(dueOn);
        }
    }

    /** A signed project as 招商引资成果公开 shows it. */
    record Result(String name, String investorName, String industryChain, BigDecimal investment, String stage, LocalDate signedOn) {
    }

    private final JdbcClient jdbc;

    OpenProjects(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long publish(String title, String field, String description, BigDecimal investment, String regionCode, DepartmentId department,
                 String departmentName, LocalDate on) {
        return jdbc.sql("""
                        INSERT INTO prj_open_project (title, field, description, investment, region_code, department_id, department_name, published_on)
                        VALUES (:t, :f, :d, :i, :r, :dep, :depName, :on) RETURNING id""")
                .param("t", title).param("f", field).param("d", description).param("i", investment).param("r", regionCode)
                .param("dep", department.value()).param("depName", departmentName).param("on", on).query(Long.class).single();
    }

    Optional<OpenProject> find(long id) {
        return jdbc.sql("SELECT * FROM prj_open_project WHERE id = :id").param("id", id).query(OpenProjects::open).optional();
    }

    /** One page of the projects open to private investment, newest first, searched by title, field or department. */
    cn.yingshang.platform.PageOf<OpenProject> page(String search, cn.yingshang.platform.ListPage page) {
        return cn.yingshang.platform.ListQuery.page(jdbc, new cn.yingshang.platform.ListQuery.Spec("*", "prj_open_project", "TRUE",
                        List.of("title", "field", "department_name"), List.of(),
                        java.util.Map.of("published", "published_on", "investment", "investment"), "published_on DESC, id DESC"),
                java.util.Map.of(), search, page, OpenProjects::open);
    }

    /** For the API's cursor: {@code limit} projects from {@code offset}, newest first, searched as the page searches. */
    List<OpenProject> slice(String search, int offset, int limit) {
        String q = search == null ? "" : search.strip();
        return jdbc.sql("""
                        SELECT * FROM prj_open_project
                        WHERE :q = '' OR strpos(title, :q) > 0 OR strpos(field, :q) > 0 OR strpos(department_name, :q) > 0
                        ORDER BY published_on DESC, id DESC LIMIT :limit OFFSET :offset""")
                .param("q", q).param("limit", limit).param("offset", offset).query(OpenProjects::open).list();
    }

    long ask(long openProjectId, String creditCode, String entityName, String question, LocalDate on) {
        return jdbc.sql("""
                        INSERT INTO prj_open_question (open_project_id, credit_code, entity_name, question, asked_on)
                        VALUES (:p, :c, :n, :q, :on) RETURNING id""")
                .param("p", openProjectId).param("c", creditCode).param("n", entityName).param("q", question).param("on", on)
                .query(Long.class).single();
    }

    Optional<Question> question(long id) {
        return jdbc.sql("SELECT * FROM prj_open_question WHERE id = :id").param("id", id).query(OpenProjects::question).optional();
    }

    List<Question> questions(long openProjectId) {
        return jdbc.sql("SELECT * FROM prj_open_question WHERE open_project_id = :p ORDER BY id").param("p", openProjectId)
                .query(OpenProjects::question).list();
    }

    void answer(long id, String answer, LocalDate on, String by) {
        ConflictingChange.unlessOne(jdbc.sql("""
                        UPDATE prj_open_question SET answer = :a, answered_on = :on, answered_by = :by WHERE id = :id AND answer IS NULL""")
                .param("a", answer).param("on", on).param("by", by).param("id", id).update());
    }

    /** Signed projects and beyond, newest signing first, a page at a time: the results of attraction made public. */
    cn.yingshang.platform.PageOf<Result> results(String search, cn.yingshang.platform.ListPage page) {
        return cn.yingshang.platform.ListQuery.page(jdbc, new cn.yingshang.platform.ListQuery.Spec(
                        "p.name, p.investor_name, p.industry_chain, p.investment, p.stage, m.reached_on",
                        "prj_project p JOIN prj_milestone m ON m.project_id = p.id AND m.stage = 'SIGNING'", "TRUE",
                        List.of("p.name", "p.investor_name", "p.industry_chain"), List.of(),
                        java.util.Map.of("signed", "m.reached_on", "investment", "p.investment"), "m.reached_on DESC, p.id DESC"),
                java.util.Map.of(), search, page, (rs, n) -> new Result(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getBigDecimal(4), rs.getString(5), rs.getObject(6, LocalDate.class)));
    }

    // --- service guarantees ---

    void track(long projectId, GuaranteeKind kind, LocalDate dueOn) {
        jdbc.sql("""
                        INSERT INTO prj_guarantee (project_id, kind, due_on) VALUES (:p, :k, :d)
                        ON CONFLICT (project_id, kind) DO UPDATE SET due_on = :d WHERE prj_guarantee.done_on IS NULL""")
                .param("p", projectId).param("k", kind.name()).param("d", dueOn).update();
    }

    void secured(long projectId, GuaranteeKind kind, LocalDate on) {
        ConflictingChange.unlessOne(jdbc.sql("""
                        UPDATE prj_guarantee SET done_on = :on WHERE project_id = :p AND kind = :k AND done_on IS NULL""")
                .param("on", on).param("p", projectId).param("k", kind.name()).update());
    }

    List<Guarantee> guarantees(long projectId) {
        return jdbc.sql("SELECT kind, due_on, done_on FROM prj_guarantee WHERE project_id = :p ORDER BY due_on").param("p", projectId)
                .query((rs, n) -> new Guarantee(GuaranteeKind.valueOf(rs.getString(1)), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class))).list();
    }

    private static OpenProject open(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new OpenProject(rs.getLong("id"), rs.getString("title"), rs.getString("field"), rs.getString("description"),
                rs.getBigDecimal("investment"), rs.getString("region_code"), new DepartmentId(rs.getLong("department_id")),
                rs.getString("department_name"), rs.getObject("published_on", LocalDate.class));
    }

    private static Question question(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Question(rs.getLong("id"), rs.getLong("open_project_id"), rs.getString("credit_code"), rs.getString("entity_name"),
                rs.getString("question"), rs.getObject("asked_on", LocalDate.class), rs.getString("answer"),
                rs.getObject("answered_on", LocalDate.class));
    }
}
