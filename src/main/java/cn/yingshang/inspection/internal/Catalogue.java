package cn.yingshang.inspection.internal;

import cn.yingshang.platform.Text;
import cn.yingshang.platform.AuditLog;
import cn.yingshang.platform.Role;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.shared.DomainViolation;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The inspection item catalogue: departments register items and publish them (000 §56, 003 §42). */
@Service
class Catalogue {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    Catalogue(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    record NewItem(long departmentId, String name, String basis, String method, ItemScope scope, boolean keySupervision) {
        NewItem {
            if (name == null || name.isBlank()) {
                throw DomainViolation.of("name", "inspection.catalogue.name");
            }
            if (basis == null || basis.isBlank()) {
                throw DomainViolation.of("basis", "inspection.catalogue.basis");
            }
            if (method == null || method.isBlank()) {
                throw DomainViolation.of("method", "inspection.catalogue.method");
            }
        }
    }

    @Transactional
    long register(NewItem item, SignedInUser user) {
        requireOwnDepartment(user, item.departmentId());
        long id = jdbc.sql("""
                        INSERT INTO inspection_item (department_id, name, basis, method, scope_region, scope_industry, scope_kinds,
                                                     key_supervision, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(item.departmentId(), item.name().strip(), item.basis().strip(), item.method().strip(), item.scope().region(),
                        item.scope().industry(), item.scope().kindsText(), item.keySupervision(), OffsetDateTime.now(clock))
                .query(Long.class).single();
        audit.record("inspection.item.register", "inspection_item", Long.toString(id), null, item);
        return id;
    }

    /** 000 §56: items are published to society before anyone is inspected under them. */
    @Transactional
    void publish(long id, SignedInUser user) {
        InspectionItem item = require(id);
        requireManagedBy(user, item.departmentId());
        if (item.isPublished()) {
            return;
        }
        if (jdbc.sql("UPDATE inspection_item SET published_on = ? WHERE id = ? AND published_on IS NULL")
                .params(LocalDate.now(clock), id).update() == 0) {
            return;  // published meanwhile by someone else
        }
        audit.record("inspection.item.publish", "inspection_item", Long.toString(id), null, LocalDate.now(clock));
    }

    @Transactional
    void withdraw(long id, SignedInUser user) {
        InspectionItem item = require(id);
        requireManagedBy(user, item.departmentId());
        jdbc.sql("UPDATE inspection_item SET published_on = NULL WHERE id = ?").param(id).update();
        audit.record("inspection.item.withdraw", "inspection_item", Long.toString(id), item.publishedOn(), null);
    }

    List<InspectionItem> all() {
        return jdbc.sql("SELECT * FROM inspection_item ORDER BY department_id, id").query(Catalogue::map).list();
    }

    List<InspectionItem> published() {
        return jdbc.sql("SELECT * FROM inspection_item WHERE published_on IS NOT NULL ORDER BY department_id, id")
                .query(Catalogue::map).list();
    }

    InspectionItem require(long id) {
        return jdbc.sql("SELECT * FROM inspection_item WHERE id = ?").param(id).query(Catalogue::map).optional()
                .orElseThrow(() -> new NoSuchElementException(Text.of("inspection.item.notFound", id)));
    }

    List<InspectionItem> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM inspection_item WHERE id IN (:ids) ORDER BY department_id, id").param("ids", ids)
                .query(Catalogue::map).list();
    }

    /** 003 §42: inspections follow the published item catalogue; an unpublished item is refused. */
    static void requirePublished(Collection<InspectionItem> items) {
        for (InspectionItem item : items) {
            if (!item.isPublished()) {
                throw DomainViolation.of("itemIds", "inspection.catalogue.itemIds", item.name());
            }
        }
    }

    /**
     * Acting on an existing item or plan of another department is an authorisation failure (403), like
     * every other module's; choosing another department on the registration form stays a field error.
     */
    static void requireManagedBy(SignedInUser user, long departmentId) {
        try {
            requireOwnDepartment(user, departmentId);
        } catch (DomainViolation e) {
            throw new org.springframework.security.access.AccessDeniedException(e.getMessage());
        }
    }

    static void requireOwnDepartment(SignedInUser user, long departmentId) {
        if (user == null) {
            return; // system use (demo data)
        }
        if (user.role() == Role.OFFICE || user.role() == Role.ADMIN) {
            return;
        }
        if (user.departmentId() == null || user.departmentId().value() != departmentId) {
            throw DomainViolation.of("departmentId", "inspection.catalogue.departmentId");
        }
    }

    static InspectionItem map(ResultSet rs, int row) throws SQLException {
        java.sql.Date published = rs.getDate("published_on");
        return new InspectionItem(rs.getLong("id"), rs.getLong("department_id"), rs.getString("name"), rs.getString("basis"),
                rs.getString("method"), ItemScope.parse(rs.getString("scope_region"), rs.getString("scope_industry"),
                rs.getString("scope_kinds")), rs.getBoolean("key_supervision"), published == null ? null : published.toLocalDate());
    }
}
