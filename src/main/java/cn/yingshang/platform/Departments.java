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

    /** The department itself or one below it in the tree (the same function in a lower region). */
    default boolean isWithin(DepartmentId department, DepartmentId ancestorOrSelf) {
        int depth = 0;
        for (DepartmentId d = department; d != null && depth < 16; depth++) {
            if (d.equals(ancestorOrSelf)) {
                return true;
            }
            d = byId(d).map(Department::parentId).orElse(null);
        }
        return false;
    }

    /**
     * Whether an official acts for the department that owns a piece of work: a handler or an
     * inspector for their own department only; a leader also for the departments below theirs,
     * whose work they oversee. Region-wide roles (office, administrator, supervisor) are not
     * decided here: each aggregate's access rule says what they may do with another's work.
     */
    default boolean actsFor(SignedInUser user, DepartmentId owner) {
        if (user == null || owner == null || user.departmentId() == null) {
            return false;
        }
        return switch (user.role()) {
            case HANDLER, INSPECTOR, LEGAL_OFFICER -> user.departmentId().equals(owner);
            case LEADER -> isWithin(owner, user.departmentId());
            default -> false;
        };
    }

    /** Every department {@link #actsFor} admits for the official: a typed data scope for list queries. */
    default List<DepartmentId> actedForBy(SignedInUser user) {
        return all().stream().map(Department::id).filter(id -> actsFor(user, id)).toList();
    }
}
