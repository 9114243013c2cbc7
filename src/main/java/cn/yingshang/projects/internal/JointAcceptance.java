package cn.yingshang.projects.internal;

import cn.yingshang.platform.AuditLog;
import cn.yingshang.platform.Department;
import cn.yingshang.platform.DepartmentFunction;
import cn.yingshang.platform.Departments;
import cn.yingshang.platform.SignedInUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 004 #22–23: a project under construction or in acceptance lists its unit works; each finished one is
 * accepted jointly on its own, and the acceptance opinion and the completion filing are recorded
 * together on site (one action, both numbers required). Property registration — the natural-resources
 * departments — and the office read the accepted unit works online.
 */
@Component
class JointAcceptance {

    private final UnitWorks unitWorks;
    private final ProjectAccess access;
    private final Departments departments;
    private final ProjectMessages messages;
    private final AuditLog audit;
    private final Clock clock;

    JointAcceptance(UnitWorks unitWorks, ProjectAccess access, Departments departments, ProjectMessages messages, AuditLog audit,
                    Clock clock) {
        this.unitWorks = unitWorks;
        this.access = access;
        this.departments = departments;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    long addUnitWork(long projectId, String name, SignedInUser user) {
        Project project = access.manageable(projectId, user);
        if (project.stage() != ProjectStage.CONSTRUCTION && project.stage() != ProjectStage.ACCEPTANCE) {
            throw messages.violation(null, "projects.unitWork.stage");
        }
        String n = messages.required("unitWorkName", name);
        long id = unitWorks.insert(projectId, n).orElseThrow(() -> messages.violation("unitWorkName", "projects.unitWork.exists"));
        audit.record("projects.unitWork.add", "prj_unit_work", Long.toString(id), null, Map.of("project", projectId, "name", n));
        return id;
    }

    /** The joint acceptance opinion issued on site and the completion filing done with it. */
    @Transactional
    void accept(long unitWorkId, String opinionNumber, String participants, String filingNumber, SignedInUser user) {
        UnitWork unit = unitWorks.find(unitWorkId).orElseThrow(() -> new AccessDeniedException(messages.text("projects.denied")));
        access.manageable(unit.projectId(), user);
        if (unit.accepted()) {
            throw messages.violation(null, "projects.unitWork.accepted");
        }
        String opinion = messages.required("opinionNumber", opinionNumber);
        String filing = messages.required("filingNumber", filingNumber);
        String who = messages.required("departments", participants);
        if (unitWorks.opinionTaken(opinion)) {
            throw messages.violation("opinionNumber", "projects.unitWork.opinionTaken");
        }
        LocalDate today = LocalDate.now(clock);
        unitWorks.accept(unitWorkId, today, opinion, who, filing, user.displayName());
        audit.record("projects.unitWork.accept", "prj_unit_work", Long.toString(unitWorkId), unit.status(),
                Map.of("opinion", opinion, "filing", filing, "departments", who, "acceptedOn", today.toString()));
    }

    /** Property registration (a natural-resources department's officials) and the region-wide roles. */
    boolean mayReadAcceptances(SignedInUser user) {
        if (!user.can("projects:read")) {
            return false;
        }
        if (ProjectAccess.regionWide(user)) {
            return true;
        }
        return user.departmentId() != null && departments.byId(user.departmentId()).map(Department::function)
                .filter(f -> f == DepartmentFunction.NATURAL_RESOURCES).isPresent();
    }

    List<UnitWorks.AcceptanceRecord> acceptances(String creditCode, SignedInUser user) {
        if (!mayReadAcceptances(user)) {
            throw new AccessDeniedException(messages.text("projects.denied"));
        }
        String code = creditCode == null || creditCode.isBlank() ? null : creditCode.strip().toUpperCase(java.util.Locale.ROOT);
        return unitWorks.accepted(code, 200);
    }

}
