package cn.yingshang.inspection.internal;

import cn.yingshang.platform.Text;
import cn.yingshang.platform.Role;
import cn.yingshang.platform.SignedInUser;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Department data scope of plans and tasks: the office, administrators and supervisors see every plan;
 * a department's staff and inspectors see the plans their department leads or has items in, with
 * their tasks; an inspector also sees any task they are assigned to.
 */
@Component
class PlanScope {

    private final Plans plans;
    private final Tasks tasks;
    private final Catalogue catalogue;

    PlanScope(Plans plans, Tasks tasks, Catalogue catalogue) {
        this.plans = plans;
        this.tasks = tasks;
        this.catalogue = catalogue;
    }

    static boolean seesEveryPlan(SignedInUser user) {
        return user.role() == Role.OFFICE || user.role() == Role.ADMIN || user.role() == Role.SUPERVISOR;
    }

    /** Empty: every plan; otherwise the one department whose plans the user sees. */
    static Optional<Long> departmentOf(SignedInUser user) {
        return seesEveryPlan(user) || user.departmentId() == null ? Optional.empty() : Optional.of(user.departmentId().value());
    }

    cn.yingshang.platform.PageOf<Plans.PlanRow> visiblePlans(SignedInUser user, Plans.PlanFilter filter,
                                                            cn.yingshang.platform.ListPage page) {
        if (!seesEveryPlan(user) && user.departmentId() == null) {
            return new cn.yingshang.platform.PageOf<>(List.of(), 0, page);
        }
        return plans.page(departmentOf(user), filter, page);
    }

    boolean sees(Plans.Plan plan, SignedInUser user) {
        if (seesEveryPlan(user)) {
            return true;
        }
        if (user.departmentId() == null) {
            return false;
        }
        long department = user.departmentId().value();
        return plan.leadDepartmentId() == department
                || catalogue.byIds(plan.itemIds()).stream().anyMatch(i -> i.departmentId() == department);
    }

    Plans.Plan requirePlan(long planId, SignedInUser user) {
        Plans.Plan plan = plans.require(planId);
        if (!sees(plan, user)) {
            throw new AccessDeniedException(Text.of("inspection.planScope.ownPlans"));
        }
        return plan;
    }

    Tasks.Task requireTask(long taskId, SignedInUser user) {
        Tasks.Task task = tasks.require(taskId);
        if (!task.assigned(user.accountId()) && !sees(plans.require(task.planId()), user)) {
            throw new AccessDeniedException(Text.of("inspection.planScope.ownTasks"));
        }
        return task;
    }
}
