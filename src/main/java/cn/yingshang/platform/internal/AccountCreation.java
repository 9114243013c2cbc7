package cn.yingshang.platform.internal;

import cn.yingshang.platform.Accounts;
import cn.yingshang.platform.Accounts.NewAccount;
import cn.yingshang.platform.DepartmentId;
import cn.yingshang.platform.Departments;
import cn.yingshang.platform.Role;
import cn.yingshang.shared.CreditCode;
import cn.yingshang.shared.DomainViolation;
import org.springframework.stereotype.Component;

/**
 * An administrator creates an account (the accounts page and the API): an enterprise account names
 * its entity, a department's staff their department.
 */
@Component
class AccountCreation {

    private final Accounts accounts;
    private final Departments departments;

    AccountCreation(Accounts accounts, Departments departments) {
        this.accounts = accounts;
        this.departments = departments;
    }

    long create(String username, String password, String displayName, Role role, Long departmentId, String creditCode,
                String phone) {
        if (role == null) {
            throw DomainViolation.of("role", "accounts.role.required");
        }
        String code = creditCode == null || creditCode.isBlank() ? null : CreditCode.of(creditCode).value();
        if (role == Role.ENTERPRISE && code == null) {
            throw DomainViolation.of("creditCode", "accounts.enterprise.credit-code.required");
        }
        DepartmentId department = departmentId == null ? null : departments.require(DepartmentId.of(departmentId)).id();
        if (department == null && (role == Role.HANDLER || role == Role.LEADER || role == Role.INSPECTOR || role == Role.LEGAL_OFFICER)) {
            throw DomainViolation.of("departmentId", "accounts.department.required");
        }
        return accounts.create(new NewAccount(username, password, displayName, role, department, code, phone));
    }
}
