package cn.yingshang.policy.internal;

import cn.yingshang.platform.Text;
import cn.yingshang.platform.DepartmentId;
import cn.yingshang.platform.Departments;
import cn.yingshang.platform.Role;
import cn.yingshang.platform.SignedInUser;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a policy, in one place for the workbench pages and any API. A policy belongs
 * to the department that published it ({@code policy_policy.department_id}); its applications and
 * auto-grant batches belong to the policy.
 * <ul>
 *   <li>read (detail, applications, pending batches): the owning department's officials (a leader
 *       also for the departments below theirs), and the region-wide office, administrators and
 *       supervisors, who oversee every policy;</li>
 *   <li>decide an application, publish a new rule version, approve a batch: the permission for the
 *       action and the owning department (leader's tree), or the office, which acts region-wide;</li>
 *   <li>approve a batch, four-eyes (003 §36 公示 after review): never a person who published a rule
 *       version of the policy, since the rule is what drew up the batch.</li>
 * </ul>
 * Denials are 403, not 404: policy ids are listed to every official on the public policy list, so
 * a refusal reveals nothing that existence would.
 */
@Component
class PolicyAccess {

    private final Departments departments;
    private final JdbcClient jdbc;

    PolicyAccess(Departments departments, JdbcClient jdbc) {
        this.departments = departments;
        this.jdbc = jdbc;
    }

    boolean mayRead(SignedInUser user, Policy policy) {
        return user.can("policy:read") && (overseesAll(user) || owns(user, policy));
    }

    boolean mayDecide(SignedInUser user, Policy policy) {
        return user.can("policy:decide") && (actsRegionWide(user) || owns(user, policy));
    }

    boolean mayPublishVersion(SignedInUser user, Policy policy) {
        return user.can("policy:publish") && (actsRegionWide(user) || owns(user, policy));
    }

    boolean mayApprove(SignedInUser user, Policy policy) {
        return user.can("policy:approve") && (actsRegionWide(user) || owns(user, policy))
                && !ruleAuthors(policy).contains(user.username());
    }

    void requireRead(SignedInUser user, Policy policy) {
        if (!mayRead(user, policy)) {
            throw new AccessDeniedException(Text.of("policy.access.readOwnDepartment"));
        }
    }

    void requireDecide(SignedInUser user, Policy policy) {
        if (!mayDecide(user, policy)) {
            throw new AccessDeniedException(Text.of("policy.access.handleOwnApplications"));
        }
    }

    void requirePublishVersion(SignedInUser user, Policy policy) {
        if (!mayPublishVersion(user, policy)) {
            throw new AccessDeniedException(Text.of("policy.access.reviseOwnPolicies"));
        }
    }

    void requireApprove(SignedInUser user, Policy policy) {
        if (!mayApprove(user, policy)) {
            throw new AccessDeniedException(Text.of("policy.access.approveOwnBatches"));
        }
    }

    /** A payout objection is decided by an approver of the policy's own department, or region-wide. */
    void requireDecideObjection(SignedInUser user, Policy policy) {
        if (!(user.can("policy:approve") && (actsRegionWide(user) || owns(user, policy)))) {
            throw new AccessDeniedException(Text.of("policy.access.approveOwnBatches"));
        }
    }

    private boolean owns(SignedInUser user, Policy policy) {
        return policy.departmentId() != null && departments.actsFor(user, DepartmentId.of(policy.departmentId()));
    }

    private static boolean actsRegionWide(SignedInUser user) {
        return user.role() == Role.OFFICE || user.role() == Role.ADMIN;
    }

    private static boolean overseesAll(SignedInUser user) {
        return actsRegionWide(user) || user.role() == Role.SUPERVISOR;
    }

    /** Who drew up what a batch pays: everyone who published a version of the policy's rule. */
    private Set<String> ruleAuthors(Policy policy) {
        return Set.copyOf(jdbc.sql("SELECT DISTINCT created_by FROM policy_rule_version WHERE policy_id = :p")
                .param("p", policy.id()).query(String.class).list());
    }
}
