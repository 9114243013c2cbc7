package cn.yingshang.finance.internal;

import cn.yingshang.platform.ApiScope;
import cn.yingshang.platform.DepartmentFunction;
import cn.yingshang.platform.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The financing page actions as API operations, each through the same use case and owner check as
 * its page: an enterprise for its own needs, consents and confirmation requests; a bank only for
 * enterprises consenting to it (404 otherwise, as on the page); the payer's supervising department for
 * the answer to a confirmation. Refusals are problem+json; POSTs honour Idempotency-Key.
 */
@RestController
@Tag(name = "api.finance.tag", description = "api.finance.tag.description")
class FinanceApi {

    static final String APPLY = "hasAuthority('finance:apply')";
    static final String LEND = "hasAuthority('finance:lend')";
    static final String CONFIRM = "hasAuthority('finance:confirm')";

    private final EnterpriseFinancing enterprises;
    private final Lending lending;
    private final Needs needs;
    private final ReceivableConfirmations confirmations;
    private final ConfirmationAppeals confirmationAppeals;

    FinanceApi(EnterpriseFinancing enterprises, Lending lending, Needs needs, ReceivableConfirmations confirmations,
               ConfirmationAppeals confirmationAppeals) {
        this.enterprises = enterprises;
        this.lending = lending;
        this.needs = needs;
        this.confirmations = confirmations;
        this.confirmationAppeals = confirmationAppeals;
    }

    record NewNeed(@NotNull @Positive BigDecimal amount, @NotNull @Min(1) @Max(360) Integer termMonths,
                   @NotBlank @Size(max = 500) String purpose, @Size(max = 10) List<Collateral> collateral) {
    }

    record NeedView(long id, String creditCode, BigDecimal amount, int termMonths, String purpose, List<Collateral> collateral,
                    String status, LocalDate statedOn, LocalDate metOn) {
        static NeedView of(Need n) {
            return new NeedView(n.id(), n.creditCode(), n.amount(), n.termMonths(), n.purpose(), n.collateral(), n.status(),
                    n.statedOn(), n.metOn());
        }
    }

    record NewConsent(@NotNull @Positive Long bankId) {
    }

    record ConsentView(long id, long bankId, String bankName, String status) {
    }

    record ProfileTaxYear(int year, boolean filed) {
    }

    record ProfileView(String creditCode, String name, String regionCode, String size, String creditClass, boolean dishonest,
                       List<String> measuresInForce, List<ProfileTaxYear> taxFilings, long abnormalPeriods, int yearsEstablished,
                       Integer headcount, BigDecimal policiesGrantedWan, BigDecimal arrearsOwedYuan) {
    }

    enum LoanOutcome { GRANTED, REFUSED }

    record NewOutcome(@NotNull LoanOutcome outcome, @Positive Long productId, @Positive BigDecimal amount, @Positive BigDecimal rate,
                      @Size(max = 1000) String reason) {
    }

    record LoanView(long id, long needId, String bankName, String productName, String outcome, BigDecimal amount, BigDecimal rate,
                    boolean creditLoan, String reason, LocalDate decidedOn) {
    }

    record NewConfirmation(@NotBlank @Size(max = 200) String payerName, @NotNull DepartmentFunction payerFunction,
                           @NotBlank @Size(max = 200) String contractName, @NotNull @Positive BigDecimal amount) {
    }

    record ConfirmationRefusal(@NotBlank @Size(max = 1000) String reason) {
    }

    record ConfirmationAppeal(@NotBlank @Size(max = 30) String phone) {
    }

    record ConfirmationView(long id, String creditCode, String entityName, String payerName, String contractName, BigDecimal amount,
                            String status, LocalDate requestedOn, LocalDate dueOn, LocalDate answeredOn, String answerReason,
                            String appealTrackingNumber) {
        static ConfirmationView of(Confirmation c) {
            return new ConfirmationView(c.id(), c.creditCode(), c.entityName(), c.payerName(), c.contractName(), c.amount(),
                    c.status(), c.requestedOn(), c.dueOn(), c.answeredOn(), c.answerReason(),
                    c.appealTracking() == null || c.appealTracking().isEmpty() ? null : c.appealTracking());
        }
    }

    // ---------------------------------------------------------------- enterprise

    @PostMapping("/api/v1/finance/needs")
    @PreAuthorize(APPLY)
    @ApiScope("finance:apply")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "stateFinancingNeed", summary = "api.finance.stateFinancingNeed")
    NeedView stateNeed(@Valid @RequestBody NewNeed body, @AuthenticationPrincipal SignedInUser user) {
        long id = enterprises.stateNeed(new Forms.NeedForm(body.amount(), body.termMonths(), body.purpose(),
                body.collateral() == null ? List.of() : body.collateral().stream().filter(java.util.Objects::nonNull).toList()), user);
        return NeedView.of(needs.find(id).orElseThrow());
    }

    @PostMapping("/api/v1/finance/consents")
    @PreAuthorize(APPLY)
    @ApiScope("finance:apply")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "grantLenderConsent", summary = "api.finance.grantLenderConsent")
    ConsentView consent(@Valid @RequestBody NewConsent body, @AuthenticationPrincipal SignedInUser user) {
        long id = enterprises.consent(body.bankId(), user);
        return enterprises.consentOf(id, user).map(c -> new ConsentView(c.id(), c.bankId(), c.bankName(), c.status())).orElseThrow();
    }

    @PostMapping("/api/v1/finance/consents/{id}/withdrawal")
    @PreAuthorize(APPLY)
    @ApiScope("finance:apply")
    @Operation(operationId = "withdrawLenderConsent", summary = "api.finance.withdrawLenderConsent")
    ConsentView withdraw(@PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
        enterprises.withdraw(id, user);
        return enterprises.consentOf(id, user).map(c -> new ConsentView(c.id(), c.bankId(), c.bankName(), c.status())).orElseThrow();
    }

    @PostMapping("/api/v1/finance/confirmations")
    @PreAuthorize(APPLY)
    @ApiScope("finance:apply")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "requestReceivableConfirmation", summary = "api.finance.requestReceivableConfirmation")
    ConfirmationView requestConfirmation(@Valid @RequestBody NewConfirmation body, @AuthenticationPrincipal SignedInUser user) {
        return ConfirmationView.of(confirmations.request(new Forms.ConfirmationForm(body.payerName(), body.payerFunction(),
                body.contractName(), body.amount()), user));
    }

    @PostMapping("/api/v1/finance/confirmations/{id}/appeal")
    @PreAuthorize(APPLY)
    @ApiScope("finance:apply")
    @Operation(operationId = "appealReceivableConfirmation", summary = "api.finance.appealReceivableConfirmation")
    ConfirmationView appeal(@PathVariable long id, @Valid @RequestBody ConfirmationAppeal body, @AuthenticationPrincipal SignedInUser user) {
        confirmationAppeals.raiseByEnterprise(id, body.phone(), user);
        return ConfirmationView.of(confirmations.readable(id, user));
    }

    // ---------------------------------------------------------------- bank

    @GetMapping("/api/v1/finance/profiles/{creditCode}")
    @PreAuthorize(LEND)
    @ApiScope("finance:lend")
    @Operation(operationId = "getLenderCreditProfile", summary = "api.finance.getLenderCreditProfile")
    ProfileView profile(@PathVariable String creditCode, @AuthenticationPrincipal SignedInUser user) {
        CreditProfile p = lending.profile(creditCode, user);
        return new ProfileView(p.entity().creditCode().value(), p.entity().name(), p.entity().region().code(),
                p.entity().size() == null ? null : p.entity().size().name(), p.creditClass().name(), p.dishonest(),
                p.measures().stream().map(Enum::name).sorted().toList(),
                p.taxFilings().stream().map(t -> new ProfileTaxYear(t.year(), t.filed())).toList(), p.abnormalPeriods().size(),
                p.yearsEstablished(), p.entity().headcount(), p.facts().policyTotal(), p.facts().owedNow());
    }

    @PostMapping("/api/v1/finance/needs/{id}/outcomes")
    @PreAuthorize(LEND)
    @ApiScope("finance:lend")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "recordLoanOutcome", summary = "api.finance.recordLoanOutcome")
    LoanView outcome(@PathVariable long id, @Valid @RequestBody NewOutcome body, @AuthenticationPrincipal SignedInUser user) {
        Loan l = lending.recordOutcome(id, new Forms.OutcomeForm(body.outcome().name(), body.productId(), body.amount(), body.rate(),
                body.reason()), user);
        return new LoanView(l.id(), l.needId(), l.bankName(), l.productName(), l.outcome(), l.amount(), l.rate(), l.creditLoan(),
                l.reason(), l.decidedOn());
    }

    // ---------------------------------------------------------------- supervising department

    @PostMapping("/api/v1/finance/confirmations/{id}/confirmation")
    @PreAuthorize(CONFIRM)
    @ApiScope("finance:confirm")
    @Operation(operationId = "confirmReceivable", summary = "api.finance.confirmReceivable")
    ConfirmationView confirm(@PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
        confirmations.confirm(id, user);
        return ConfirmationView.of(confirmations.readable(id, user));
    }

    @PostMapping("/api/v1/finance/confirmations/{id}/refusal")
    @PreAuthorize(CONFIRM)
    @ApiScope("finance:confirm")
    @Operation(operationId = "refuseReceivable", summary = "api.finance.refuseReceivable")
    ConfirmationView refuse(@PathVariable long id, @Valid @RequestBody ConfirmationRefusal body, @AuthenticationPrincipal SignedInUser user) {
        confirmations.refuse(id, body.reason(), user);
        return ConfirmationView.of(confirmations.readable(id, user));
    }
}
