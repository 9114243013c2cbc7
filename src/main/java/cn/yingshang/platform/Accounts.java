package cn.yingshang.platform;

import java.util.List;
import java.util.Optional;

/** Accounts of people who sign in. Passwords are stored only as hashes. */
public interface Accounts {

    /** Creates an account; its password must meet the policy (12 characters, 3 kinds). */
    long create(NewAccount account);

    /**
     * For demo data only: creates an account with the README's published password, which the policy
     * would refuse. Outside the {@code demo} profile such a password must be changed at first sign-in.
     */
    long createDemoAccount(NewAccount account);

    /** Gives the account another role; its open sessions end, so the new permissions apply at once. */
    void changeRole(long accountId, Role role);

    /**
     * Sets a temporary password the person must change at next sign-in, clears the second factor
     * (a lost phone is the usual reason) and ends the account's sessions.
     */
    void resetPassword(long accountId, String temporaryPassword);

    Optional<AccountView> byUsername(String username);

    List<AccountView> all();

    List<AccountView> ofEntity(String creditCode);

    /** The enabled accounts of a department that hold the role (e.g. its leaders, for a supervision order). */
    List<AccountView> enabledIn(DepartmentId department, Role role);

    /** Disabling also ends the account's open sessions on every node. */
    void setEnabled(long accountId, boolean enabled);

    record NewAccount(String username, String rawPassword, String displayName, Role role,
                      DepartmentId departmentId, String creditCode, String phone) {
    }

    record AccountView(long id, String username, String displayName, Role role, DepartmentId departmentId,
                       String creditCode, boolean enabled) {
    }
}
