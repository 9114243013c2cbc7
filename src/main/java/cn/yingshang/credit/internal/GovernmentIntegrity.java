package cn.yingshang.credit.internal;

import cn.yingshang.credit.GovernmentDishonestyKind;
import cn.yingshang.credit.GovernmentIntegrityRecord;
import cn.yingshang.credit.GovernmentIntegrityRecords;
import cn.yingshang.credit.NewGovernmentIntegrityRecord;
import cn.yingshang.platform.AuditLog;
import cn.yingshang.shared.DomainViolation;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Government integrity (000 §31, 003 §55): 机关、事业单位's broken contracts and promises, arrears and
 * unperformed judgments are recorded in the credit platform (and so published); the cockpit reads
 * the unresolved ones. Resolved records stay in the history.
 */
@Service
class GovernmentIntegrity implements GovernmentIntegrityRecords {

    private static final String COLUMNS = "id, body_name, region_code, kind, basis, summary, amount, occurred_on, resolved_on, published";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    GovernmentIntegrity(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public long record(NewGovernmentIntegrityRecord r) {
        validate(r);
        Long id = jdbc.sql("""
                        INSERT INTO credit_government_record (body_name, body_department_code, region_code, kind, source, source_ref,
                                                              basis, summary, amount, occurred_on, published)
                        VALUES (:body, :dept, :region, :kind, :source, :ref, :basis, :summary, :amount, :on, :published)
                        ON CONFLICT (source, source_ref) DO NOTHING RETURNING id""")
                .param("body", r.bodyName().strip()).param("dept", r.bodyDepartmentCode()).param("region", r.region().code())
                .param("kind", r.kind().name()).param("source", r.source().strip()).param("ref", r.sourceRef().strip())
                .param("basis", r.basis().strip()).param("summary", r.summary() == null ? "" : r.summary().strip())
                .param("amount", r.amount()).param("on", r.occurredOn()).param("published", published(r.kind()))
                .query(Long.class).optional().orElse(null);
        if (id == null) {
            return jdbc.sql("SELECT id FROM credit_government_record WHERE source = :s AND source_ref = :r")
                    .param("s", r.source().strip()).param("r", r.sourceRef().strip()).query(Long.class).single();
        }
        audit.record("credit.government.record", "credit-government-record", String.valueOf(id), null, r);
        return id;
    }

    /**
     * 000 §31 and 003 §55 put 违约毁约、拖欠账款、拒不履行司法裁判 into the national credit-sharing
     * platform; all four kinds are therefore published.
     */
    static boolean published(GovernmentDishonestyKind kind) {
        return true;
    }

    @Override
    @Transactional
    public void resolve(String source, String sourceRef, LocalDate resolvedOn) {
        int n = jdbc.sql("UPDATE credit_government_record SET resolved_on = :on WHERE source = :s AND source_ref = :r AND resolved_on IS NULL")
                .param("on", resolvedOn).param("s", source).param("r", sourceRef).update();
        if (n > 0) {
            audit.record("credit.government.resolve", "credit-government-record", source + "/" + sourceRef, null,
                    Map.of("resolvedOn", resolvedOn));
        }
    }

    Optional<GovernmentIntegrityRecord> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM credit_government_record WHERE id = :id").param("id", id)
                .query(GovernmentIntegrity::map).optional();
    }

    @Transactional
    void resolveById(long id, LocalDate resolvedOn) {
        jdbc.sql("SELECT source, source_ref FROM credit_government_record WHERE id = :id").param("id", id)
                .query((rs, n) -> new String[]{rs.getString(1), rs.getString(2)}).optional()
                .ifPresent(k -> resolve(k[0], k[1], resolvedOn));
    }

    @Override
    public List<GovernmentIntegrityRecord> unresolved(String regionPrefix, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM credit_government_record WHERE resolved_on IS NULL AND region_code LIKE :p ORDER BY occurred_on DESC, id DESC LIMIT :l")
                .param("p", (regionPrefix == null ? "" : regionPrefix.strip()) + "%").param("l", limit)
                .query(GovernmentIntegrity::map).list();
    }

    /** One page of the published records (resolved ones too, marked), for 信息公开, newest first. */
    cn.yingshang.platform.PageOf<GovernmentIntegrityRecord> published(String search, cn.yingshang.platform.ListPage page) {
        return cn.yingshang.platform.ListQuery.page(jdbc, spec("published"), java.util.Map.of(), search, page, GovernmentIntegrity::map);
    }

    /** One page of the records not yet resolved, everywhere, newest first, for the office and the cockpit. */
    cn.yingshang.platform.PageOf<GovernmentIntegrityRecord> unresolved(String search, cn.yingshang.platform.ListPage page) {
        return cn.yingshang.platform.ListQuery.page(jdbc, spec("resolved_on IS NULL"), java.util.Map.of(), search, page,
                GovernmentIntegrity::map);
    }

    private static cn.yingshang.platform.ListQuery.Spec spec(String scope) {
        return new cn.yingshang.platform.ListQuery.Spec(COLUMNS, "credit_government_record", scope,
                List.of("body_name", "summary", "basis"), List.of("region_code"),
                java.util.Map.of("occurredOn", "occurred_on", "body", "body_name", "amount", "amount"), "occurred_on DESC, id DESC");
    }

    private void validate(NewGovernmentIntegrityRecord r) {
        if (r.bodyName() == null || r.bodyName().isBlank()) {
            throw DomainViolation.of("bodyName", "credit.governmentIntegrity.bodyName");
        }
        if (r.region() == null) {
            throw DomainViolation.of("region", "credit.governmentIntegrity.region");
        }
        if (r.kind() == null) {
            throw DomainViolation.of("kind", "credit.governmentIntegrity.kind");
        }
        if (r.source() == null || r.source().isBlank() || r.sourceRef() == null || r.sourceRef().isBlank()) {
            throw DomainViolation.of("sourceRef", "credit.governmentIntegrity.sourceRef");
        }
        if (r.basis() == null || r.basis().isBlank()) {
            throw DomainViolation.of("basis", "credit.governmentIntegrity.basis");
        }
        if (r.occurredOn() == null || r.occurredOn().isAfter(LocalDate.now(clock))) {
            throw DomainViolation.of("occurredOn", "credit.governmentIntegrity.occurredOn");
        }
        if (r.amount() != null && r.amount().signum() < 0) {
            throw DomainViolation.of("amount", "credit.governmentIntegrity.amount");
        }
    }

    static GovernmentIntegrityRecord map(ResultSet rs, int row) throws SQLException {
        return new GovernmentIntegrityRecord(rs.getLong("id"), rs.getString("body_name"), rs.getString("region_code"),
                GovernmentDishonestyKind.valueOf(rs.getString("kind")), rs.getString("basis"), rs.getString("summary"),
                rs.getBigDecimal("amount"), rs.getObject("occurred_on", LocalDate.class),
                rs.getObject("resolved_on", LocalDate.class), rs.getBoolean("published"));
    }
}
