package cn.yingshang.platform.internal;

import cn.yingshang.platform.CacheVersions;
import cn.yingshang.platform.Department;
import cn.yingshang.platform.DepartmentFunction;
import cn.yingshang.platform.DepartmentId;
import cn.yingshang.platform.Departments;
import cn.yingshang.platform.SharedValue;
import cn.yingshang.shared.DomainViolation;
import cn.yingshang.shared.RegionCode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The tree is small and read on almost every page, so it is held in memory and reloaded on change (on every node). */
@Service
class JdbcDepartments implements Departments {

    private final JdbcClient jdbc;
    /** Shared across nodes: a tree changed (or first seeded) on one node is reloaded on every node. */
    private final SharedValue<Map<DepartmentId, Department>> cache;

    JdbcDepartments(JdbcClient jdbc, CacheVersions versions) {
        this.jdbc = jdbc;
        this.cache = new SharedValue<>(versions, "platform.departments", this::load);
    }

    /** The tree changed in the current transaction. */
    void changed() {
        cache.changed();
    }

    private Map<DepartmentId, Department> load() {
        return jdbc.sql("SELECT * FROM platform_department ORDER BY region_code, id").query(JdbcDepartments::map)
                .stream().collect(Collectors.toMap(Department::id, Function.identity(), (a, b) -> a,
                        java.util.LinkedHashMap::new));
    }

    private Map<DepartmentId, Department> tree() {
        return cache.get();
    }

    @Override
    public Optional<Department> byId(DepartmentId id) {
        return Optional.ofNullable(tree().get(id));
    }

    @Override
    public Department require(DepartmentId id) {
        return byId(id).orElseThrow(() -> DomainViolation.of(null, "department.unknown", String.valueOf(id)));
    }

    @Override
    public List<Department> all() {
        return List.copyOf(tree().values());
    }

    @Override
    public Optional<Department> responsibleFor(RegionCode region, DepartmentFunction function) {
        for (RegionCode r = region; r != null; r = r.parent().orElse(null)) {
            RegionCode current = r;
            Optional<Department> found = tree().values().stream()
                    .filter(d -> d.function() == function && d.region().equals(current)).findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    static Department map(ResultSet rs, int row) throws SQLException {
        long parent = rs.getLong("parent_id");
        return new Department(DepartmentId.of(rs.getLong("id")), rs.getString("code"), rs.getString("name"),
                RegionCode.of(rs.getString("region_code")), DepartmentFunction.valueOf(rs.getString("function")),
                rs.wasNull() ? null : DepartmentId.of(parent));
    }
}
