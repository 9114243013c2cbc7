package cn.yingshang.catalogue.internal;

import cn.yingshang.catalogue.CatalogueKind;
import cn.yingshang.catalogue.PublishedCatalogues;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** The published catalogue versions, read for other modules. */
@Service
class JdbcPublishedCatalogues implements PublishedCatalogues {

    private final CatalogueStore store;

    JdbcPublishedCatalogues(CatalogueStore store) {
        this.store = store;
    }

    @Override
    public Optional<PublishedList> inForce(CatalogueKind kind, LocalDate on) {
        return store.inForce(kind, on).map(v -> new PublishedList(kind, v.number(), v.effectiveFrom(),
                store.entries(v.id()).stream().map(e -> new Item(e.code(), e.name())).toList()));
    }
}
