package cn.yingshang.appeal.internal;

import cn.yingshang.platform.DepartmentFunction;
import cn.yingshang.shared.DomainViolation;
import cn.yingshang.platform.CacheVersions;
import cn.yingshang.platform.SharedValue;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Appeal categories (business-environment domains): data that the office maintains. */
@Component
class Categories {

    static final String ARREARS = "ARREARS";

    record Category(String code, String name, DepartmentFunction function, int sortOrder, boolean active) {
        /** For the select fragment: option value and text. */
        String label() {
            return name;
        }
    }

    private final JdbcClient jdbc;
    /** Read on every intake, changed rarely: in memory on every node, dropped on every node on save (CacheVersions). */
    private final SharedValue<List<Category>> cached;

    Categories(JdbcClient jdbc, CacheVersions versions) {
        this.jdbc = jdbc;
        this.cached = new SharedValue<>(versions, "appeal.categories", this::load);
    }

    List<Category> all() {
        return cached.get();
    }

    private List<Category> load() {
        return jdbc.sql("SELECT code, name, function, sort_order, active FROM appeal_category ORDER BY sort_order, code")
                .query((rs, n) -> new Category(rs.getString(1), rs.getString(2), DepartmentFunction.valueOf(rs.getString(3)),
                        rs.getInt(4), rs.getBoolean(5))).list();
    }

    List<Category> active() {
        return all().stream().filter(Category::active).toList();
    }

    Optional<Category> find(String code) {
        return all().stream().filter(c -> c.code().equals(code)).findFirst();
    }

    Category requireActive(String code) {
        return find(code).filter(Category::active).orElseThrow(() -> DomainViolation.of("category", "appeal.violation.category"));
    }

    String nameOf(String code) {
        return find(code).map(Category::name).orElse(code);
    }

    void save(String code, String name, String function, int sortOrder, boolean active) {
        if (code == null || !code.matches("[A-Z_]{2,30}")) {
            throw DomainViolation.of("code", "appeal.violation.category.code");
        }
        if (name == null || name.isBlank() || name.length() > 30) {
            throw DomainViolation.of("name", "appeal.violation.category.name");
        }
        DepartmentFunction f;
        try {
            f = DepartmentFunction.valueOf(function);
        } catch (RuntimeException e) {
            throw DomainViolation.of("function", "appeal.violation.category.function");
        }
        jdbc.sql("""
                        INSERT INTO appeal_category (code, name, function, sort_order, active) VALUES (:c, :n, :f, :s, :a)
                        ON CONFLICT (code) DO UPDATE SET name = :n, function = :f, sort_order = :s, active = :a""")
                .param("c", code).param("n", name.strip()).param("f", f.name()).param("s", sortOrder).param("a", active).update();
        forget();
    }

    /** Every node drops its copy: this one now and after commit, the others within the poll interval. */
    private void forget() {
        cached.changed();
    }
}
