package cn.yingshang.projects.internal;

import cn.yingshang.platform.AuditLog;
import cn.yingshang.platform.Departments;
import cn.yingshang.platform.Role;
import cn.yingshang.platform.SignedInUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 001 §24: a park's department records the regional assessments done for the park and its negative
 * list; a steward places a project in a park, and the project view shows which assessments it reuses
 * free of charge and which it still needs on its own.
 */
@Component
class RegionalAssessments {

    private final Parks parks;
    private final ProjectAccess projectAccess;
    private final Departments departments;
    private final ProjectMessages messages;
    private final AuditLog audit;
    private final Clock clock;

    RegionalAssessments(Parks parks, ProjectAccess projectAccess, Departments departments, ProjectMessages messages,
                        AuditLog audit, Clock clock) {
        this.parks = parks;
        this.projectAccess = projectAccess;
        this.departments = departments;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    /** The park's department (a leader also from above) and the office keep a park's assessments. */
    boolean mayManage(SignedInUser user, Parks.Park park) {
        return user.can("projects:manage") && (user.role() == Role.OFFICE || departments.actsFor(user, park.department()));
    }

    Parks.Park managed(long parkId, SignedInUser user) {
        Parks.Park park = parks.find(parkId).orElseThrow(() -> new AccessDeniedException(messages.text("projects.denied")));
        if (!mayManage(user, park)) {
            throw new AccessDeniedException(messages.text("projects.denied"));
        }
        return park;
    }

    @Transactional
    long createPark(String name, SignedInUser user) {
        if (!user.can("projects:manage") || user.departmentId() == null) {
            throw messages.violation(null, "projects.register.noDepartment");
        }
        String n = messages.required("parkName", name);
        var department = departments.require(user.departmentId());
        long id = parks.insert(n, department.region(), department.id())
                .orElseThrow(() -> messages.violation("parkName", "projects.park.exists"));
        audit.record("projects.park.create", "prj_park", Long.toString(id), null, Map.of("name", n));
        return id;
    }

    @Transactional
    void record(long parkId, AssessmentKind kind, String document, LocalDate doneOn, LocalDate validUntil, SignedInUser user) {
        managed(parkId, user);
        if (kind == null) {
            throw messages.violation("kind", "projects.required");
        }
        String doc = messages.required("document", document);
        LocalDate today = LocalDate.now(clock);
        if (doneOn == null || doneOn.isAfter(today)) {
            throw messages.violation("doneOn", "projects.assessment.doneOn.invalid");
        }
        if (validUntil != null && !validUntil.isAfter(doneOn)) {
            throw messages.violation("validUntil", "projects.assessment.validUntil.invalid");
        }
        parks.recordAssessment(parkId, kind, doc, doneOn, validUntil, user.displayName());
        Map<String, Object> after = new HashMap<>();
        after.put("kind", kind.name());
        after.put("document", doc);
        after.put("doneOn", doneOn.toString());
        audit.record("projects.park.assessment", "prj_park", Long.toString(parkId), null, after);
    }

    @Transactional
    void putOnNegativeList(long parkId, AssessmentKind kind, String scope, SignedInUser user) {
        managed(parkId, user);
        if (kind == null) {
            throw messages.violation("negativeKind", "projects.required");
        }
        String s = messages.required("scope", scope);
        parks.putOnNegativeList(parkId, kind, s);
        audit.record("projects.park.negative", "prj_park", Long.toString(parkId), null, Map.of("kind", kind.name(), "scope", s));
    }

    /** The steward places the project in a park (any park: the project's department serves it, not the park's). */
    @Transactional
    void place(long projectId, long parkId, SignedInUser user) {
        projectAccess.manageable(projectId, user);
        Parks.Park park = parks.find(parkId).orElseThrow(() -> messages.violation("parkId", "projects.required"));
        parks.place(projectId, park.id());
        audit.record("projects.park.place", "prj_project", Long.toString(projectId), null, Map.of("park", park.name()));
    }

    /** The project's park and what it owes for each assessment kind; empty when it lies in no park. */
    Optional<Coverage> coverage(long projectId) {
        return parks.parkOf(projectId).flatMap(parks::find).map(park -> new Coverage(park,
                AssessmentCoverage.of(parks.assessments(park.id()), parks.negativeList(park.id()), LocalDate.now(clock))));
    }

    record Coverage(Parks.Park park, List<AssessmentCoverage.Line> lines) {
        public long reused() {
            return AssessmentCoverage.reused(lines);
        }
    }

}
