package cn.yingshang.arrears.internal;

import cn.yingshang.platform.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "api.arrears.tag", description = "api.arrears.tag.description")
class ArrearsApi {

    private final ArrearsLedger ledger;
    private final Claims claims;
    private final ClaimPages pages;
    private final ArrearsFigures figures;
    private final AnnualPublication publication;

    ArrearsApi(ArrearsLedger ledger, Claims claims, ClaimPages pages, ArrearsFigures figures, AnnualPublication publication) {
        this.ledger = ledger;
        this.claims = claims;
        this.pages = pages;
        this.figures = figures;
        this.publication = publication;
    }

    /** A claim as the API shows it; amounts in 元, interest and days overdue as of today. */
    record ClaimJson(long id, String reference, String status, String statusLabel, String payeeCreditCode, String payeeName,
                     String payerType, String payerName, String contractName, BigDecimal amount, BigDecimal disputedAmount,
                     BigDecimal paidAmount, BigDecimal outstanding, LocalDate reportedOn, LocalDate confirmBy,
                     LocalDate clockStart, LocalDate dueOn, long daysOverdue, BigDecimal interest, Set<String> violations) {

        static ClaimJson of(Claim c, LocalDate today) {
            return new ClaimJson(c.id(), c.reference(), c.status().name(), c.stageLabel(), c.payeeCreditCode(), c.payeeName(),
                    c.payerType() == null ? null : c.payerType().name(), c.payerName(), c.contractName(), c.amount(),
                    c.disputedAmount(), c.paidAmount(), c.outstanding(), c.reportedOn(), c.confirmBy(), c.clockStart(),
                    c.dueOn(), c.daysOverdue(today), c.interestOn(today),
                    c.violations().stream().map(Enum::name).collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new)));
        }
    }

    record PaymentJson(LocalDate paidOn, BigDecimal amount, String method, String note) {
    }

    /** One page of claims; {@code next} is the cursor of the following page, absent on the last. */
    record ClaimPage(List<ClaimJson> items, String next) {
    }

    @GetMapping("/api/v1/arrears/claims")
    @PreAuthorize("hasAnyAuthority('arrears:read', 'arrears:report')")
    @cn.yingshang.platform.ApiScope("arrears:read")
    @Operation(operationId = "listArrearsClaims", summary = "api.arrears.listArrearsClaims")
    ClaimPage list(@RequestParam(defaultValue = "") String status, @AuthenticationPrincipal SignedInUser user,
                   @RequestParam(required = false) @jakarta.validation.constraints.Size(max = 40) String after,
                   @RequestParam(defaultValue = "50") @jakarta.validation.constraints.Min(1) @jakarta.validation.constraints.Max(100) int limit) {
        LocalDate today = ledger.today();
        cn.yingshang.platform.ApiCursor cursor = cn.yingshang.platform.ApiCursor.parse(after);
        // the ledger query reads from the top; the cursor skips what earlier pages showed
        List<Claim> read = claims.list(pages.scopeOf(user), status, cursor.position() + limit + 1);
        List<Claim> rows = read.size() > cursor.position() ? read.subList(cursor.position(), read.size()) : List.of();
        return new ClaimPage(cn.yingshang.platform.ApiCursor.page(rows, limit).stream().map(c -> ClaimJson.of(c, today)).toList(),
                cursor.nextAfter(rows, limit));
    }

    @GetMapping("/api/v1/arrears/claims/{id}")
    @PreAuthorize("hasAnyAuthority('arrears:read', 'arrears:report')")
    @cn.yingshang.platform.ApiScope("arrears:read")
    @Operation(summary = "api.arrears.getClaim")
    ClaimJson one(@PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
        return ClaimJson.of(pages.visible(id, user), ledger.today());
    }

    @PostMapping("/api/v1/arrears/claims")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyAuthority('arrears:report', 'arrears:register')")
    @cn.yingshang.platform.ApiScope("arrears:register")
    @Operation(summary = "api.arrears.registerClaim")
    ClaimJson register(@RequestBody ClaimForm form, @AuthenticationPrincipal SignedInUser user) {
        return ClaimJson.of(ledger.register(form, user), ledger.today());
    }

    @PostMapping("/api/v1/arrears/claims/{id}/confirmation")
    @PreAuthorize("hasAuthority('arrears:verify')")
    @cn.yingshang.platform.ApiScope("arrears:verify")
    @Operation(summary = "api.arrears.confirmClaim")
    ClaimJson confirm(@PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
        return ClaimJson.of(ledger.confirm(id, user), ledger.today());
    }

    @PostMapping("/api/v1/arrears/claims/{id}/payments")
    @PreAuthorize("hasAuthority('arrears:verify')")
    @cn.yingshang.platform.ApiScope("arrears:verify")
    @Operation(summary = "api.arrears.recordPayment")
    ClaimJson pay(@PathVariable long id, @RequestBody PaymentJson payment, @AuthenticationPrincipal SignedInUser user) {
        return ClaimJson.of(ledger.recordPayment(id, payment.paidOn(), payment.amount(), payment.method(), payment.note(), user),
                ledger.today());
    }

    @GetMapping("/api/v1/arrears/figures")
    @PreAuthorize("hasAuthority('arrears:read')")
    @cn.yingshang.platform.ApiScope("arrears:read")
    @Operation(summary = "api.arrears.figures")
    Map<ArrearsFigures.Dimension, List<ArrearsFigures.Row>> figures() {
        return figures.all(ledger.today());
    }

    @GetMapping("/api/v1/public/arrears/annual-reports/{year}")
    @Operation(summary = "api.arrears.annualReport")
    List<AnnualPublication.Line> annual(@PathVariable int year) {
        return publication.published(year);
    }
}
