package cn.yingshang.services.internal;

import cn.yingshang.platform.Text;
import cn.yingshang.platform.AuditLog;
import cn.yingshang.platform.Department;
import cn.yingshang.platform.Departments;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.shared.ConflictingChange;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Maintaining the catalogue (001 §28, 004 #18): the office keeps the basic catalogue at region level,
 * a department the items it implements in its own region. Each save is a new catalogue version
 * with a line in the public change list; a save that makes the item disagree in name, basis or type
 * with the same code at another level is kept (the report lists it) but answered with a warning.
 */
@Component
class CatalogueEditing {

    /** What an official edits of an item; {@code seenVersion} is the version the form was loaded at (null: new). */
    record ItemForm(String itemCode, String name, String type, String basis, Integer statutoryDays, Integer promisedDays,
                    Boolean instant, String department, Integer seenVersion) {
    }

    /** The saved item and the disagreements it now has with other levels (empty: consistent). */
    record Saved(long id, int version, List<String> warnings) {
    }

    private final JdbcClient jdbc;
    private final ServiceGuides guides;
    private final Departments departments;
    private final CaseAccess cases;
    private final ServiceMessages messages;
    private final AuditLog audit;
    private final Clock clock;

    CatalogueEditing(JdbcClient jdbc, ServiceGuides guides, Departments departments, CaseAccess cases, ServiceMessages messages,
                     AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.guides = guides;
        this.departments = departments;
        this.cases = cases;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    boolean isOffice(SignedInUser user) {
        return user.can("services:configure");
    }

    /** One page of the items the user may edit (the office: all; a department: its own), searched by words. */
    cn.yingshang.platform.PageOf<Guide> editable(SignedInUser user, String query, cn.yingshang.platform.ListPage page) {
        if (isOffice(user)) {
            return guides.page(query, null, page);
        }
        String mine = cases.departmentOf(user);
        return mine == null ? new cn.yingshang.platform.PageOf<>(List.of(), 0, page) : guides.page(query, mine, page);
    }

    Guide editableItem(long id, SignedInUser user) {
        Guide g = guides.guide(id).orElseThrow(this::notFound);
        if (!isOffice(user) && !g.department().equals(cases.departmentOf(user))) {
            throw notFound();
        }
        return g;
    }

    /** The region-level departments the office may name as implementing a basic-catalogue item. */
    List<Department> regionDepartments() {
        return departments.all().stream().filter(d -> d.region().equals(cn.yingshang.shared.Regions.XINJIANG)).toList();
    }

    @Transactional
    Saved create(ItemForm form, SignedInUser user) {
        String code = form.itemCode() == null ? "" : form.itemCode().strip().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z0-9-]{3,40}")) {
            throw messages.violation("itemCode", "services.catalogue.code");
        }
        Department owner = ownerFor(form, user);
        String level = level(owner);
        validate(form);
        int version = publish(messages.text("services.catalogue.versionNote", code, owner.name()));
        Long id = jdbc.sql("""
                        INSERT INTO svc_implementation (item_code, name, item_type, basis, level, region_code, department,
                                                        statutory_days, promised_days, instant, since_version, search_text)
                        VALUES (:code, :name, :type, :basis, :level, :region, :dept, :statutory, :promised, :instant, :version, '')
                        ON CONFLICT (item_code, region_code, department) DO NOTHING RETURNING id""")
                .param("code", code).param("name", form.name().strip()).param("type", form.type()).param("basis", form.basis().strip())
                .param("level", level).param("region", owner.region().code()).param("dept", owner.name())
                .param("statutory", form.statutoryDays()).param("promised", form.promisedDays()).param("instant", Boolean.TRUE.equals(form.instant()))
                .param("version", version).query(Long.class).optional().orElse(null);
        if (id == null) {
            throw messages.violation("itemCode", "services.catalogue.exists", code);
        }
        return saved(id, version, "ADDED", messages.text("services.catalogue.added", owner.name()), user);
    }

    @Transactional
    Saved edit(long id, ItemForm form, SignedInUser user) {
        Guide before = editableItem(id, user);
        validate(form);
        List<String> changed = new ArrayList<>();
        note(changed, "services.catalogue.field.name", before.name(), form.name().strip());
        note(changed, "services.catalogue.field.type", before.type().name(), form.type());
        note(changed, "services.catalogue.field.basis", before.basis(), form.basis().strip());
        note(changed, "services.catalogue.field.statutory", Integer.toString(before.statutoryLimit().days()), form.statutoryDays().toString());
        note(changed, "services.catalogue.field.promised", Integer.toString(before.promisedLimit().days()), form.promisedDays().toString());
        note(changed, "services.catalogue.field.instant", Boolean.toString(before.instant()), Boolean.toString(Boolean.TRUE.equals(form.instant())));
        if (changed.isEmpty()) {
            throw messages.violation(null, "services.catalogue.unchanged");
        }
        int version = publish(messages.text("services.catalogue.versionNote", before.itemCode(), before.department()));
        int updated = jdbc.sql("""
                        UPDATE svc_implementation SET name = :name, item_type = :type, basis = :basis, statutory_days = :statutory,
                               promised_days = :promised, instant = :instant, since_version = :version
                        WHERE id = :id AND since_version = :seen""")
                .param("name", form.name().strip()).param("type", form.type()).param("basis", form.basis().strip())
                .param("statutory", form.statutoryDays()).param("promised", form.promisedDays()).param("instant", Boolean.TRUE.equals(form.instant()))
                .param("version", version).param("id", id).param("seen", form.seenVersion() == null ? -1 : form.seenVersion()).update();
        if (updated != 1) {
            // Someone saved the item after this form was loaded: the version published above rolls back with this.
            throw new ConflictingChange(messages.text("services.catalogue.conflict"));
        }
        return saved(id, version, "CHANGED", String.join(Text.of("services.catalogue.changeSeparator"), changed), user);
    }

    private Saved saved(long id, int version, String change, String summary, SignedInUser user) {
        jdbc.sql("""
                        UPDATE svc_implementation SET search_text = lower(item_code || ' ' || name || ' ' || department || ' ' || basis || ' ' || conditions)
                        WHERE id = :id""").param("id", id).update();
        jdbc.sql("""
                        INSERT INTO svc_implementation_version (implementation_id, version_no, name, item_type, basis, statutory_days,
                                                                promised_days, instant, saved_at, saved_by)
                        SELECT id, since_version, name, item_type, basis, statutory_days, promised_days, instant, :at, :by
                        FROM svc_implementation WHERE id = :id""")
                .param("id", id).param("at", clock.instant().atOffset(ZoneOffset.UTC)).param("by", user.username()).update();
        Guide g = guides.guide(id).orElseThrow();
        jdbc.sql("INSERT INTO svc_catalogue_change (version_no, change, item_code, name, summary) VALUES (:v, :c, :code, :name, :summary)")
                .param("v", version).param("c", change).param("code", g.itemCode()).param("name", g.name()).param("summary", summary)
                .update();
        audit.record("services.catalogue." + change.toLowerCase(Locale.ROOT), "svc_implementation", Long.toString(id), null, summary);
        return new Saved(id, version, warnings(g));
    }

    /** 001 §28: the fields on which this item now disagrees with the same code elsewhere, with where. */
    private List<String> warnings(Guide saved) {
        List<String> out = new ArrayList<>();
        for (Guide other : guides.sharingCodeWithDisagreement()) {
            if (!other.itemCode().equals(saved.itemCode()) || other.id() == saved.id()) {
                continue;
            }
            if (!other.name().equals(saved.name())) {
                out.add(messages.text("services.catalogue.warning", other.department(), messages.text("services.catalogue.field.name"), other.name()));
            }
            if (!other.basis().equals(saved.basis())) {
                out.add(messages.text("services.catalogue.warning", other.department(), messages.text("services.catalogue.field.basis"), other.basis()));
            }
            if (other.type() != saved.type()) {
                out.add(messages.text("services.catalogue.warning", other.department(), messages.text("services.catalogue.field.type"),
                        messages.text("services.type." + other.type().name())));
            }
        }
        return out;
    }

    private int publish(String note) {
        int version = jdbc.sql("SELECT nextval('svc_catalogue_version_seq')").query(Integer.class).single();
        jdbc.sql("INSERT INTO svc_catalogue_version (version_no, published_at, note) VALUES (:v, :at, :note)")
                .param("v", version).param("at", clock.instant().atOffset(ZoneOffset.UTC)).param("note", note).update();
        return version;
    }

    private Department ownerFor(ItemForm form, SignedInUser user) {
        if (isOffice(user)) {
            return regionDepartments().stream().filter(d -> d.name().equals(form.department())).findFirst()
                    .orElseThrow(() -> messages.violation("department", "services.catalogue.department"));
        }
        if (user.departmentId() == null || !user.can("services:handle")) {
            throw messages.violation(null, "services.catalogue.notYours");
        }
        return departments.require(user.departmentId());
    }

    private static String level(Department d) {
        String code = d.region().code();
        return code.endsWith("0000") ? "REGION" : code.endsWith("00") ? "CITY" : "COUNTY";
    }

    private void validate(ItemForm form) {
        if (form.name() == null || form.name().isBlank() || form.name().length() > 200) {
            throw messages.violation("name", "services.catalogue.name");
        }
        if (form.basis() == null || form.basis().isBlank() || form.basis().length() > 500) {
            throw messages.violation("basis", "services.catalogue.basis");
        }
        try {
            ItemType.valueOf(form.type() == null ? "" : form.type());
        } catch (IllegalArgumentException e) {
            throw messages.violation("type", "services.catalogue.type");
        }
        if (form.statutoryDays() == null || form.statutoryDays() < 0 || form.statutoryDays() > 365) {
            throw messages.violation("statutoryDays", "services.catalogue.days");
        }
        if (form.promisedDays() == null || form.promisedDays() < 0 || form.promisedDays() > form.statutoryDays()) {
            throw messages.violation("promisedDays", "services.catalogue.promised");
        }
    }

    private void note(List<String> changed, String field, String before, String after) {
        if (!before.equals(after)) {
            changed.add(messages.text("services.catalogue.changed", messages.text(field), before, after));
        }
    }

    private NoSuchElementException notFound() {
        return new NoSuchElementException(messages.text("services.guide.notFound"));
    }
}
