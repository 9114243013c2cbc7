package cn.yingshang.publication.internal;

import cn.yingshang.publication.PublicationFigures;
import cn.yingshang.shared.DomainViolation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The 双公示 feed for the credit platforms: decisions in change order. A reader keeps
 * {@code nextCursor} and asks again with {@code after=<it>}; a decision changed later comes again
 * with a later cursor, so the reader replaces it by (source, sourceId).
 */
@RestController
@Tag(name = "publication.disclosureApi.api.tag.name", description = "publication.disclosureApi.api.tag.description")
class DisclosureApi {

    static final int MAX_LIMIT = 500;

    record DisclosureItem(String cursor, String kind, String source, String sourceId, LocalDate decidedOn, LocalDate dueOn,
                          LocalDate publishedOn, boolean onTime, Map<String, String> fields) {
    }

    record DisclosurePage(List<DisclosureItem> items, String nextCursor, boolean more) {
    }

    private final DecisionFeed feed;
    private final org.springframework.context.MessageSource messages;

    DisclosureApi(DecisionFeed feed, org.springframework.context.MessageSource messages) {
        this.feed = feed;
        this.messages = messages;
    }

    /** The module's own bundle: DomainViolation.of reads only the platform bundle. */
    private DomainViolation violation(String field, String key, Object... args) {
        return new DomainViolation(field, messages.getMessage(key, args, java.util.Locale.CHINA));
    }

    @GetMapping("/api/v1/disclosures")
    @PreAuthorize("hasAuthority('publication:read')")
    @Operation(summary = "publication.disclosureApi.api.operation.summary")
    DisclosurePage page(@RequestParam(value = "after", required = false) String after,
                        @RequestParam(value = "limit", defaultValue = "100") int limit) {
        long cursor;
        try {
            cursor = after == null || after.isBlank() ? 0 : Long.parseLong(after.strip());
        } catch (NumberFormatException e) {
            throw violation("after", "publication.cursor.invalid");
        }
        if (limit < 1 || limit > MAX_LIMIT || cursor < 0) {
            throw violation("limit", "publication.limit.invalid", MAX_LIMIT);
        }
        List<Decision> decisions = feed.after(cursor, limit + 1);
        boolean more = decisions.size() > limit;
        List<DisclosureItem> items = decisions.stream().limit(limit).map(DisclosureApi::item).toList();
        String next = items.isEmpty() ? String.valueOf(cursor) : items.getLast().cursor();
        return new DisclosurePage(items, next, more);
    }

    @GetMapping("/api/v1/disclosures/on-time")
    @PreAuthorize("hasAuthority('publication:read')")
    @Operation(summary = "publication.disclosureApi.api.operation.summary2")
    PublicationFigures.OnTime onTime(@RequestParam("from") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                     @RequestParam("to") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return feed.onTime(from, to);
    }

    private static DisclosureItem item(Decision d) {
        return new DisclosureItem(String.valueOf(d.changeSeq()), d.kind().name(), d.source(), d.sourceId(), d.decidedOn(), d.dueOn(),
                d.publishedOn(), d.onTime(), d.fields());
    }
}
