package cn.yingshang.arrears.internal;

import cn.yingshang.platform.ApiScope;
import cn.yingshang.platform.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The claim actions the arrears pages offer beyond registering, confirming and paying: each calls
 * the same {@link ArrearsLedger} method as its page form, which checks that the caller supervises
 * the payer (or is the payee) and that the claim is in the state the step needs.
 */
@RestController
@Tag(name = "api.arrears.tag", description = "api.arrears.tag.description")
class ArrearsHandlingApi {

    private final ArrearsLedger ledger;

    ArrearsHandlingApi(ArrearsLedger ledger) {
        this.ledger = ledger;
    }

    record ArrearsRejection(@NotBlank @Size(max = 2000) String reason) {
    }

    record ArrearsRepaymentPlan(@NotNull LocalDate payBy, @Size(max = 2000) String note) {
    }

    record ArrearsDisputeOutcome(@NotNull @DecimalMin("0") BigDecimal owedOfDisputed) {
    }

    enum ArrearsSupervisionKind { REMINDER, ORDER }

    record ArrearsSupervision(@NotNull ArrearsSupervisionKind kind, @Size(max = 2000) String note) {
    }

    record ArrearsExposure(@NotBlank @Size(max = 2000) String note) {
    }

    record ArrearsFollowUpAnswer(@NotNull Boolean received, @DecimalMin("0") BigDecimal receivedAmount,
                                 @Size(max = 2000) String note) {
    }

    private ArrearsApi.ClaimJson json(Claim claim) {
        return ArrearsApi.ClaimJson.of(claim, ledger.today());
    }

    @PostMapping("/api/v1/arrears/claims/{id}/intake")
    @PreAuthorize("hasAuthority('arrears:manage')")
    @ApiScope("arrears:manage")
    @Operation(operationId = "completeArrearsIntake", summary = "api.arrears.completeArrearsIntake")
    ArrearsApi.ClaimJson completeIntake(@PathVariable long id, @RequestBody ClaimForm form) {
        return json(ledger.completeIntake(id, form));
    }

    @PostMapping("/api/v1/arrears/claims/{id}/rejection")
    @PreAuthorize("hasAuthority('arrears:verify')")
    @ApiScope("arrears:verify")
    @Operation(operationId = "rejectArrearsClaim", summary = "api.arrears.rejectArrearsClaim")
    ArrearsApi.ClaimJson reject(@PathVariable long id, @Valid @RequestBody ArrearsRejection body,
                                @AuthenticationPrincipal SignedInUser user) {
        return json(ledger.reject(id, body.reason(), user));
    }

    @PostMapping("/api/v1/arrears/claims/{id}/repayment-plan")
    @PreAuthorize("hasAuthority('arrears:verify')")
    @ApiScope("arrears:verify")
    @Operation(operationId = "planArrearsRepayment", summary = "api.arrears.planArrearsRepayment")
    ArrearsApi.ClaimJson plan(@PathVariable long id, @Valid @RequestBody ArrearsRepaymentPlan body,
                              @AuthenticationPrincipal SignedInUser user) {
        return json(ledger.planRepayment(id, body.payBy(), body.note(), user));
    }

    @PostMapping("/api/v1/arrears/claims/{id}/dispute-outcome")
    @PreAuthorize("hasAuthority('arrears:verify')")
    @ApiScope("arrears:verify")
    @Operation(operationId = "resolveArrearsDispute", summary = "api.arrears.resolveArrearsDispute")
    ArrearsApi.ClaimJson dispute(@PathVariable long id, @Valid @RequestBody ArrearsDisputeOutcome body,
                                 @AuthenticationPrincipal SignedInUser user) {
        return json(ledger.resolveDispute(id, body.owedOfDisputed(), user));
    }

    @PostMapping("/api/v1/arrears/claims/{id}/follow-up")
    @PreAuthorize("hasAuthority('arrears:verify')")
    @ApiScope("arrears:verify")
    @Operation(operationId = "startArrearsFollowUp", summary = "api.arrears.startArrearsFollowUp")
    ArrearsApi.ClaimJson followUp(@PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
        return json(ledger.startFollowUp(id, user));
    }

    @PostMapping("/api/v1/arrears/claims/{id}/follow-up-answer")
    @PreAuthorize("hasAuthority('arrears:report')")
    @ApiScope("arrears:report")
    @Operation(operationId = "answerArrearsFollowUp", summary = "api.arrears.answerArrearsFollowUp")
    ArrearsApi.ClaimJson answer(@PathVariable long id, @Valid @RequestBody ArrearsFollowUpAnswer body,
                                @AuthenticationPrincipal SignedInUser user) {
        return json(ledger.answerFollowUp(id, body.received(), body.receivedAmount(), body.note(), user));
    }

    @PostMapping("/api/v1/arrears/claims/{id}/supervision")
    @PreAuthorize("hasAnyAuthority('arrears:verify', 'arrears:manage')")
    @ApiScope("arrears:supervise")
    @Operation(operationId = "superviseArrearsClaim", summary = "api.arrears.superviseArrearsClaim")
    ArrearsApi.ClaimJson supervise(@PathVariable long id, @Valid @RequestBody ArrearsSupervision body,
                                   @AuthenticationPrincipal SignedInUser user) {
        ledger.supervise(id, body.kind().name(), body.note(), user);
        return json(ledger.require(id));
    }

    @PostMapping("/api/v1/arrears/claims/{id}/exposure")
    @PreAuthorize("hasAuthority('arrears:manage')")
    @ApiScope("arrears:manage")
    @Operation(operationId = "exposeArrearsClaim", summary = "api.arrears.exposeArrearsClaim")
    ArrearsApi.ClaimJson expose(@PathVariable long id, @Valid @RequestBody ArrearsExposure body,
                                @AuthenticationPrincipal SignedInUser user) {
        return json(ledger.expose(id, body.note(), user));
    }
}
