package cn.yingshang.catalogue.internal;

import cn.yingshang.shared.ChineseBundle;
import cn.yingshang.platform.Text;
import cn.yingshang.catalogue.CatalogueKind;
import cn.yingshang.catalogue.internal.CatalogueStore.Change;
import cn.yingshang.catalogue.internal.CatalogueStore.Version;
import cn.yingshang.platform.AuditLog;
import cn.yingshang.shared.DomainViolation;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishing a new version of a catalogue: the entries are stored, the differences from the latest
 * version are written down (added, removed, changed), and the version takes effect on its date
 * (000 §23: the list is updated on the day an item is introduced or abolished).
 */
@Service
class CatalogueVersions {

    private final CatalogueStore store;
    private final AuditLog audit;
    private final Clock clock;

    CatalogueVersions(CatalogueStore store, AuditLog audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    Version publish(CatalogueKind kind, List<Entry> entries, LocalDate effectiveFrom, String note, String filename, String by) {
        if (effectiveFrom == null) {
            throw DomainViolation.of("effectiveFrom", "catalogue.version.effectiveFromRequired");
        }
        Version previous = store.latest(kind).orElse(null);
        if (previous != null && effectiveFrom.isBefore(previous.effectiveFrom())) {
            throw DomainViolation.of("effectiveFrom", "catalogue.version.effectiveFromBeforePrevious", previous.effectiveFrom().toString());
        }
        List<Change> changes = previous == null ? List.of() : changes(kind, store.entries(previous.id()), entries);
        if (previous != null && changes.isEmpty()) {
            throw DomainViolation.of("file", "catalogue.version.unchanged");
        }
        int number = previous == null ? 1 : previous.number() + 1;
        long id = store.insertVersion(kind, number, effectiveFrom, OffsetDateTime.now(clock), by,
                note == null ? "" : note.strip(), filename);
        entries.forEach(e -> store.insertEntry(id, e));
        changes.forEach(c -> store.insertChange(id, c));
        audit.record("catalogue.publish", "catalogue_version", kind.name() + "#" + number,
                previous == null ? null : Map.of("version", previous.number()),
                Map.of("version", number, "effectiveFrom", effectiveFrom.toString(), "entries", entries.size(),
                        "changes", changes.size()));
        return store.version(kind, number).orElseThrow();
    }

    static List<Change> changes(CatalogueKind kind, List<Entry> before, List<Entry> after) {
        Map<String, Entry> old = new LinkedHashMap<>();
        before.forEach(e -> old.put(e.code(), e));
        List<Change> changes = new ArrayList<>();
        for (Entry e : after) {
            Entry was = old.remove(e.code());
            if (was == null) {
                changes.add(new Change("ADDED", e.code(), e.name(), ChineseBundle.text("i18n/catalogue", "catalogue.change.added", e.name())));
            } else {
                String diff = e.differencesFrom(was, kind.fields(), kind.departmentLabel());
                if (!diff.isEmpty()) {
                    changes.add(new Change("CHANGED", e.code(), e.name(), diff));
                }
            }
        }
        old.values().forEach(e -> changes.add(new Change("REMOVED", e.code(), e.name(), ChineseBundle.text("i18n/catalogue", "catalogue.change.removed", e.name()))));
        return changes;
    }
}
