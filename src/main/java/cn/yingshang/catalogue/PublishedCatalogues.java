package cn.yingshang.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The catalogues as published (versioned, on 信息公开): other modules apply the list the public sees,
 * not a copy of their own — e.g. inspectors choose from the 首次轻微违法行为不罚清单 in force (000 §55,
 * 001 §48, 002 #35), which officials adjust on the catalogue admin page (动态调整).
 */
public interface PublishedCatalogues {

    /** The version in force on that day with its items, empty when none has been published. */
    Optional<PublishedList> inForce(CatalogueKind kind, LocalDate on);

    record PublishedList(CatalogueKind kind, int versionNo, LocalDate effectiveFrom, List<Item> items) {

        public Optional<Item> item(String code) {
            return items.stream().filter(i -> i.code().equals(code)).findFirst();
        }
    }

    record Item(String code, String name) {

        public String label() {
            return code + " " + name;
        }
    }
}
