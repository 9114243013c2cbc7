package cn.yingshang.legal.internal;

import cn.yingshang.platform.Department;
import cn.yingshang.platform.DepartmentFunction;
import cn.yingshang.platform.DepartmentId;
import cn.yingshang.platform.Departments;
import cn.yingshang.platform.Role;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.shared.RegionCode;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who acts for which political-legal body. Only staff of a court, procuratorate or public security
 * body record legal measures, and each only for its own body; the office and supervisors read all.
 */
@Component
class PoliticalLegalBodies {

    static final Set<DepartmentFunction> MEASURE_TAKERS =
            Set.of(DepartmentFunction.COURT, DepartmentFunction.PROCURATORATE, DepartmentFunction.PUBLIC_SECURITY);

    private final Departments departments;

    PoliticalLegalBodies(Departments departments) {
        this.departments = departments;
    }

    /** The body the official works for, when it is one of the given kinds; otherwise refused. */
    Department bodyOf(SignedInUser user, Set<DepartmentFunction> kinds) {
        if (!user.can("legal:handle") || user.departmentId() == null) {
            throw new AccessDeniedException("legal.notPoliticalLegal");
        }
        Department body = departments.require(user.departmentId());
        if (!kinds.contains(body.function())) {
            throw new AccessDeniedException("legal.notPoliticalLegal");
        }
        return body;
    }

    boolean actsFor(SignedInUser user, long bodyId) {
        return user.can("legal:handle") && departments.actsFor(user, DepartmentId.of(bodyId));
    }

    /** The official's own body or a body below it of the same kind (a higher procuratorate oversees the lower). */
    boolean oversees(SignedInUser user, Long bodyId) {
        return bodyId != null && user.can("legal:handle") && user.departmentId() != null
                && departments.isWithin(DepartmentId.of(bodyId), user.departmentId());
    }

    static boolean supervises(SignedInUser user) {
        return user.can("legal:supervise") && (user.role() == Role.OFFICE || user.role() == Role.ADMIN || user.role() == Role.SUPERVISOR);
    }

    List<Department> courts() {
        return ofKind(DepartmentFunction.COURT);
    }

    List<Department> procuratorates() {
        return ofKind(DepartmentFunction.PROCURATORATE);
    }

    Optional<Department> courtFor(RegionCode region) {
        return departments.responsibleFor(region, DepartmentFunction.COURT);
    }

    Department require(long id) {
        return departments.require(DepartmentId.of(id));
    }

    String name(Long id) {
        return id == null ? "" : require(id).name();
    }

    /** Whether a region lies in the body's area: its own region or one below it. */
    static boolean within(RegionCode region, RegionCode area) {
        for (RegionCode r = region; r != null; r = r.parent().orElse(null)) {
            if (r.equals(area)) {
                return true;
            }
        }
        return false;
    }

    private List<Department> ofKind(DepartmentFunction function) {
        return departments.all().stream().filter(d -> d.function() == function).toList();
    }
}
