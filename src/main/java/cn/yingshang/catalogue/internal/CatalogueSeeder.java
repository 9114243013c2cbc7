package cn.yingshang.catalogue.internal;

import cn.yingshang.catalogue.CatalogueKind;
import cn.yingshang.platform.JobLocks;
import java.io.IOException;
import cn.yingshang.shared.ChineseBundle;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Demo catalogues on first start (catalogue/seed-*.tsv): entries modelled on published national and
 * Xinjiang lists; where an entry is invented for the demo its note says so. The fee catalogue gets a
 * second version so the public page shows what changed.
 */
@Component
class CatalogueSeeder {

    private final CatalogueStore store;
    private final CatalogueVersions versions;

    private final JobLocks jobLocks;

    CatalogueSeeder(CatalogueStore store, CatalogueVersions versions, JobLocks jobLocks) {
        this.store = store;
        this.versions = versions;
        this.jobLocks = jobLocks;
    }

    /** One node at a time: two nodes starting together would each publish version 1. */
    @EventListener(ApplicationReadyEvent.class)
    void seed() {
        jobLocks.runAlone(JobLocks.START_UP, this::seedOnce);
    }

    private void seedOnce() {
        for (CatalogueKind kind : CatalogueKind.values()) {
            if (store.latest(kind).isPresent()) {
                continue;
            }
            List<Entry> entries = read(kind, "/catalogue/seed-" + kind.slug() + ".tsv");
            versions.publish(kind, entries, LocalDate.of(2025, 1, 1), ChineseBundle.text("i18n/catalogue", "catalogue.seed.note"),
                    null, "system");
            if (kind == CatalogueKind.FEE) {
                List<Entry> next = new ArrayList<>(entries.stream().filter(e -> !e.code().equals("FEE-019")).toList());
                next.addAll(read(kind, "/catalogue/seed-fees-added.tsv"));
                versions.publish(kind, next, LocalDate.of(2025, 7, 1),
                        ChineseBundle.text("i18n/catalogue", "catalogue.seed.noteSecondVersion"), null, "system");
            }
        }
    }

    static List<Entry> read(CatalogueKind kind, String resource) {
        try (InputStream in = CatalogueSeeder.class.getResourceAsStream(resource)) {
            List<Entry> entries = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                Map<String, String> details = new LinkedHashMap<>();
                for (int i = 0; i < kind.fields().size(); i++) {
                    details.put(kind.fields().get(i).key(), 5 + i < c.length ? c[5 + i].strip() : "");
                }
                entries.add(new Entry(c[0], c[1], c[2], c[3], c[4], details));
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
