package cn.yingshang.services.internal;

import cn.yingshang.platform.ListPage;
import cn.yingshang.platform.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The department's open cases over JSON, as on 政府工作台 → 办件队列: the handler's queue departments
 * (the office: every department), by deadline or number, one page after another with {@code next}.
 */
@RestController
@Tag(name = "api.services.tag", description = "api.services.tag.description")
class ServiceQueueApi {

    record QueueItem(long id, String department, String creditCode, String channel, String status, LocalDate appliedOn,
                     LocalDate dueOn, String assignee) {
    }

    /** {@code total} counts open cases up to 1,000; {@code more}: there are more than that. */
    record QueuePage(List<QueueItem> items, String next, long total, boolean more) {
    }

    private final CaseQueue queue;
    private final CaseAccess access;

    ServiceQueueApi(CaseQueue queue, CaseAccess access) {
        this.queue = queue;
        this.access = access;
    }

    @GetMapping("/api/v1/service-cases/queue")
    @PreAuthorize("hasAnyAuthority('services:handle', 'services:configure')")
    @Operation(operationId = "listServiceCaseQueue", summary = "api.services.listServiceCaseQueue")
    QueuePage queue(@AuthenticationPrincipal SignedInUser user,
                    @RequestParam(required = false) @Size(max = 80) String after,
                    @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit,
                    @RequestParam(required = false) @Size(max = 40) String sort,
                    @RequestParam(defaultValue = "") @Size(max = 40) String q) {
        CaseQueuePage page = queue.page(access.isOffice(user) ? null : access.queueDepartments(user), q,
                ListPage.parse("1", Integer.toString(limit), sort), CaseQueueCursor.parse(after));
        return new QueuePage(page.rows().stream().map(c -> new QueueItem(c.id(), c.department(), c.creditCode(), c.channel(),
                c.status().name(), c.appliedOn(), c.dueOn(), c.assignee())).toList(), page.next(), page.total(), page.more());
    }
}
