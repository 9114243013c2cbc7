package cn.yingshang.catalogue.internal;

import cn.yingshang.catalogue.CatalogueKind;
import cn.yingshang.catalogue.internal.CatalogueStore.Change;
import cn.yingshang.catalogue.internal.CatalogueStore.Version;
import cn.yingshang.platform.ApiScope;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.shared.DomainViolation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The catalogue maintenance page's action as an API operation (issue 17): a new catalogue version
 * from an XLSX file (the public export is the template) with its effective date, through the same
 * {@link CatalogueVersions#publish} as the page; and the versions with the changes each made.
 */
@Tag(name = "catalogue", description = "catalogue.api.tag")
@RestController
class CatalogueApi {

    private final CatalogueStore store;
    private final CatalogueVersions versions;

    CatalogueApi(CatalogueStore store, CatalogueVersions versions) {
        this.store = store;
        this.versions = versions;
    }

    record CatalogueChangeJson(String change, String code, String name, String summary) {
    }

    record CatalogueVersionJson(String catalogue, int number, LocalDate effectiveFrom, OffsetDateTime publishedAt,
                                String publishedBy, String note, String sourceFilename, List<CatalogueChangeJson> changes) {
    }

    @Operation(operationId = "listCatalogueVersions", summary = "catalogue.api.versions")
    @GetMapping("/api/v1/catalogues/{slug}/versions")
    @PreAuthorize("hasAuthority('catalogue:manage')")
    @ApiScope("catalogue:manage")
    List<CatalogueVersionJson> list(@PathVariable String slug) {
        CatalogueKind kind = CatalogueKind.ofSlug(slug);
        return store.versions(kind).stream().map(this::json).toList();
    }

    @Operation(operationId = "importCatalogueVersion", summary = "catalogue.api.import")
    @PostMapping(path = "/api/v1/catalogues/{slug}/versions", consumes = "multipart/form-data")
    @PreAuthorize("hasAuthority('catalogue:manage')")
    @ApiScope("catalogue:manage")
    ResponseEntity<CatalogueVersionJson> importVersion(@PathVariable String slug, @RequestPart("file") MultipartFile file,
                                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
                                                       @RequestParam(defaultValue = "") String note,
                                                       @AuthenticationPrincipal SignedInUser user) throws IOException {
        CatalogueKind kind = CatalogueKind.ofSlug(slug);
        String filename = file.getOriginalFilename();
        if (file.isEmpty() || filename == null || !filename.toLowerCase().endsWith(".xlsx")) {
            throw DomainViolation.of("file", "catalogue.api.xlsx-required");
        }
        Version v = versions.publish(kind, CatalogueXlsx.read(kind, filename, file.getBytes()), effectiveFrom, note, filename,
                user.username());
        return ResponseEntity.status(HttpStatus.CREATED).body(json(v));
    }

    private CatalogueVersionJson json(Version v) {
        List<Change> changes = store.changes(v.id());
        return new CatalogueVersionJson(v.kind().slug(), v.number(), v.effectiveFrom(), v.publishedAt(), v.publishedBy(), v.note(),
                v.sourceFilename(), changes.stream().map(c -> new CatalogueChangeJson(c.change(), c.code(), c.name(), c.summary())).toList());
    }
}
