package cn.yingshang.platform.internal;

import cn.yingshang.platform.Department;
import cn.yingshang.platform.DepartmentFunction;
import cn.yingshang.platform.DepartmentId;
import cn.yingshang.platform.Departments;
import cn.yingshang.shared.DomainViolation;
import cn.yingshang.shared.RegionCode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The tree is small and read on almost every page, so it is held in memory and reloaded on change. */
@Service
class JdbcDepartments implements Departments {

    private final JdbcClient jdbc;
    private final AtomicReference<Map<DepartmentId, Department>> cache = new AtomicReference<>();

    JdbcDepartments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void reload() {
        cache.set(null);
    }

    private Map<DepartmentId, Department> tree() {
        Map<DepartmentId, Department> tree = cache.get();
        if (tree == null) {
            tree = jdbc.sql("SELECT * FROM platform_department ORDER BY region_code, id").query(JdbcDepartments::map)
                    .stream().collect(Collectors.toMap(Department::id, Function.identity(), (a, b) -> a,
                            java.util.LinkedHashMap::new));
            cache.set(tree);
        }
        return tree;
    }

    @Override
    public Optional<Department> byId(DepartmentId id) {
        return Optional.ofNullable(tree().get(id));
    }

    @Override
    public Department require(DepartmentId id) {
        return byId(id).orElseThrow(() -> new DomainViolation("部门不存在：" + id));
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
