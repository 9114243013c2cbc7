package cn.yingshang.services.internal;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public, no account: the guides matching a query, as the search page lists them. */
@RestController
class PublicServiceItemApi {

    record Limit(int days, String count) {
    }

    record Item(long id, String code, String name, String department, String region, String level,
                Limit statutoryLimit, Limit promisedLimit, int compressionPercent, boolean instant, String guide) {
    }

    private final ServiceGuides guides;

    PublicServiceItemApi(ServiceGuides guides) {
        this.guides = guides;
    }

    @GetMapping("/api/v1/public/service-items")
    List<Item> search(@RequestParam(defaultValue = "") String q) {
        return guides.search(q, 200).stream().map(g -> new Item(g.id(), g.itemCode(), g.name(), g.department(),
                g.regionCode(), g.level().name(), new Limit(g.statutoryLimit().days(), g.statutoryLimit().count().name()),
                new Limit(g.promisedLimit().days(), g.promisedLimit().count().name()), g.compressionPercent(), g.instant(),
                "/public/services/" + g.id())).toList();
    }
}
