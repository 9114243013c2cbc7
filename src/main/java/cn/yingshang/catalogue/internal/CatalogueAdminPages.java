package cn.yingshang.catalogue.internal;

import cn.yingshang.platform.Text;
import cn.yingshang.catalogue.CatalogueKind;
import cn.yingshang.catalogue.internal.CatalogueStore.Version;
import cn.yingshang.platform.Portal;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.shared.DomainViolation;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Catalogue maintenance in the government workbench: a new version is an XLSX import with an effective date. */
@Controller
class CatalogueAdminPages {

    private final CatalogueStore store;
    private final CatalogueVersions versions;
    private final Clock clock;

    CatalogueAdminPages(CatalogueStore store, CatalogueVersions versions, Clock clock) {
        this.store = store;
        this.versions = versions;
        this.clock = clock;
    }

    @GetMapping("/workbench/catalogues")
    @PreAuthorize("hasAuthority('catalogue:manage')")
    String index(Model model) {
        Map<CatalogueKind, Version> latest = new LinkedHashMap<>();
        for (CatalogueKind k : CatalogueKind.values()) {
            latest.put(k, store.latest(k).orElse(null));
        }
        model.addAttribute("portal", Portal.WORKBENCH);
        model.addAttribute("latest", latest);
        model.addAttribute("kinds", CatalogueKind.values());
        model.addAttribute("today", LocalDate.now(clock));
        return "catalogue/manage";
    }

    @PostMapping("/workbench/catalogues/{slug}/versions")
    @PreAuthorize("hasAuthority('catalogue:manage')")
    String importVersion(@PathVariable String slug, @RequestParam("file") MultipartFile file,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
                         @RequestParam(defaultValue = "") String note, @AuthenticationPrincipal SignedInUser user,
                         RedirectAttributes redirect) throws IOException {
        CatalogueKind kind = CatalogueKind.ofSlug(slug);
        try {
            if (file.isEmpty() || file.getOriginalFilename() == null || !file.getOriginalFilename().toLowerCase().endsWith(".xlsx")) {
                throw DomainViolation.of("file", "catalogue.import.xlsxRequired");
            }
            Version v = versions.publish(kind, CatalogueXlsx.read(kind, file.getOriginalFilename(), file.getBytes()), effectiveFrom, note,
                    file.getOriginalFilename(), user.username());
            redirect.addFlashAttribute("flash", Text.of("catalogue.import.published", kind.label(), v.number(), v.effectiveFrom().toString()));
        } catch (DomainViolation e) {
            redirect.addFlashAttribute("flash", Text.of("catalogue.import.failed", kind.label(), e.getMessage()));
        }
        return "redirect:/workbench/catalogues";
    }
}
