package cn.yingshang.services.internal;

import cn.yingshang.platform.ListPage;
import java.util.List;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;

/**
 * One page of the case queue as the page shows it: the rows, the cursor of the next page (null on the
 * last), and the number of open cases, counted only up to {@link CaseQueue#COUNT_CAP} ({@code more}: there are more).
 */
record CaseQueuePage(List<ServiceCase> rows, String next, long total, boolean more, ListPage request, boolean first) {

    CaseQueuePage {
        rows = List.copyOf(rows);
    }

    /** The current request's URL in another order, from the start; the same column again flips the direction. */
    public String sortLink(String column) {
        String value = column + (request.sortedBy(column) && !request.descending() ? ",desc" : ",asc");
        return relative(ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page").replaceQueryParam("after")
                .replaceQueryParam("sort", value).build());
    }

    public String nextLink() {
        return relative(ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page")
                .replaceQueryParam("after", next).build());
    }

    public String firstLink() {
        return relative(ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page").replaceQueryParam("after").build());
    }

    private static String relative(UriComponents uri) {
        return uri.getPath() + (uri.getQuery() == null ? "" : "?" + uri.getQuery());
    }
}
