package cn.yingshang.projects.internal;

import cn.yingshang.platform.DepartmentId;
import cn.yingshang.platform.Departments;
import cn.yingshang.platform.Role;
import cn.yingshang.platform.SignedInUser;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and serve a project: its steward and the officials of the department that owns it
 * (a leader also for the departments below); the office region-wide; supervisors read everything.
 */
@Component
class ProjectAccess {

    private final Departments departments;
    private final Projects projects;
    private final ProjectMessages messages;

    ProjectAccess(Departments departments, Projects projects, ProjectMessages messages) {
        this.departments = departments;
        this.projects = projects;
        this.messages = messages;
    }

    static boolean regionWide(SignedInUser user) {
        return user.role() == Role.OFFICE || user.role() == Role.ADMIN || user.role() == Role.SUPERVISOR;
    }

    boolean mayManage(SignedInUser user, Project project) {
        return user.can("projects:manage") && (user.role() == Role.OFFICE || owns(user, project));
    }

    boolean mayRead(SignedInUser user, Project project) {
        return user.can("projects:read") && (regionWide(user) || owns(user, project));
    }

    Project readable(long id, SignedInUser user) {
        Project project = projects.find(id).orElseThrow(() -> new AccessDeniedException(messages.text("projects.denied")));
        if (!mayRead(user, project)) {
            throw new AccessDeniedException(messages.text("projects.denied"));
        }
        return project;
    }

    Project manageable(long id, SignedInUser user) {
        Project project = readable(id, user);
        if (!mayManage(user, project)) {
            throw new AccessDeniedException(messages.text("projects.denied"));
        }
        return project;
    }

    /** The departments whose projects the user sees in lists; null for every project. */
    List<Long> scope(SignedInUser user) {
        return regionWide(user) ? null : departments.actedForBy(user).stream().map(DepartmentId::value).toList();
    }

    private boolean owns(SignedInUser user, Project project) {
        return user.accountId() == project.stewardAccountId() || departments.actsFor(user, project.department());
    }
}
