package cn.yingshang.credit.internal;

import cn.yingshang.credit.GovernmentDishonestyKind;
import cn.yingshang.credit.GovernmentIntegrityRecord;
import cn.yingshang.credit.NewGovernmentIntegrityRecord;
import cn.yingshang.credit.Severity;
import cn.yingshang.platform.ApiScope;
import cn.yingshang.platform.ListPage;
import cn.yingshang.shared.RegionCode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import cn.yingshang.platform.Text;

/**
 * Government integrity (政务诚信) and the credit rules as API operations: the dishonesty records of public
 * bodies and their resolution, and the scorecard, publicity periods and settings the credit office keeps.
 * The same use cases as the credit administration pages; a changed scorecard reclassifies every entity.
 */
@RestController
@Validated
@Tag(name = "credit.api.government.tag", description = "credit.api.government.tag.description")
class CreditGovernmentApi {

    private final GovernmentIntegrity government;
    private final CreditConfiguration configuration;
    private final ChangingCreditRules changing;
    private final Clock clock;

    CreditGovernmentApi(GovernmentIntegrity government, CreditConfiguration configuration, ChangingCreditRules changing, Clock clock) {
        this.government = government;
        this.configuration = configuration;
        this.changing = changing;
        this.clock = clock;
    }

    record GovernmentRecordPage(List<GovernmentIntegrityRecord> items, long total, int page, int pages) {
    }

    record NewGovernmentRecord(@NotBlank @Size(max = 200) String bodyName, @NotBlank @Pattern(regexp = "\\d{6}") String regionCode,
                               @NotNull GovernmentDishonestyKind kind, @NotBlank @Size(max = 1000) String basis,
                               @NotBlank @Size(max = 4000) String summary, @PositiveOrZero BigDecimal amount, @NotNull LocalDate occurredOn) {
    }

    record IndicatorChange(@NotBlank @Size(max = 40) String code, @Min(0) @Max(1000) int weight, @Min(1) @Max(1000) int cap) {
    }

    record ScorecardChange(@NotEmpty @Size(max = 50) List<@NotNull @Valid IndicatorChange> indicators, @Min(0) @Max(10000) int aMax,
                           @Min(0) @Max(10000) int cMin, @Min(0) @Max(10000) int dMin) {
    }

    record PeriodChange(@Min(0) @Max(600) int shortestMonths, @Min(1) @Max(600) int longestMonths) {
    }

    record PeriodsChange(@NotEmpty Map<@NotNull Severity, @NotNull @Valid PeriodChange> periods, Map<String, Integer> settings) {
    }

    record CreditRules(Scorecard scorecard, Map<Severity, PublicityPeriods.Period> periods, List<CreditConfiguration.Setting> settings) {
    }

    record Reclassified(long entities, long changed, CreditRules rules) {
    }

    @GetMapping("/api/v1/credit/government-records")
    @PreAuthorize("hasAuthority('credit:government')")
    @ApiScope("credit:government")
    @Operation(operationId = "listUnresolvedGovernmentRecords", summary = "credit.api.listUnresolvedGovernmentRecords")
    GovernmentRecordPage unresolved(@RequestParam(defaultValue = "") @Size(max = 40) String q, @RequestParam(defaultValue = "1") @Min(1) int page,
                                    @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        var found = government.unresolved(q, new ListPage(page, size, null, false));
        return new GovernmentRecordPage(found.rows(), found.total(), found.page(), found.pages());
    }

    @PostMapping("/api/v1/credit/government-records")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('credit:government')")
    @ApiScope("credit:government")
    @Operation(operationId = "recordGovernmentDishonesty", summary = "credit.api.recordGovernmentDishonesty")
    GovernmentIntegrityRecord record(@Valid @RequestBody NewGovernmentRecord body) {
        long id = government.record(new NewGovernmentIntegrityRecord(body.bodyName(), null, RegionCode.of(body.regionCode()), body.kind(),
                "api", UUID.randomUUID().toString(), body.basis(), body.summary(), body.amount(), body.occurredOn()));
        return found(id);
    }

    @PostMapping("/api/v1/credit/government-records/{id}/resolution")
    @PreAuthorize("hasAuthority('credit:government')")
    @ApiScope("credit:government")
    @Operation(operationId = "resolveGovernmentDishonesty", summary = "credit.api.resolveGovernmentDishonesty")
    GovernmentIntegrityRecord resolve(@PathVariable long id) {
        found(id);
        government.resolveById(id, LocalDate.now(clock));
        return found(id);
    }

    @GetMapping("/api/v1/credit/rules")
    @PreAuthorize("hasAuthority('credit:configure')")
    @ApiScope("credit:configure")
    @Operation(operationId = "getCreditRules", summary = "credit.api.getCreditRules")
    CreditRules rules() {
        return new CreditRules(configuration.scorecard(), configuration.publicityPeriods().periods(), configuration.settings());
    }

    @PostMapping("/api/v1/credit/rules/scorecard")
    @PreAuthorize("hasAuthority('credit:configure')")
    @ApiScope("credit:configure")
    @Operation(operationId = "changeCreditScorecard", summary = "credit.api.changeCreditScorecard")
    Reclassified changeScorecard(@Valid @RequestBody ScorecardChange body) {
        Map<String, Scorecard.Indicator> current = new java.util.HashMap<>();
        configuration.scorecard().indicators().forEach(i -> current.put(i.code(), i));
        List<Scorecard.Indicator> indicators = body.indicators().stream().map(c -> {
            Scorecard.Indicator i = current.get(c.code());
            if (i == null) {
                throw cn.yingshang.shared.DomainViolation.of("indicators", "credit.api.unknownIndicator", c.code());
            }
            return new Scorecard.Indicator(i.code(), i.label(), c.weight(), c.cap());
        }).toList();
        var result = changing.changeScorecard(indicators, new Scorecard.Thresholds(body.aMax(), body.cMin(), body.dMin()));
        return new Reclassified(result.entities(), result.changed(), rules());
    }

    @PostMapping("/api/v1/credit/rules/periods")
    @PreAuthorize("hasAuthority('credit:configure')")
    @ApiScope("credit:configure")
    @Operation(operationId = "changeCreditPublicityPeriods", summary = "credit.api.changeCreditPublicityPeriods")
    CreditRules changePeriods(@Valid @RequestBody PeriodsChange body) {
        Map<Severity, PublicityPeriods.Period> periods = new EnumMap<>(configuration.publicityPeriods().periods());
        body.periods().forEach((s, p) -> periods.put(s, new PublicityPeriods.Period(p.shortestMonths(), p.longestMonths())));
        changing.changePeriods(periods, body.settings() == null ? Map.of() : body.settings());
        return rules();
    }

    private GovernmentIntegrityRecord found(long id) {
        return government.find(id).orElseThrow(() -> new NoSuchElementException(Text.of("credit.api.governmentRecordNotFound", id)));
    }
}
