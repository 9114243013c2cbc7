package cn.yingshang.publication.internal;

import cn.yingshang.platform.NavigationItem;
import cn.yingshang.platform.NavigationItems;
import cn.yingshang.platform.Portal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The office's 双公示 page: the on-time figure of the year and the daily files to report. */
@Controller
class DisclosurePages implements NavigationItems {

    private final DecisionFeed feed;
    private final MessageSource messages;
    private final Clock clock;

    DisclosurePages(DecisionFeed feed, MessageSource messages, Clock clock) {
        this.feed = feed;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public List<NavigationItem> items() {
        return List.of(new NavigationItem(Portal.WORKBENCH, 640, text("publication.nav"), "/workbench/disclosures", "publication:read"));
    }

    @GetMapping("/workbench/disclosures")
    @PreAuthorize("hasAuthority('publication:read')")
    String page(@RequestParam(value = "day", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                @RequestParam(value = "kind", defaultValue = "LICENSING") DecisionKind kind,
                @RequestParam(value = "q", defaultValue = "") String q, cn.yingshang.platform.ListPage page, Model model) {
        LocalDate today = LocalDate.now(clock);
        LocalDate shown = day == null ? today : day;
        model.addAttribute("portal", Portal.WORKBENCH);
        model.addAttribute("day", shown);
        model.addAttribute("onTime", feed.onTime(today.withDayOfYear(1), today));
        model.addAttribute("kind", kind);
        model.addAttribute("q", q);
        model.addAttribute("decisions", feed.publishedOn(kind, shown, q, page));
        return "publication/disclosures";
    }

    /** One day's decisions of one kind as CSV (UTF-8 with BOM, so Excel opens the Chinese columns), headings from the standard. */
    @GetMapping("/workbench/disclosures/download")
    @PreAuthorize("hasAuthority('publication:read')")
    ResponseEntity<byte[]> download(@RequestParam("kind") DecisionKind kind,
                                    @RequestParam("day") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append(kind.fields().stream().map(f -> cell(heading(kind, f))).collect(Collectors.joining(","))).append("\r\n");
        for (Decision d : feed.publishedOn(kind, day)) {
            csv.append(kind.fields().stream().map(f -> cell(d.fields().get(f))).collect(Collectors.joining(","))).append("\r\n");
        }
        String filename = text("publication.download.filename", text("publication.kind." + kind.name()), day.toString());
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** RFC 4180 quoting; a leading = + - @ is neutralised so a spreadsheet never runs a cell as a formula. */
    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }

    /** The standard names some columns per list (许可决定日期 / 处罚决定日期); the rest are shared. */
    private String heading(DecisionKind kind, String field) {
        return messages.getMessage("publication.field." + kind.name() + "." + field, null,
                text("publication.field." + field), Locale.CHINA);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.CHINA);
    }
}
