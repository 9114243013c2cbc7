package cn.yingshang.credit.internal;

import cn.yingshang.credit.Severity;
import cn.yingshang.platform.ApiScope;
import cn.yingshang.platform.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The credit workbench's decisions on the API: credit repair (approve, refuse) and credit
 * commitments (approve or reject for publication, find a breach). Each calls the same method as the
 * page, with the department taken from the caller the same way, so only the deciding or receiving
 * department acts.
 */
@RestController
@Tag(name = "credit")
class CreditHandlingApi {

    private final CreditRepairs repairs;
    private final CreditCommitments commitments;
    private final DepartmentNames names;
    private final FulfillingInGrace fulfilling;

    CreditHandlingApi(CreditRepairs repairs, CreditCommitments commitments, DepartmentNames names, FulfillingInGrace fulfilling) {
        this.fulfilling = fulfilling;
        this.repairs = repairs;
        this.commitments = commitments;
        this.names = names;
    }

    record CreditRepairApproval(@Size(max = 2000) String note) {
    }

    record CreditRepairRefusal(@NotBlank @Size(max = 2000) String reasons) {
    }

    enum CommitmentDecision { APPROVE, REJECT }

    record CreditCommitmentReview(@NotNull CommitmentDecision decision, @Size(max = 500) String reason) {
    }

    record CreditCommitmentBreach(@NotNull Severity severity, @NotBlank @Size(max = 2000) String finding) {
    }

    /** A dishonesty-list entry as the deciding department sees it after acting on it. */
    record DishonestyEntryView(long id, String creditCode, long recordId, String listName, java.time.LocalDate effectiveOn,
                               java.time.LocalDate removedOn, String removalReason) {
    }

    @PostMapping("/api/v1/credit/dishonesty-entries/{id}/fulfilment")
    @PreAuthorize("hasAuthority('credit:record')")
    @ApiScope("credit:record")
    @Operation(operationId = "confirmFulfilmentInGrace", summary = "credit.api.confirmFulfilmentInGrace")
    DishonestyEntryView fulfil(@PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
        DishonestyEntry e = fulfilling.fulfil(id, user);
        return new DishonestyEntryView(e.id(), e.creditCode(), e.recordId(), e.listName(), e.effectiveOn(), e.removedOn(), e.removalReason());
    }

    @PostMapping("/api/v1/credit/repairs/{id}/approval")
    @PreAuthorize("hasAuthority('credit:repair')")
    @ApiScope("credit:repair")
    @Operation(operationId = "approveCreditRepair", summary = "credit.creditHandlingApi.api.operation.summary")
    RepairApplication approveRepair(@PathVariable long id, @Valid @RequestBody CreditRepairApproval body,
                                    @AuthenticationPrincipal SignedInUser user) {
        return repairs.approve(id, user, body.note() == null ? "" : body.note());
    }

    @PostMapping("/api/v1/credit/repairs/{id}/refusal")
    @PreAuthorize("hasAuthority('credit:repair')")
    @ApiScope("credit:repair")
    @Operation(operationId = "refuseCreditRepair", summary = "credit.creditHandlingApi.api.operation.summary2")
    RepairApplication refuseRepair(@PathVariable long id, @Valid @RequestBody CreditRepairRefusal body,
                                   @AuthenticationPrincipal SignedInUser user) {
        return repairs.refuse(id, user, body.reasons());
    }

    @PostMapping("/api/v1/credit/commitments/{id}/review")
    @PreAuthorize("hasAuthority('credit:record')")
    @ApiScope("credit:record")
    @Operation(operationId = "reviewCreditCommitment", summary = "credit.creditHandlingApi.api.operation.summary3")
    CreditCommitments.Commitment review(@PathVariable long id, @Valid @RequestBody CreditCommitmentReview body,
                                        @AuthenticationPrincipal SignedInUser user) {
        String department = names.codeOf(user).orElse("");
        return body.decision() == CommitmentDecision.APPROVE ? commitments.approve(id, department, user.username())
                : commitments.reject(id, department, user.username(), body.reason());
    }

    @PostMapping("/api/v1/credit/commitments/{id}/breach")
    @PreAuthorize("hasAuthority('credit:record')")
    @ApiScope("credit:record")
    @Operation(operationId = "findCreditCommitmentBreach", summary = "credit.creditHandlingApi.api.operation.summary4")
    CreditCommitments.Commitment breach(@PathVariable long id, @Valid @RequestBody CreditCommitmentBreach body,
                                        @AuthenticationPrincipal SignedInUser user) {
        return commitments.breach(id, names.codeOf(user).orElse(""), body.severity(), body.finding());
    }
}
