package cn.yingshang.catalogue.internal;

import cn.yingshang.platform.Text;
import cn.yingshang.catalogue.CatalogueKind;
import cn.yingshang.catalogue.CheckAnswer;
import cn.yingshang.catalogue.internal.CatalogueStore.Version;
import cn.yingshang.platform.FormErrors;
import cn.yingshang.platform.Portal;
import cn.yingshang.platform.Role;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.shared.ChineseText;
import cn.yingshang.shared.DomainViolation;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** 信息公开: every catalogue in force with search and its changes, the version history, and the check. */
@Controller
class PublicCataloguePages {

    private final CatalogueStore store;
    private final CatalogueChecks checks;
    private final Clock clock;
    private final org.springframework.context.MessageSource messages;

    PublicCataloguePages(CatalogueStore store, CatalogueChecks checks, Clock clock, org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.store = store;
        this.checks = checks;
        this.clock = clock;
    }

    public record Summary(CatalogueKind kind, Version inForce, Version upcoming, int entries) {
    }

    @GetMapping("/public/catalogues")
    String index(Model model) {
        LocalDate today = LocalDate.now(clock);
        List<Summary> summaries = new ArrayList<>();
        for (CatalogueKind k : CatalogueKind.values()) {
            Version v = store.inForce(k, today).orElse(null);
            Version latest = store.latest(k).orElse(null);
            summaries.add(new Summary(k, v, latest != null && latest.effectiveFrom().isAfter(today) ? latest : null,
                    v == null ? 0 : store.entries(v.id()).size()));
        }
        model.addAttribute("portal", Portal.PUBLIC);
        model.addAttribute("summaries", summaries);
        return "catalogue/index";
    }

    @GetMapping("/public/catalogues/{slug}")
    String catalogue(@PathVariable String slug, @RequestParam(defaultValue = "") String q, Model model) {
        CatalogueKind kind = CatalogueKind.ofSlug(slug);
        Version v = store.inForce(kind, LocalDate.now(clock)).orElse(null);
        return show(kind, v, q, model);
    }

    @GetMapping("/public/catalogues/{slug}/versions/{number}")
    String version(@PathVariable String slug, @PathVariable int number, @RequestParam(defaultValue = "") String q, Model model) {
        CatalogueKind kind = CatalogueKind.ofSlug(slug);
        Version v = store.version(kind, number).orElseThrow(() -> new NoSuchElementException(Text.of("catalogue.version.unknown", number)));
        return show(kind, v, q, model);
    }

    private String show(CatalogueKind kind, Version v, String q, Model model) {
        model.addAttribute("portal", Portal.PUBLIC);
        model.addAttribute("kind", kind);
        model.addAttribute("version", v);
        model.addAttribute("q", q);
        model.addAttribute("entries", v == null ? List.of() : store.search(v.id(), ChineseText.normalise(q)));
        model.addAttribute("changes", v == null ? List.of() : store.changes(v.id()));
        model.addAttribute("versions", store.versions(kind));
        model.addAttribute("today", LocalDate.now(clock));
        return "catalogue/catalogue";
    }

    @GetMapping("/public/catalogues/{slug}/export.xlsx")
    void export(@PathVariable String slug, @RequestParam(required = false) Integer version, HttpServletResponse response)
            throws IOException {
        CatalogueKind kind = CatalogueKind.ofSlug(slug);
        Version v = (version == null ? store.inForce(kind, LocalDate.now(clock)) : store.version(kind, version))
                .orElseThrow(() -> new NoSuchElementException(Text.of("catalogue.notPublished", kind.label())));
        byte[] body = CatalogueXlsx.write(kind, store.entries(v.id()));
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", cn.yingshang.platform.Downloads.attachment(messages.getMessage(
                "catalogue.download.file", new Object[] {kind.label(), String.valueOf(v.number())}, java.util.Locale.SIMPLIFIED_CHINESE)));
        response.getOutputStream().write(body);
    }

    @GetMapping("/public/catalogues/check")
    String check(@RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String q,
                 @AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("portal", user != null && user.role() == Role.ENTERPRISE ? Portal.ENTERPRISE : Portal.PUBLIC);
        model.addAttribute("kinds", List.of(CatalogueKind.FEE, CatalogueKind.CERTIFICATE, CatalogueKind.INTERMEDIARY));
        model.addAttribute("kind", kind.isBlank() ? "FEE" : kind);
        model.addAttribute("q", q);
        if (!q.isBlank()) {
            try {
                CheckAnswer answer = checks.check(parse(kind), q);
                model.addAttribute("answer", answer);
                if (answer.appealable()) {
                    model.addAttribute("appealUrl", appealUrl(answer, user));
                }
            } catch (DomainViolation e) {
                FormErrors.show(model, FormErrors.of(e));
            }
        }
        return "catalogue/check";
    }

    private static CatalogueKind parse(String kind) {
        try {
            return CatalogueKind.valueOf(kind.isBlank() ? "FEE" : kind);
        } catch (IllegalArgumentException e) {
            throw DomainViolation.of("kind", "catalogue.check.listRequired");
        }
    }

    /**
     * One click from "not on the list" to an appeal: the appeal intake opened with its category and
     * content filled in (enterprise users in 企业服务, everyone else in 信息公开).
     */
    static String appealUrl(CheckAnswer answer, SignedInUser user) {
        String verb = Text.of(answer.kind() == CatalogueKind.CERTIFICATE ? "catalogue.appeal.verb.provide" : "catalogue.appeal.verb.pay");
        String content = Text.of("catalogue.appeal.content", verb, answer.asked(), answer.explanation(), answer.kind().label(),
                answer.version());
        String base = user != null && user.role() == Role.ENTERPRISE ? "/enterprise/appeals/new" : "/public/appeals/new";
        String title = Text.of(answer.verdict() == CheckAnswer.Verdict.NOT_TO_BE_REQUESTED ? "catalogue.appeal.title.sharedCertificate"
                : answer.kind() == CatalogueKind.CERTIFICATE ? "catalogue.appeal.title.certificate" : "catalogue.appeal.title.fee", answer.asked());
        // Parameter names are the appeal intake form's own field names (type, category, title, content).
        return base + "?category=" + answer.appealCategory() + "&content=" + URLEncoder.encode(content, StandardCharsets.UTF_8)
                + "&type=COMPLAINT&title=" + URLEncoder.encode(title, StandardCharsets.UTF_8);
    }
}
