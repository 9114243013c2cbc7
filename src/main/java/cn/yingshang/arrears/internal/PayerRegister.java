package cn.yingshang.arrears.internal;

import cn.yingshang.platform.AuditLog;
import cn.yingshang.platform.Departments;
import cn.yingshang.shared.CreditCode;
import cn.yingshang.shared.DomainViolation;
import cn.yingshang.shared.RegionCode;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The register of 机关, 事业单位 and 国有企业 that may owe SMEs, each with its supervising department. */
@Repository
class PayerRegister {

    private final JdbcClient jdbc;
    private final Departments departments;
    private final AuditLog audit;

    PayerRegister(JdbcClient jdbc, Departments departments, AuditLog audit) {
        this.jdbc = jdbc;
        this.departments = departments;
        this.audit = audit;
    }

    // Serializable: it travels as a flash attribute through the shared session store
    record PayerForm(String name, String type, String creditCode, String regionCode, Long supervisingDepartmentId)
            implements java.io.Serializable {
    }

    Optional<Payer> find(long id) {
        return jdbc.sql("SELECT * FROM arrears_payer WHERE id = :id").param("id", id).query(this::map).optional();
    }

    List<Payer> all() {
        return jdbc.sql("SELECT * FROM arrears_payer ORDER BY region_code, name").query(this::map).list();
    }

    List<Payer> publicBodies() {
        return jdbc.sql("SELECT * FROM arrears_payer WHERE payer_type IN ('GOVERNMENT_ORGAN', 'PUBLIC_INSTITUTION') ORDER BY id")
                .query(this::map).list();
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM arrears_payer").query(Long.class).single();
    }

    @Transactional
    Payer add(PayerForm form) {
        if (form.name() == null || form.name().isBlank()) {
            throw DomainViolation.of("name", "arrears.violation.payerName");
        }
        PayerType type;
        try {
            type = PayerType.valueOf(form.type());
        } catch (RuntimeException e) {
            throw DomainViolation.of("type", "arrears.violation.payerType");
        }
        if (!type.isRegistered()) {
            throw DomainViolation.of("type", "arrears.violation.payerType.large");
        }
        String code = null;
        if (form.creditCode() != null && !form.creditCode().isBlank()) {
            try {
                code = CreditCode.of(form.creditCode()).value();
            } catch (DomainViolation e) {
                throw new DomainViolation("creditCode", e.getMessage());
            }
        }
        RegionCode region;
        try {
            region = RegionCode.of(form.regionCode());
        } catch (RuntimeException e) {
            throw DomainViolation.of("regionCode", "arrears.violation.regionCode");
        }
        if (form.supervisingDepartmentId() == null
                || departments.byId(cn.yingshang.platform.DepartmentId.of(form.supervisingDepartmentId())).isEmpty()) {
            throw DomainViolation.of("supervisingDepartmentId", "arrears.violation.supervisingDepartment");
        }
        if (code != null && jdbc.sql("SELECT count(*) FROM arrears_payer WHERE credit_code = :c").param("c", code)
                .query(Long.class).single() > 0) {
            throw DomainViolation.of("creditCode", "arrears.violation.payerCreditCode.taken");
        }
        long id = jdbc.sql("""
                        INSERT INTO arrears_payer (name, payer_type, credit_code, region_code, supervising_department_id)
                        VALUES (:name, :type, :code, :region, :dept) RETURNING id""")
                .param("name", form.name().strip()).param("type", type.name()).param("code", code)
                .param("region", region.code()).param("dept", form.supervisingDepartmentId())
                .query(Long.class).single();
        Payer payer = find(id).orElseThrow();
        audit.record("arrears.payer.add", "arrears_payer", Long.toString(id), null, payer);
        return payer;
    }

    private Payer map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Payer(rs.getLong("id"), rs.getString("name"), PayerType.valueOf(rs.getString("payer_type")),
                rs.getString("credit_code"), rs.getString("region_code"), rs.getLong("supervising_department_id"));
    }
}
