package cn.yingshang.platform.internal;

import cn.yingshang.platform.Accounts;
import cn.yingshang.platform.ApiCursor;
import cn.yingshang.platform.ApiScope;
import cn.yingshang.platform.Department;
import cn.yingshang.platform.Departments;
import cn.yingshang.platform.Role;
import cn.yingshang.shared.DomainViolation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The administration pages' actions as API operations (issue 17): accounts (create, enable or
 * disable, reset the password, change the role), the department tree and the audit log. Account
 * management declares no scope: it sets passwords, so it is for a signed-in administrator and never
 * for a service account; the audit log may be granted to one ({@code audit:read}).
 */
@Tag(name = "administration", description = "api.admin.tag")
@RestController
class AccountAdministrationApi {

    private final Accounts accounts;
    private final AccountCreation creation;
    private final Departments departments;
    private final JdbcClient jdbc;

    AccountAdministrationApi(Accounts accounts, AccountCreation creation, Departments departments, JdbcClient jdbc) {
        this.accounts = accounts;
        this.creation = creation;
        this.departments = departments;
        this.jdbc = jdbc;
    }

    record AdminAccountJson(long id, String username, String displayName, Role role, Long departmentId, String creditCode,
                       boolean enabled) {
        static AdminAccountJson of(Accounts.AccountView a) {
            return new AdminAccountJson(a.id(), a.username(), a.displayName(), a.role(),
                    a.departmentId() == null ? null : a.departmentId().value(), a.creditCode(), a.enabled());
        }
    }

    record AdminAccountPage(List<AdminAccountJson> items, String next) {
    }

    @Operation(operationId = "listAccounts", summary = "api.admin.accounts")
    @GetMapping("/api/v1/accounts")
    @PreAuthorize("hasAuthority('account:manage')")
    AdminAccountPage list(@RequestParam(required = false) String after, @RequestParam(defaultValue = "100") @Min(1) @Max(500) int limit) {
        ApiCursor cursor = ApiCursor.parse(after);
        List<Accounts.AccountView> all = accounts.all();
        List<Accounts.AccountView> fetched = all.subList(Math.min(cursor.position(), all.size()),
                Math.min(all.size(), cursor.position() + limit + 1));
        return new AdminAccountPage(ApiCursor.page(fetched, limit).stream().map(AdminAccountJson::of).toList(), cursor.nextAfter(fetched, limit));
    }

    record AdminNewAccount(String username, String password, String displayName, Role role, Long departmentId,
                          String creditCode, String phone) {
    }

    @Operation(operationId = "createAccount", summary = "api.admin.create")
    @PostMapping("/api/v1/accounts")
    @PreAuthorize("hasAuthority('account:manage')")
    ResponseEntity<AdminAccountJson> create(@RequestBody AdminNewAccount body) {
        long id = creation.create(body.username(), body.password(), body.displayName(), body.role(), body.departmentId(),
                body.creditCode(), body.phone());
        return ResponseEntity.status(HttpStatus.CREATED).body(account(id));
    }

    record AdminAccountEnabled(Boolean enabled) {
    }

    @Operation(operationId = "setAccountEnabled", summary = "api.admin.enabled")
    @PutMapping("/api/v1/accounts/{id}/enabled")
    @PreAuthorize("hasAuthority('account:manage')")
    AdminAccountJson enable(@PathVariable long id, @RequestBody AdminAccountEnabled body) {
        if (body.enabled() == null) {
            throw DomainViolation.of("enabled", "api.admin.enabled-required");
        }
        accounts.setEnabled(id, body.enabled());
        return account(id);
    }

    record AdminPasswordReset(String password) {
    }

    @Operation(operationId = "resetAccountPassword", summary = "api.admin.password")
    @PostMapping("/api/v1/accounts/{id}/password-reset")
    @PreAuthorize("hasAuthority('account:manage')")
    AdminAccountJson resetPassword(@PathVariable long id, @RequestBody AdminPasswordReset body) {
        account(id);
        accounts.resetPassword(id, body.password() == null ? "" : body.password());
        return account(id);
    }

    record AdminAccountRole(Role role) {
    }

    @Operation(operationId = "changeAccountRole", summary = "api.admin.role")
    @PutMapping("/api/v1/accounts/{id}/role")
    @PreAuthorize("hasAuthority('account:manage')")
    AdminAccountJson changeRole(@PathVariable long id, @RequestBody AdminAccountRole body) {
        if (body.role() == null) {
            throw DomainViolation.of("role", "accounts.roleInvalid");
        }
        account(id);
        try {
            accounts.changeRole(id, body.role());
        } catch (org.springframework.dao.DataIntegrityViolationException e) {
            throw DomainViolation.of("role", "accounts.roleInvalid");
        }
        return account(id);
    }

    record AdminDepartmentJson(long id, String code, String name, String region, String function, Long parentId) {
        static AdminDepartmentJson of(Department d) {
            return new AdminDepartmentJson(d.id().value(), d.code(), d.name(), d.region() == null ? null : d.region().code(),
                    d.function() == null ? null : d.function().name(), d.parentId() == null ? null : d.parentId().value());
        }
    }

    @Operation(operationId = "listDepartments", summary = "api.admin.departments")
    @GetMapping("/api/v1/departments")
    @PreAuthorize("hasAuthority('account:manage')")
    List<AdminDepartmentJson> departments() {
        return departments.all().stream().map(AdminDepartmentJson::of).toList();
    }

    record AdminAuditEntryJson(OffsetDateTime occurredAt, String actor, String action, String targetType, String targetId,
                          String before, String after) {
    }

    record AdminAuditPage(List<AdminAuditEntryJson> items, String next) {
    }

    @Operation(operationId = "listAuditEntries", summary = "api.admin.audit")
    @GetMapping("/api/v1/audit-log")
    @PreAuthorize("hasAuthority('audit:read')")
    @ApiScope("audit:read")
    AdminAuditPage audit(@RequestParam(defaultValue = "") String target, @RequestParam(defaultValue = "") String actor,
                    @RequestParam(required = false) String after, @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
        ApiCursor cursor = ApiCursor.parse(after);
        List<AdminAuditEntryJson> fetched = jdbc.sql("""
                        SELECT occurred_at, actor, action, target_type, target_id, before::text, after::text FROM platform_audit_log
                        WHERE (:target = '' OR target_id = :target) AND (:actor = '' OR actor = :actor)
                        ORDER BY occurred_at DESC, id DESC LIMIT :l OFFSET :o""")
                .param("target", target.strip()).param("actor", actor.strip()).param("l", limit + 1).param("o", cursor.position())
                .query((rs, n) -> new AdminAuditEntryJson(rs.getObject(1, OffsetDateTime.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)))
                .list();
        return new AdminAuditPage(ApiCursor.page(fetched, limit), cursor.nextAfter(fetched, limit));
    }

    private AdminAccountJson account(long id) {
        return accounts.all().stream().filter(a -> a.id() == id).findFirst().map(AdminAccountJson::of)
                .orElseThrow(() -> new NoSuchElementException(cn.yingshang.platform.Text.of("api.admin.no-account", id)));
    }
}
