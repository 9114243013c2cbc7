package cn.yingshang.registry.internal;

import cn.yingshang.platform.Text;
import cn.yingshang.shared.ChineseBundle;
import cn.yingshang.platform.AuditLog;
import cn.yingshang.registry.EntityKind;
import cn.yingshang.registry.EntityStatus;
import cn.yingshang.registry.MarketEntity;
import cn.yingshang.registry.MarketEntityChanged;
import cn.yingshang.shared.CreditCode;
import cn.yingshang.shared.DomainViolation;
import cn.yingshang.shared.EnterpriseSize;
import cn.yingshang.shared.IndustryCode;
import cn.yingshang.shared.Ownership;
import cn.yingshang.shared.RegionCode;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registering and amending entities: validation, derived size, audit entry and change event together. */
@Service
class EntityRegistration {

    private final JdbcClient jdbc;
    private final MarketEntityStore store;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EntityRegistration(JdbcClient jdbc, MarketEntityStore store, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Turns a form into a valid entity or throws the first violation, naming its field. */
    MarketEntity validate(EntityForm form) {
        CreditCode.Check check = CreditCode.check(form.creditCode() == null ? "" : form.creditCode());
        if (!check.valid()) {
            throw new DomainViolation("creditCode", check.reason());
        }
        CreditCode code = CreditCode.of(form.creditCode());
        String name = form.name() == null ? "" : form.name().strip();
        if (name.isEmpty() || name.length() > 100) {
            throw DomainViolation.of("name", "registry.violation.name");
        }
        EntityKind kind = parse(EntityKind.class, "kind", form.kind());
        checkKindMatchesCode(code, kind);
        Ownership ownership = parse(Ownership.class, "ownership", form.ownership());
        RegionCode region = field("region", () -> RegionCode.of(required("region", form.region())));
        IndustryCode industry = field("industry", () -> IndustryCode.of(required("industry", form.industry())));
        if (form.established() == null) {
            throw DomainViolation.of("established", "registry.violation.establishedRequired");
        }
        if (form.established().isAfter(LocalDate.now(clock)) || form.established().getYear() < 1949) {
            throw DomainViolation.of("established", "registry.violation.establishedRange");
        }
        notNegative("registeredCapital", form.registeredCapital());
        notNegative("revenue", form.revenue());
        notNegative("assets", form.assets());
        if (form.headcount() != null && form.headcount() > 10_000_000) {
            throw DomainViolation.of("headcount", "input.figure-range", what("headcount"));
        }
        if (form.headcount() != null && form.headcount() < 0) {
            throw DomainViolation.of("headcount", "registry.violation.negative", what("headcount"));
        }
        EntityStatus status = parse(EntityStatus.class, "status", form.status() == null || form.status().isBlank() ? "ACTIVE" : form.status());
        EnterpriseSize size = EnterpriseSize.classify(industry, form.headcount(), form.revenue(), form.assets()).orElse(null);
        return new MarketEntity(code, name, kind, ownership, region, industry, form.established(),
                form.registeredCapital(), form.headcount(), form.revenue(), form.assets(), size, status,
                EntityLabels.parse("qualifications", form.qualifications()), EntityLabels.parse("tags", form.tags()));
    }

    @Transactional
    MarketEntity register(EntityForm form) {
        MarketEntity entity = validate(form);
        if (store.idOf(entity.creditCode()).isPresent()) {
            throw DomainViolation.of("creditCode", "registry.violation.alreadyRegistered", entity.creditCode().value());
        }
        insert(entity);
        audit.record("entity.register", "market-entity", entity.creditCode().value(), null, entity);
        events.publishEvent(new MarketEntityChanged(entity.creditCode(), ChangedAttributes.ALL, true));
        return entity;
    }

    @Transactional
    MarketEntity amend(CreditCode code, EntityForm form) {
        MarketEntity before = store.find(code).orElseThrow(() -> new NoSuchElementException(Text.of("registry.entity.notFound", code.value())));
        MarketEntity after = validate(form);
        if (!after.creditCode().equals(code)) {
            throw DomainViolation.of("creditCode", "registry.violation.codeUnchangeable");
        }
        Set<String> changed = ChangedAttributes.between(before, after);
        if (changed.isEmpty()) {
            return before;
        }
        update(after);
        audit.record("entity.amend", "market-entity", code.value(), before, after);
        events.publishEvent(new MarketEntityChanged(code, changed, false));
        return after;
    }

    /** An enterprise supplies its own headcount and figures (e.g. so policy matching is no longer "unknown"). */
    @Transactional
    MarketEntity supplyFigures(CreditCode code, Integer headcount, BigDecimal revenue, BigDecimal assets) {
        MarketEntity before = store.find(code).orElseThrow(() -> new NoSuchElementException(Text.of("registry.entity.notFound", code.value())));
        EntityForm form = new EntityForm(code.value(), before.name(), before.kind().name(), before.ownership().name(),
                before.region().code(), before.industry().code(), before.established(), before.registeredCapital(),
                headcount, revenue, assets, before.status().name(), EntityLabels.join(before.qualifications()),
                EntityLabels.join(before.tags()));
        return amend(code, form);
    }

    /** Inserts, or for an import of a known code, amends. Returns true when the entity was new. */
    @Transactional
    boolean registerOrAmend(EntityForm form) {
        MarketEntity entity = validate(form);
        if (store.idOf(entity.creditCode()).isPresent()) {
            amend(entity.creditCode(), form);
            return false;
        }
        insert(entity);
        audit.record("entity.import", "market-entity", entity.creditCode().value(), null, entity);
        events.publishEvent(new MarketEntityChanged(entity.creditCode(), ChangedAttributes.ALL, true));
        return true;
    }

    @Transactional
    void listAbnormal(CreditCode code, LocalDate listedOn, String reason) {
        if (listedOn == null || listedOn.isAfter(LocalDate.now(clock))) {
            throw DomainViolation.of("listedOn", "registry.violation.listedOn");
        }
        long id = store.idOf(code).orElseThrow(() -> new NoSuchElementException(Text.of("registry.entity.notFound", code.value())));
        if (reason == null || reason.isBlank()) {
            throw DomainViolation.of("reason", "registry.violation.abnormalReason");
        }
        jdbc.sql("INSERT INTO registry_abnormal_period (entity_id, listed_on, reason) VALUES (:id, :d, :r)")
                .param("id", id).param("d", listedOn).param("r", reason.strip()).update();
        audit.record("entity.abnormal.list", "market-entity", code.value(), null, Map.of("listedOn", listedOn, "reason", reason));
        events.publishEvent(new MarketEntityChanged(code, Set.of("abnormal"), false));
    }

    @Transactional
    void removeFromAbnormal(CreditCode code, LocalDate removedOn) {
        long id = store.idOf(code).orElseThrow(() -> new NoSuchElementException(Text.of("registry.entity.notFound", code.value())));
        int changed = jdbc.sql("""
                        UPDATE registry_abnormal_period SET removed_on = :d
                        WHERE entity_id = :id AND removed_on IS NULL AND listed_on <= :d""")
                .param("id", id).param("d", removedOn).update();
        if (changed == 0) {
            throw DomainViolation.of("removedOn", "registry.violation.removedOn");
        }
        audit.record("entity.abnormal.remove", "market-entity", code.value(), null, Map.of("removedOn", removedOn));
        events.publishEvent(new MarketEntityChanged(code, Set.of("abnormal"), false));
    }

    @Transactional
    void recordTaxFiling(CreditCode code, int year, boolean filed) {
        if (year < 1990 || year > LocalDate.now(clock).getYear()) {
            throw DomainViolation.of("year", "registry.violation.taxYear");
        }
        long id = store.idOf(code).orElseThrow(() -> new NoSuchElementException(Text.of("registry.entity.notFound", code.value())));
        jdbc.sql("""
                        INSERT INTO registry_tax_filing (entity_id, year, filed) VALUES (:id, :y, :f)
                        ON CONFLICT (entity_id, year) DO UPDATE SET filed = EXCLUDED.filed""")
                .param("id", id).param("y", year).param("f", filed).update();
        audit.record("entity.tax-filing", "market-entity", code.value(), null, Map.of("year", year, "filed", filed));
    }

    @Transactional
    void reviewDormant(CreditCode code, String reviewer, String decision, String note) {
        long id = store.idOf(code).orElseThrow(() -> new NoSuchElementException(Text.of("registry.entity.notFound", code.value())));
        jdbc.sql("""
                        INSERT INTO registry_dormant_review (entity_id, reviewed_at, reviewer, decision, note)
                        VALUES (:id, now(), :who, :decision, :note)""")
                .param("id", id).param("who", reviewer).param("decision", decision).param("note", note).update();
        audit.record("entity.dormant-review", "market-entity", code.value(), null, Map.of("decision", decision, "note", Objects.toString(note, "")));
    }

    private void insert(MarketEntity e) {
        jdbc.sql("INSERT INTO registry_market_entity (" + MarketEntityStore.COLUMNS + ") VALUES (" + VALUES + ")")
                .params(params(e)).update();
    }

    private void update(MarketEntity e) {
        jdbc.sql("""
                        UPDATE registry_market_entity SET name = :name, kind = :kind, ownership = :ownership, region_code = :region,
                        industry_code = :industry, established_on = :established, registered_capital = :capital, headcount = :headcount,
                        revenue = :revenue, assets = :assets, size = :size, status = :status,
                        qualifications = CAST(:qualifications AS text[]), tags = CAST(:tags AS text[]), updated_at = now()
                        WHERE credit_code = :code""")
                .params(params(e)).update();
    }

    private static final String VALUES = """
            :code, :name, :kind, :ownership, :region, :industry, :established, :capital, :headcount, :revenue, :assets,
            :size, :status, CAST(:qualifications AS text[]), CAST(:tags AS text[])""";

    private static Map<String, Object> params(MarketEntity e) {
        var p = new java.util.HashMap<String, Object>();
        p.put("code", e.creditCode().value());
        p.put("name", e.name());
        p.put("kind", e.kind().name());
        p.put("ownership", e.ownership().name());
        p.put("region", e.region().code());
        p.put("industry", e.industry().code());
        p.put("established", e.established());
        p.put("capital", e.registeredCapital());
        p.put("headcount", e.headcount());
        p.put("revenue", e.revenue());
        p.put("assets", e.assets());
        p.put("size", e.size() == null ? null : e.size().name());
        p.put("status", e.status().name());
        p.put("qualifications", arrayLiteral(e.qualifications()));
        p.put("tags", arrayLiteral(e.tags()));
        return p;
    }

    static String arrayLiteral(Set<String> labels) {
        return "{" + String.join(",", labels.stream().map(l -> "\"" + l + "\"").toList()) + "}";
    }

    private static void checkKindMatchesCode(CreditCode code, EntityKind kind) {
        String prefix = code.value().substring(0, 2);
        EntityKind expected = switch (prefix) {
            case "91" -> EntityKind.ENTERPRISE;
            case "92" -> EntityKind.INDIVIDUAL;
            case "93" -> EntityKind.COOPERATIVE;
            default -> null;
        };
        if (expected != null && expected != kind) {
            throw DomainViolation.of("kind", "registry.violation.kindMismatch", prefix, expected.label());
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        String v = required(field, value);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(v) || label(constant).equals(v)) {
                return constant;
            }
        }
        throw DomainViolation.of(field, "registry.violation.invalid", what(field), v);
    }

    private static String label(Enum<?> constant) {
        return switch (constant) {
            case EntityKind k -> k.label();
            case EntityStatus s -> s.label();
            case Ownership o -> o.label();
            default -> constant.name();
        };
    }

    /** The field's name as the form labels it, for messages that name the field. */
    private static String what(String field) {
        return ChineseBundle.text("i18n/registry", "registry.field." + field);
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw DomainViolation.of(field, "registry.violation.required", what(field));
        }
        return value.strip();
    }

    /** The columns are NUMERIC(16, 2): a larger figure or a third decimal is a typing error, not a 500. */
    static final BigDecimal FIGURE_LIMIT = new BigDecimal("100000000000000");

    private static void notNegative(String field, BigDecimal value) {
        if (value != null && value.signum() < 0) {
            throw DomainViolation.of(field, "registry.violation.negative", what(field));
        }
        if (value != null && (value.compareTo(FIGURE_LIMIT) >= 0 || value.stripTrailingZeros().scale() > 2)) {
            throw DomainViolation.of(field, "input.figure-range", what(field));
        }
    }

    /** Runs a value-object factory and reports its violation against the given field. */
    private static <T> T field(String field, java.util.function.Supplier<T> factory) {
        try {
            return factory.get();
        } catch (DomainViolation e) {
            throw e.field() == null || !e.field().equals(field) ? new DomainViolation(field, e.getMessage()) : e;
        }
    }

    static final class ChangedAttributes {
        static final Set<String> ALL = Set.of("name", "kind", "ownership", "region", "industry", "established",
                "registeredCapital", "headcount", "revenue", "assets", "size", "status", "qualifications", "tags");

        static Set<String> between(MarketEntity a, MarketEntity b) {
            Set<String> changed = new LinkedHashSet<>();
            diff(changed, "name", a.name(), b.name());
            diff(changed, "kind", a.kind(), b.kind());
            diff(changed, "ownership", a.ownership(), b.ownership());
            diff(changed, "region", a.region(), b.region());
            diff(changed, "industry", a.industry(), b.industry());
            diff(changed, "established", a.established(), b.established());
            diff(changed, "registeredCapital", a.registeredCapital(), b.registeredCapital());
            diff(changed, "headcount", a.headcount(), b.headcount());
            diff(changed, "revenue", a.revenue(), b.revenue());
            diff(changed, "assets", a.assets(), b.assets());
            diff(changed, "size", a.size(), b.size());
            diff(changed, "status", a.status(), b.status());
            diff(changed, "qualifications", a.qualifications(), b.qualifications());
            diff(changed, "tags", a.tags(), b.tags());
            return changed;
        }

        private static void diff(Set<String> changed, String name, Object x, Object y) {
            boolean same = x instanceof BigDecimal bx && y instanceof BigDecimal by ? bx.compareTo(by) == 0 : Objects.equals(x, y);
            if (!same) {
                changed.add(name);
            }
        }
    }
}
