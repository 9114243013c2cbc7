package cn.yingshang.platform.internal;

import cn.yingshang.platform.Department;
import cn.yingshang.platform.DepartmentFunction;
import cn.yingshang.platform.Departments;
import cn.yingshang.shared.RegionCode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The department picker's content: the ~280 departments grouped by region (a prefecture, then
 * each of its counties), each named with its function, narrowed by a search on the name, the
 * function or the region. Pages show it as a grouped select (works without JavaScript); the
 * search box above it asks {@code /departments/options} for the narrowed groups. Public only
 * because templates call it (SpEL needs public access).
 */
@Component("departmentTree")
public class DepartmentTree {

    public record Option(String id, String label) {
    }

    public record Group(String label, List<Option> options) {
    }

    private final Departments departments;

    DepartmentTree(Departments departments) {
        this.departments = departments;
    }

    /** Every department (the 营商办 too when {@code withOffice}), narrowed by {@code query} when given. */
    public List<Group> groups(String query, boolean withOffice) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        Map<String, List<Option>> byRegion = new LinkedHashMap<>();
        departments.all().stream()
                .filter(d -> withOffice || d.function() != DepartmentFunction.BIZ_ENV_OFFICE)
                .sorted(Comparator.comparing((Department d) -> d.region().code()).thenComparing(d -> d.function().ordinal())
                        .thenComparing(Department::name))
                .filter(d -> q.isEmpty() || matches(d, q))
                .forEach(d -> byRegion.computeIfAbsent(regionLabel(d.region()), k -> new ArrayList<>())
                        .add(new Option(String.valueOf(d.id().value()), d.name())));
        return byRegion.entrySet().stream().map(e -> new Group(e.getKey(), e.getValue())).toList();
    }

    private static boolean matches(Department d, String q) {
        return d.name().toLowerCase(Locale.ROOT).contains(q) || d.function().label().contains(q)
                || regionLabel(d.region()).contains(q) || d.code().toLowerCase(Locale.ROOT).contains(q);
    }

    /** 乌鲁木齐市 for a prefecture's departments, 乌鲁木齐市 › 天山区 for a county's. */
    static String regionLabel(RegionCode region) {
        RegionCode prefecture = region.prefecture();
        return prefecture == null || prefecture.equals(region) ? region.name() : prefecture.name() + " › " + region.name();
    }
}
