package cn.yingshang.inspection.internal;

import cn.yingshang.platform.Accounts;
import cn.yingshang.platform.AuditLog;
import cn.yingshang.platform.Department;
import cn.yingshang.platform.Departments;
import cn.yingshang.platform.Role;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.shared.CreditCode;
import cn.yingshang.shared.DomainViolation;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 执法检查人员名录库: inspector accounts with their enforcement certificate, department, region and recusals. */
@Service
class InspectorPool {

    record Inspector(long accountId, String username, String displayName, String certificateNo, long departmentId,
                     String regionCode, boolean active) {
        InspectorDraw.Candidate candidate() {
            return new InspectorDraw.Candidate(accountId, certificateNo, displayName, departmentId, regionCode);
        }
    }

    record Recusal(long accountId, String certificateNo, String displayName, String creditCode, String reason) {
    }

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final Departments departments;
    private final AuditLog audit;

    InspectorPool(JdbcClient jdbc, Accounts accounts, Departments departments, AuditLog audit) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.departments = departments;
        this.audit = audit;
    }

    /** Only an account with the inspector role and an enforcement certificate may be drawn (000 §56: legal qualification). */
    @Transactional
    Inspector register(String username, String certificateNo, SignedInUser user) {
        if (certificateNo == null || !certificateNo.strip().matches("[0-9A-Za-z-]{6,32}")) {
            throw DomainViolation.of("certificateNo", "inspection.inspectorPool.certificateNo");
        }
        Accounts.AccountView account = accounts.byUsername(username == null ? "" : username.strip())
                .orElseThrow(() -> DomainViolation.of("username", "inspection.inspectorPool.username", username));
        if (account.role() != Role.INSPECTOR || account.departmentId() == null) {
            throw DomainViolation.of("username", "inspection.inspectorPool.username2");
        }
        Catalogue.requireOwnDepartment(user, account.departmentId().value());
        Department department = departments.require(account.departmentId());
        String cert = certificateNo.strip().toUpperCase();
        Optional<Long> owner = jdbc.sql("SELECT account_id FROM inspection_inspector WHERE certificate_no = ?").param(cert)
                .query(Long.class).optional();
        if (owner.isPresent() && owner.get() != account.id()) {
            throw DomainViolation.of("certificateNo", "inspection.inspectorPool.certificateNo2");
        }
        jdbc.sql("""
                        INSERT INTO inspection_inspector (account_id, username, display_name, certificate_no, department_id, region_code)
                        VALUES (?, ?, ?, ?, ?, ?)
                        ON CONFLICT (account_id) DO UPDATE SET certificate_no = EXCLUDED.certificate_no, active = TRUE""")
                .params(account.id(), account.username(), account.displayName(), cert, department.id().value(),
                        department.region().code()).update();
        Inspector inspector = byAccount(account.id()).orElseThrow();
        audit.record("inspection.inspector.register", "inspection_inspector", Long.toString(account.id()), null, inspector);
        return inspector;
    }

    /** 回避: the inspector is linked to the entity (kin, former employer, shareholding...). */
    @Transactional
    void recuse(String certificateNo, String creditCode, String reason, SignedInUser user) {
        Inspector inspector = byCertificate(certificateNo).orElseThrow(() -> DomainViolation.of("certificateNo", "inspection.inspectorPool.certificateNo3"));
        Catalogue.requireOwnDepartment(user, inspector.departmentId());
        CreditCode code = CreditCode.of(creditCode);
        if (reason == null || reason.isBlank()) {
            throw DomainViolation.of("reason", "inspection.inspectorPool.reason");
        }
        jdbc.sql("""
                        INSERT INTO inspection_recusal (account_id, credit_code, reason) VALUES (?, ?, ?)
                        ON CONFLICT (account_id, credit_code) DO UPDATE SET reason = EXCLUDED.reason""")
                .params(inspector.accountId(), code.value(), reason.strip()).update();
        audit.record("inspection.inspector.recuse", "inspection_inspector", Long.toString(inspector.accountId()), null,
                Map.of("creditCode", code.value(), "reason", reason.strip()));
    }

    List<Inspector> all() {
        return jdbc.sql("SELECT * FROM inspection_inspector ORDER BY department_id, certificate_no").query(InspectorPool::map).list();
    }

    List<Inspector> activeIn(Collection<Long> departmentIds) {
        if (departmentIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM inspection_inspector WHERE active AND department_id IN (:d) ORDER BY certificate_no")
                .param("d", departmentIds).query(InspectorPool::map).list();
    }

    Optional<Inspector> byAccount(long accountId) {
        return jdbc.sql("SELECT * FROM inspection_inspector WHERE account_id = ?").param(accountId).query(InspectorPool::map).optional();
    }

    Optional<Inspector> byCertificate(String certificateNo) {
        return jdbc.sql("SELECT * FROM inspection_inspector WHERE certificate_no = ?")
                .param(certificateNo == null ? "" : certificateNo.strip().toUpperCase()).query(InspectorPool::map).optional();
    }

    List<Recusal> recusals() {
        return jdbc.sql("""
                        SELECT r.account_id, i.certificate_no, i.display_name, r.credit_code, r.reason
                        FROM inspection_recusal r JOIN inspection_inspector i ON i.account_id = r.account_id
                        ORDER BY i.certificate_no, r.credit_code""")
                .query((rs, n) -> new Recusal(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5))).list();
    }

    /** Who may not inspect each entity: recusals plus the inspectors of its most recent inspection. */
    Map<String, Set<Long>> excludedFor(Collection<String> creditCodes) {
        Map<String, Set<Long>> excluded = new HashMap<>();
        if (creditCodes.isEmpty()) {
            return excluded;
        }
        String[] codes = creditCodes.toArray(String[]::new);
        jdbc.sql("SELECT credit_code, account_id FROM inspection_recusal WHERE credit_code = ANY(?)").param(codes)
                .query(rs -> {
                    excluded.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getLong(2));
                });
        jdbc.sql("""
                        SELECT last.credit_code, ti.account_id
                        FROM (SELECT DISTINCT ON (credit_code) id, credit_code FROM inspection_task
                              WHERE credit_code = ANY(?) ORDER BY credit_code, drawn_on DESC, id DESC) last
                        JOIN inspection_task_inspector ti ON ti.task_id = last.id""").param(codes)
                .query(rs -> {
                    excluded.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getLong(2));
                });
        return excluded;
    }

    static Inspector map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Inspector(rs.getLong("account_id"), rs.getString("username"), rs.getString("display_name"),
                rs.getString("certificate_no"), rs.getLong("department_id"), rs.getString("region_code"), rs.getBoolean("active"));
    }
}
