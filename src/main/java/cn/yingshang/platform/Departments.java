package cn.yingshang.platform;

import cn.yingshang.shared.RegionCode;
import java.util.List;
import java.util.Optional;

/** The department tree: read by every module that routes work to a department. */
public interface Departments {

    Optional<Department> byId(DepartmentId id);

    List<Department> all();

    /** The department with that function in the region, or, going up the tree, in the nearest ancestor region. */
    Optional<Department> responsibleFor(RegionCode region, DepartmentFunction function);

    Department require(DepartmentId id);
}
