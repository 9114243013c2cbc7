package cn.yingshang.credit.internal;

import cn.yingshang.platform.ApiScope;
import cn.yingshang.platform.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * An enterprise's own credit actions as API operations, for its own credit code only: applying for
 * credit repair of one of its records and making credit commitments to a department (004 #50), and
 * reading both back with their steps. The same use cases as the enterprise pages.
 */
@RestController
@PreAuthorize("hasAuthority('credit:apply')")
@Tag(name = "credit.api.own.tag", description = "credit.api.own.tag.description")
class CreditOwnApi {

    private final CreditRepairs repairs;
    private final CreditCommitments commitments;

    CreditOwnApi(CreditRepairs repairs, CreditCommitments commitments) {
        this.repairs = repairs;
        this.commitments = commitments;
    }

    record RepairRequest(@NotNull @Positive Long recordId, @NotBlank @Size(max = 4000) String evidence,
                         @NotBlank @Size(max = 4000) String commitment) {
    }

    record CommitmentRequest(@NotNull CommitmentKind kind, @NotBlank @Size(max = 500) String matter,
                             @NotBlank @Size(max = 4000) String content, @NotBlank @Size(max = 40) String departmentCode) {
    }

    @GetMapping("/api/v1/credit/own/repairs")
    @ApiScope("credit:apply")
    @Operation(operationId = "listOwnCreditRepairs", summary = "credit.api.listOwnCreditRepairs")
    List<RepairApplication> ownRepairs(@AuthenticationPrincipal SignedInUser user) {
        return repairs.ofEntity(CreditEnterprisePages.ownCode(user));
    }

    @PostMapping("/api/v1/credit/own/repairs")
    @ResponseStatus(HttpStatus.CREATED)
    @ApiScope("credit:apply")
    @Operation(operationId = "applyForCreditRepair", summary = "credit.api.applyForCreditRepair")
    RepairApplication apply(@Valid @RequestBody RepairRequest body, @AuthenticationPrincipal SignedInUser user) {
        return repairs.apply(CreditEnterprisePages.ownCode(user), new CreditRepairs.Application(body.recordId(), body.evidence(),
                body.commitment()), user.displayName());
    }

    @GetMapping("/api/v1/credit/own/commitments")
    @ApiScope("credit:apply")
    @Operation(operationId = "listOwnCreditCommitments", summary = "credit.api.listOwnCreditCommitments")
    List<CreditCommitments.Commitment> ownCommitments(@AuthenticationPrincipal SignedInUser user) {
        return commitments.ofEntity(CreditEnterprisePages.ownCode(user));
    }

    @PostMapping("/api/v1/credit/own/commitments")
    @ResponseStatus(HttpStatus.CREATED)
    @ApiScope("credit:apply")
    @Operation(operationId = "makeCreditCommitment", summary = "credit.api.makeCreditCommitment")
    CreditCommitments.Commitment commit(@Valid @RequestBody CommitmentRequest body, @AuthenticationPrincipal SignedInUser user) {
        return commitments.make(CreditEnterprisePages.ownCode(user), body.kind(), body.matter(), body.content(), body.departmentCode());
    }
}
