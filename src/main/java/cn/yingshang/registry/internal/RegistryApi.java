package cn.yingshang.registry.internal;

import cn.yingshang.platform.Text;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.registry.AbnormalPeriod;
import cn.yingshang.registry.EntityPage;
import cn.yingshang.registry.EntitySearch;
import cn.yingshang.registry.MarketEntity;
import cn.yingshang.registry.TaxFiling;
import cn.yingshang.shared.CreditCode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@Tag(name = "registry", description = "api.registry.tag.description")
@RestController
@RequestMapping("/api/v1/entities")
class RegistryApi {

    private final MarketEntityStore store;
    private final EntityRegistration registration;
    private final EntityImport entityImport;
    private final Clock clock;

    RegistryApi(MarketEntityStore store, EntityRegistration registration, EntityImport entityImport, Clock clock) {
        this.store = store;
        this.registration = registration;
        this.entityImport = entityImport;
        this.clock = clock;
    }

    /** The API's view of an entity: codes as plain strings, attribute names as in the policy rule catalogue. */
    record EntityJson(String creditCode, String name, String kind, String ownership, String region, String regionName,
                      String industry, String industryName, LocalDate established, BigDecimal registeredCapital,
                      Integer headcount, BigDecimal revenue, BigDecimal assets, String size, String status,
                      List<String> qualifications, List<String> tags) {

        static EntityJson of(MarketEntity e) {
            return new EntityJson(e.creditCode().value(), e.name(), e.kind().name(), e.ownership().name(),
                    e.region().code(), e.region().name(), e.industry().code(), e.industry().name(), e.established(),
                    e.registeredCapital(), e.headcount(), e.revenue(), e.assets(), e.size() == null ? null : e.size().name(),
                    e.status().name(), e.qualifications().stream().sorted().toList(), e.tags().stream().sorted().toList());
        }

        EntityForm toForm() {
            return new EntityForm(creditCode, name, kind, ownership, region, industry, established, registeredCapital,
                    headcount, revenue, assets, status, Text.list(qualifications == null ? List.of() : qualifications),
                    Text.list(tags == null ? List.of() : tags));
        }
    }

    record PageJson(List<EntityJson> items, int page, int size, long total, boolean totalCapped) {
    }

    @Operation(summary = "api.registry.search")
    @GetMapping
    @PreAuthorize("hasAuthority('registry:read')")
    @cn.yingshang.platform.ApiScope("registry:read")
    PageJson search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String region,
                    @RequestParam(defaultValue = "") String industry, @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                    @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        EntityPage result = store.search(new EntitySearch(q, region, industry, page, size));
        return new PageJson(result.items().stream().map(EntityJson::of).toList(), result.number(), result.size(),
                result.total(), result.totalCapped());
    }

    record DetailJson(EntityJson entity, List<AbnormalPeriod> abnormalPeriods, List<TaxFiling> taxFilings) {
    }

    @Operation(summary = "api.registry.detail")
    @GetMapping("/{code}")
    DetailJson detail(@PathVariable String code, @AuthenticationPrincipal SignedInUser user) {
        CreditCode creditCode = CreditCode.of(code);
        EntityAccess.requireReadable(user, creditCode);
        MarketEntity entity = store.find(creditCode).orElseThrow(() -> new NoSuchElementException(Text.of("registry.entity.notFound", code)));
        return new DetailJson(EntityJson.of(entity), store.abnormalPeriods(creditCode), store.taxFilings(creditCode));
    }

    @Operation(summary = "api.registry.register")
    @PostMapping
    @PreAuthorize("hasAuthority('registry:edit')")
    @cn.yingshang.platform.ApiScope("registry:edit")
    ResponseEntity<EntityJson> register(@RequestBody EntityJson body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(EntityJson.of(registration.register(body.toForm())));
    }

    @Operation(summary = "api.registry.amend")
    @PutMapping("/{code}")
    @PreAuthorize("hasAuthority('registry:edit')")
    @cn.yingshang.platform.ApiScope("registry:edit")
    EntityJson amend(@PathVariable String code, @RequestBody EntityJson body) {
        return EntityJson.of(registration.amend(CreditCode.of(code), body.toForm()));
    }

    record FiguresJson(Integer headcount, BigDecimal revenue, BigDecimal assets) {
    }

    @Operation(summary = "api.registry.supplyFigures")
    @PatchMapping("/{code}/figures")
    EntityJson supplyFigures(@PathVariable String code, @RequestBody FiguresJson figures,
                             @AuthenticationPrincipal SignedInUser user) {
        CreditCode creditCode = CreditCode.of(code);
        EntityAccess.requireOwnFiguresEditable(user, creditCode);
        // PATCH: a figure left out of the body keeps its value; only the figures sent change
        MarketEntity before = store.find(creditCode).orElseThrow(java.util.NoSuchElementException::new);
        return EntityJson.of(registration.supplyFigures(creditCode,
                figures.headcount() != null ? figures.headcount() : before.headcount(),
                figures.revenue() != null ? figures.revenue() : before.revenue(),
                figures.assets() != null ? figures.assets() : before.assets()));
    }

    @Operation(summary = "api.registry.importFile")
    @PostMapping(path = "/imports", consumes = "multipart/form-data")
    @PreAuthorize("hasAuthority('registry:import')")
    @cn.yingshang.platform.ApiScope("registry:import")
    EntityImport.ImportReport importFile(@RequestPart("file") MultipartFile file) throws IOException {
        return EntityImport.ImportReport.of(entityImport.importFile(file.getOriginalFilename(), file.getBytes()));
    }

    record AbnormalJson(LocalDate listedOn, String reason) {
    }

    @Operation(summary = "api.registry.listAbnormal")
    @PostMapping("/{code}/abnormal-periods")
    @PreAuthorize("hasAuthority('registry:edit')")
    @cn.yingshang.platform.ApiScope("registry:edit")
    ResponseEntity<List<AbnormalPeriod>> listAbnormal(@PathVariable String code, @RequestBody AbnormalJson body) {
        CreditCode creditCode = CreditCode.of(code);
        registration.listAbnormal(creditCode, body.listedOn(), body.reason());
        return ResponseEntity.status(HttpStatus.CREATED).body(store.abnormalPeriods(creditCode));
    }

    @Operation(summary = "api.registry.recordTaxFiling")
    @PutMapping("/{code}/tax-filings/{year}")
    @PreAuthorize("hasAuthority('registry:edit')")
    @cn.yingshang.platform.ApiScope("registry:edit")
    List<TaxFiling> recordTaxFiling(@PathVariable String code, @PathVariable @Min(1949) @Max(9999) int year, @RequestBody TaxFiling body) {
        CreditCode creditCode = CreditCode.of(code);
        registration.recordTaxFiling(creditCode, year, body.filed());
        return store.taxFilings(creditCode);
    }

    @Operation(summary = "api.registry.dormant")
    @GetMapping("/dormant-candidates")
    @PreAuthorize("hasAuthority('registry:read')")
    @cn.yingshang.platform.ApiScope("registry:read")
    List<EntityJson> dormant(@RequestParam(defaultValue = "200") @Min(1) @Max(1000) int limit) {
        return store.dormantCandidates(LocalDate.now(clock), Math.min(limit, 1000)).stream().map(EntityJson::of).toList();
    }
    // ---- api17: the page actions "abnormal removal" and "dormant review" as API operations ----

    record AbnormalRemovalJson(LocalDate removedOn) {
    }

    @Operation(summary = "api.registry.abnormal-removal")
    @PostMapping("/{code}/abnormal-removals")
    @PreAuthorize("hasAuthority('registry:edit')")
    @cn.yingshang.platform.ApiScope("registry:edit")
    List<AbnormalPeriod> removeAbnormal(@PathVariable String code, @RequestBody(required = false) AbnormalRemovalJson body) {
        CreditCode creditCode = CreditCode.of(code);
        // same default as the page: no date given means today (the status guard sits in removeFromAbnormal)
        LocalDate removedOn = body == null || body.removedOn() == null ? LocalDate.now(clock) : body.removedOn();
        registration.removeFromAbnormal(creditCode, removedOn);
        return store.abnormalPeriods(creditCode);
    }

    enum DormantDecision { REVOKE, KEEP }

    record DormantReviewJson(DormantDecision decision, String note) {
    }

    record DormantReviewedJson(String creditCode, DormantDecision decision, String note, String reviewer) {
    }

    @Operation(summary = "api.registry.dormant-review")
    @PostMapping("/{code}/dormant-reviews")
    @PreAuthorize("hasAuthority('registry:edit')")
    @cn.yingshang.platform.ApiScope("registry:edit")
    ResponseEntity<DormantReviewedJson> reviewDormant(@PathVariable String code, @RequestBody DormantReviewJson body,
                                                      @AuthenticationPrincipal SignedInUser user) {
        if (body == null || body.decision() == null) {
            throw cn.yingshang.shared.DomainViolation.of("decision", "registry.api.dormant.decision-required");
        }
        CreditCode creditCode = CreditCode.of(code);
        String note = body.note() == null ? "" : body.note();
        registration.reviewDormant(creditCode, user.username(), body.decision().name(), note);
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new DormantReviewedJson(creditCode.value(), body.decision(), note, user.username()));
    }
}
