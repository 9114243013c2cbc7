package cn.yingshang.platform;

import java.util.List;
import java.util.Optional;

/** Accounts of people who sign in. Passwords are stored only as hashes. */
public interface Accounts {

    long create(NewAccount account);

    Optional<AccountView> byUsername(String username);

    List<AccountView> all();

    List<AccountView> ofEntity(String creditCode);

    void setEnabled(long accountId, boolean enabled);

    record NewAccount(String username, String rawPassword, String displayName, Role role,
                      DepartmentId departmentId, String creditCode, String phone) {
    }

    record AccountView(long id, String username, String displayName, Role role, DepartmentId departmentId,
                       String creditCode, boolean enabled) {
    }
}
