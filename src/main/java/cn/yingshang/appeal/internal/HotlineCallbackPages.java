package cn.yingshang.appeal.internal;

import cn.yingshang.platform.ListPage;
import cn.yingshang.platform.ListQuery;
import cn.yingshang.platform.NavigationItem;
import cn.yingshang.platform.NavigationItems;
import cn.yingshang.platform.Portal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The operator's view of the 12345 outbox (营商办 and administrators): what waits, what failed and
 * why, and 立即重试. The outbox concerns every department's appeals, so it is the office's page.
 */
@Controller
class HotlineCallbackPages implements NavigationItems {

    record CallbackRow(long id, String ticket, String trackingNumber, long appealId, String kind, String status,
                       int attempts, String nextAttemptAt, String lastError, String createdAt, String deliveredAt) {
    }

    record Counts(long pending, long failed, long delivered) {
    }

    private final JdbcClient jdbc;
    private final HotlineCallbackDelivery delivery;
    private final HotlineCallbackSettings settings;
    private final MessageSource messages;

    HotlineCallbackPages(JdbcClient jdbc, HotlineCallbackDelivery delivery, HotlineCallbackSettings settings, MessageSource messages) {
        this.jdbc = jdbc;
        this.delivery = delivery;
        this.settings = settings;
        this.messages = messages;
    }

    @Override
    public List<NavigationItem> items() {
        return List.of(new NavigationItem(Portal.WORKBENCH, 230, messages.getMessage("appeal.callbacks.nav", null, Locale.CHINA),
                "/workbench/hotline-callbacks", "appeal:office"));
    }

    /** Which callbacks the list shows: those still to deliver (the default, in queue order), or one status. */
    enum Shown {
        UNDELIVERED("c.status <> 'DELIVERED'", "c.id"),
        PENDING("c.status = 'PENDING'", "c.id"),
        FAILED("c.status = 'FAILED'", "c.id"),
        DELIVERED("c.status = 'DELIVERED'", "c.id DESC");

        final String scope;
        final String order;

        Shown(String scope, String order) {
            this.scope = scope;
            this.order = order;
        }
    }

    @GetMapping("/workbench/hotline-callbacks")
    @PreAuthorize("hasAuthority('appeal:office')")
    String list(@RequestParam(defaultValue = "UNDELIVERED") Shown shown, @RequestParam(defaultValue = "") String q,
                ListPage page, Model model) {
        model.addAttribute("portal", Portal.WORKBENCH);
        model.addAttribute("enabled", settings.enabled());
        model.addAttribute("counts", jdbc.sql("""
                        SELECT count(*) FILTER (WHERE status = 'PENDING'), count(*) FILTER (WHERE status = 'FAILED'),
                               count(*) FILTER (WHERE status = 'DELIVERED') FROM appeal_hotline_callback""")
                .query((rs, n) -> new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3))).single());
        model.addAttribute("shown", shown);
        model.addAttribute("shownOptions", Shown.values());
        model.addAttribute("q", q);
        model.addAttribute("callbacks", ListQuery.page(jdbc, new ListQuery.Spec("""
                        c.id, c.ticket, a.tracking_number, c.appeal_id, c.kind, c.status, c.attempts, c.next_attempt_at,
                        c.last_error, c.created_at, c.delivered_at""", "appeal_hotline_callback c JOIN appeal a ON a.id = c.appeal_id",
                shown.scope, List.of("c.ticket", "a.tracking_number"), List.of(),
                Map.of("created", "c.created_at", "attempts", "c.attempts", "ticket", "c.ticket"), shown.order),
                Map.of(), q, page, (rs, n) -> new CallbackRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getString(5), rs.getString(6), rs.getInt(7), time(rs.getObject(8, OffsetDateTime.class)),
                        rs.getString(9), time(rs.getObject(10, OffsetDateTime.class)), time(rs.getObject(11, OffsetDateTime.class)))));
        return "appeal/hotline-callbacks";
    }

    private static String time(OffsetDateTime at) {
        return at == null ? "" : AppealReading.TIME.format(at.toInstant());
    }

    @PostMapping("/workbench/hotline-callbacks/{id}/retry")
    @PreAuthorize("hasAuthority('appeal:office')")
    String retry(@PathVariable long id, RedirectAttributes redirect) {
        boolean rescheduled = delivery.retryNow(id);
        redirect.addFlashAttribute("flash", messages.getMessage(rescheduled ? "appeal.callbacks.retried" : "appeal.callbacks.notRetried",
                new Object[]{id}, Locale.CHINA));
        return "redirect:/workbench/hotline-callbacks";
    }
}
