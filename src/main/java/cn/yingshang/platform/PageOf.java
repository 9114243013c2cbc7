package cn.yingshang.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;

/**
 * One page of a list with the total behind it, as the {@code fragments/ui :: pager} fragment shows
 * it: 「第 2 / 35 页，共 1,718 条」 and page links that keep every other query parameter (search,
 * filters, sort) of the current request.
 */
public record PageOf<T>(List<T> rows, long total, ListPage request) {

    public PageOf {
        rows = List.copyOf(rows);
    }

    public <R> PageOf<R> map(Function<T, R> mapper) {
        return new PageOf<>(rows.stream().map(mapper).toList(), total, request);
    }

    /** Pages a list held in memory (already filtered and sorted by the caller). */
    public static <T> PageOf<T> slice(List<T> all, ListPage request) {
        int from = Math.min(request.offset(), all.size());
        int to = Math.min(from + request.size(), all.size());
        return new PageOf<>(all.subList(from, to), all.size(), request);
    }

    public int page() {
        return request.page();
    }

    public int pages() {
        return (int) Math.max(1, (total + request.size() - 1) / request.size());
    }

    public boolean hasPrevious() {
        return request.page() > 1;
    }

    public boolean hasNext() {
        return request.page() < pages();
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The page numbers worth a link: first, last and two either side of the current one; 0 marks a gap. */
    public List<Integer> links() {
        List<Integer> links = new ArrayList<>();
        int last = pages();
        for (int n = 1; n <= last; n++) {
            if (n == 1 || n == last || Math.abs(n - request.page()) <= 2) {
                links.add(n);
            } else if (!links.isEmpty() && links.get(links.size() - 1) != 0) {
                links.add(0);
            }
        }
        return links;
    }

    /** The current request's URL with only the page number changed. */
    public String link(int page) {
        return relative(ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", page).build());
    }

    /** The current request's URL sorted by another column (back to page 1); the same column again flips the direction. */
    public String sortLink(String column) {
        String value = column + (request.sortedBy(column) && !request.descending() ? ",desc" : ",asc");
        return relative(ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page")
                .replaceQueryParam("sort", value).build());
    }

    /** Path and query only: behind the proxy the host the server sees is not the one the browser used. */
    private static String relative(UriComponents uri) {
        return uri.getPath() + (uri.getQuery() == null ? "" : "?" + uri.getQuery());
    }
}
