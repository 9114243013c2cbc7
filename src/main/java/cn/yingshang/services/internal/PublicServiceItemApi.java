package cn.yingshang.services.internal;

import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.web.bind.annotation.PathVariable;
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

    /** A material of the guide; {@code field} is the file part that carries it when applying through the API. */
    record MaterialItem(int seq, String name, boolean original, int copies, boolean deficiencyAllowed, boolean promiseReplaces,
                        boolean askedOfApplicant, String field) {
    }

    private final ServiceGuides guides;

    private final ServiceMessages messages;

    PublicServiceItemApi(ServiceGuides guides, ServiceMessages messages) {
        this.guides = guides;
        this.messages = messages;
    }

    @GetMapping("/api/v1/public/service-items")
    List<Item> search(@RequestParam(defaultValue = "") String q) {
        return guides.search(q, 200).stream().map(g -> new Item(g.id(), g.itemCode(), g.name(), g.department(),
                g.regionCode(), g.level().name(), new Limit(g.statutoryLimit().days(), g.statutoryLimit().count().name()),
                new Limit(g.promisedLimit().days(), g.promisedLimit().count().name()), g.compressionPercent(), g.instant(),
                "/public/services/" + g.id())).toList();
    }

    @io.swagger.v3.oas.annotations.Operation(summary = "services.api.publicMaterials.summary")
    @GetMapping("/api/v1/public/service-items/{id}/materials")
    List<MaterialItem> materials(@PathVariable long id) {
        guides.guide(id).orElseThrow(() -> new NoSuchElementException(messages.text("services.guide.notFound")));
        return guides.materials(id).stream().map(m -> new MaterialItem(m.seq(), m.name(), m.original(), m.copies(),
                m.deficiencyAllowed(), m.promiseReplaces(), m.askedOfApplicant(),
                m.askedOfApplicant() ? EnterpriseServicePages.fileField(m) : null)).toList();
    }
}
