package cn.yingshang.projects.internal;

import cn.yingshang.platform.DepartmentId;
import cn.yingshang.shared.ConflictingChange;
import cn.yingshang.shared.RegionCode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Parks with their regional assessments and negative lists (001 §24), and which park a project lies in. */
@Repository
class Parks {

    record Park(long id, String name, RegionCode region, DepartmentId department) {
    }

    private final JdbcClient jdbc;

    Parks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new park, or empty when one of that name exists. */
    Optional<Long> insert(String name, RegionCode region, DepartmentId department) {
        return jdbc.sql("""
                        INSERT INTO prj_park (name, region_code, department_id) VALUES (:name, :region, :department)
                        ON CONFLICT (name) DO NOTHING RETURNING id""")
                .param("name", name).param("region", region.code()).param("department", department.value())
                .query(Long.class).optional();
    }

    Optional<Park> find(long id) {
        return jdbc.sql("SELECT * FROM prj_park WHERE id = :id").param("id", id).query(Parks::park).optional();
    }

    List<Park> all() {
        return jdbc.sql("SELECT * FROM prj_park ORDER BY region_code, name").query(Parks::park).list();
    }

    /** Records the park's result for a kind; a later assessment of the same kind replaces the earlier one. */
    void recordAssessment(long parkId, AssessmentKind kind, String document, LocalDate doneOn, LocalDate validUntil, String by) {
        jdbc.sql("""
                        INSERT INTO prj_park_assessment (park_id, kind, document, done_on, valid_until, recorded_by)
                        VALUES (:park, :kind, :document, :done, :valid, :by)
                        ON CONFLICT (park_id, kind) DO UPDATE SET document = :document, done_on = :done, valid_until = :valid, recorded_by = :by""")
                .param("park", parkId).param("kind", kind.name()).param("document", document).param("done", doneOn)
                .param("valid", validUntil).param("by", by).update();
    }

    void putOnNegativeList(long parkId, AssessmentKind kind, String scope) {
        jdbc.sql("""
                        INSERT INTO prj_park_negative (park_id, kind, scope) VALUES (:park, :kind, :scope)
                        ON CONFLICT (park_id, kind) DO UPDATE SET scope = :scope""")
                .param("park", parkId).param("kind", kind.name()).param("scope", scope).update();
    }

    Map<AssessmentKind, AssessmentCoverage.ParkAssessment> assessments(long parkId) {
        Map<AssessmentKind, AssessmentCoverage.ParkAssessment> held = new EnumMap<>(AssessmentKind.class);
        jdbc.sql("SELECT * FROM prj_park_assessment WHERE park_id = :park").param("park", parkId).query(rs -> {
            AssessmentKind kind = AssessmentKind.valueOf(rs.getString("kind"));
            held.put(kind, new AssessmentCoverage.ParkAssessment(kind, rs.getString("document"),
                    rs.getObject("done_on", LocalDate.class), rs.getObject("valid_until", LocalDate.class)));
        });
        return held;
    }

    Map<AssessmentKind, String> negativeList(long parkId) {
        Map<AssessmentKind, String> list = new EnumMap<>(AssessmentKind.class);
        jdbc.sql("SELECT kind, scope FROM prj_park_negative WHERE park_id = :park").param("park", parkId)
                .query(rs -> {
                    list.put(AssessmentKind.valueOf(rs.getString("kind")), rs.getString("scope"));
                });
        return list;
    }

    Optional<Long> parkOf(long projectId) {
        return jdbc.sql("SELECT park_id FROM prj_project WHERE id = :id AND park_id IS NOT NULL").param("id", projectId)
                .query(Long.class).optional();
    }

    void place(long projectId, long parkId) {
        ConflictingChange.unlessOne(jdbc.sql("UPDATE prj_project SET park_id = :park WHERE id = :id")
                .param("park", parkId).param("id", projectId).update());
    }

    private static Park park(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Park(rs.getLong("id"), rs.getString("name"), RegionCode.of(rs.getString("region_code")),
                new DepartmentId(rs.getLong("department_id")));
    }
}
