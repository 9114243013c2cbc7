package cn.yingshang.finance.internal;

import cn.yingshang.platform.ApiScope;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.policy.EligibilityRules;
import cn.yingshang.shared.CreditRiskClass;
import cn.yingshang.shared.EnterpriseSize;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
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
 * Loan products and the bank directory as API operations (004 #9–10): a bank publishes its products
 * with eligibility rules in the policy rule format and sees, for an enterprise that consented to it,
 * which of its products fit; an enterprise sees every product it qualifies for and why; the office keeps
 * the directory of banks and which account acts for which bank. Same use cases and checks as the pages.
 */
@RestController
@Tag(name = "api.finance.lending.tag", description = "api.finance.lending.tag.description")
class LendingApi {

    private final Lending lending;
    private final BankAccess access;
    private final Banks banks;
    private final BankDirectory directory;
    private final EnterpriseFinancing enterprises;
    private final ProductEligibility eligibility;

    LendingApi(Lending lending, BankAccess access, Banks banks, BankDirectory directory, EnterpriseFinancing enterprises,
               ProductEligibility eligibility) {
        this.lending = lending;
        this.access = access;
        this.banks = banks;
        this.directory = directory;
        this.enterprises = enterprises;
        this.eligibility = eligibility;
    }

    record NewProduct(@NotBlank @Size(max = 200) String name, Boolean creditLoan, @NotNull @Positive BigDecimal maxAmount,
                      @NotNull @Min(1) @Max(360) Integer maxTermMonths, @NotNull @Positive BigDecimal rateFrom,
                      @Size(max = 4) List<EnterpriseSize> sizes, @Size(max = 4) List<CreditRiskClass> creditClasses,
                      Boolean noDishonesty, @Min(0) @Max(100) Integer minYears,
                      @Schema(type = "object") Map<String, Object> extraRule) {
    }

    record ProductView(long id, long bankId, String bankName, String name, boolean creditLoan, BigDecimal maxAmount,
                       int maxTermMonths, BigDecimal rateFrom, List<EnterpriseSize> sizes, List<CreditRiskClass> creditClasses,
                       boolean noDishonesty, int minYears, @Schema(type = "object") Object extraRule) {
        static ProductView of(LoanProduct p) {
            return new ProductView(p.id(), p.bankId(), p.bankName(), p.name(), p.creditLoan(), p.maxAmount(), p.maxTermMonths(),
                    p.rateFrom(), p.sizes().stream().sorted().toList(), p.creditClasses().stream().sorted().toList(), p.noDishonesty(),
                    p.minYears(), p.extraRule());
        }
    }

    record ConditionView(String requirement, String actual, Boolean met) {
        static ConditionView of(EligibilityRules.Condition c) {
            return new ConditionView(c.requirement(), c.actual(), c.met());
        }
    }

    record VerdictView(ProductView product, boolean qualifies, List<ConditionView> conditions) {
        static VerdictView of(ProductEligibility.Verdict v) {
            return new VerdictView(ProductView.of(v.product()), v.qualifies(), v.criteria().stream().map(ConditionView::of).toList());
        }
    }

    record NewBank(@NotBlank @Size(max = 200) String name, @NotBlank @Pattern(regexp = "\\d{6}") String regionCode,
                   @Size(max = 100) String contactName, @Size(max = 30) String contactPhone) {
    }

    record BankView(long id, String name, String regionCode, String contactName, String contactPhone) {
        static BankView of(Bank b) {
            return new BankView(b.id(), b.name(), b.regionCode(), b.contactName(), b.contactPhone());
        }
    }

    record BankAccountBinding(@NotBlank @Size(max = 100) String username) {
    }

    // ---------------------------------------------------------------- bank

    @GetMapping("/api/v1/finance/products")
    @PreAuthorize(FinanceApi.LEND)
    @ApiScope("finance:lend")
    @Operation(operationId = "listOwnLoanProducts", summary = "api.finance.listOwnLoanProducts")
    List<ProductView> ownProducts(@AuthenticationPrincipal SignedInUser user) {
        return banks.products(access.bankOf(user).id()).stream().map(ProductView::of).toList();
    }

    @PostMapping("/api/v1/finance/products")
    @PreAuthorize(FinanceApi.LEND)
    @ApiScope("finance:lend")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "publishLoanProduct", summary = "api.finance.publishLoanProduct")
    ProductView publish(@Valid @RequestBody NewProduct body, @AuthenticationPrincipal SignedInUser user) {
        long id = lending.publish(new Forms.ProductForm(body.name(), body.creditLoan(), body.maxAmount(), body.maxTermMonths(),
                body.rateFrom(), body.sizes(), body.creditClasses(), body.noDishonesty(), body.minYears()), body.extraRule(), user);
        return ProductView.of(banks.product(id).orElseThrow());
    }

    @GetMapping("/api/v1/finance/profiles/{creditCode}/products")
    @PreAuthorize(FinanceApi.LEND)
    @ApiScope("finance:lend")
    @Operation(operationId = "matchOwnProductsToProfile", summary = "api.finance.matchOwnProductsToProfile")
    List<VerdictView> matches(@PathVariable String creditCode, @AuthenticationPrincipal SignedInUser user) {
        CreditProfile profile = lending.profile(creditCode, user);
        return eligibility.check(banks.products(access.bankOf(user).id()), profile.entity().creditCode()).stream()
                .map(VerdictView::of).toList();
    }

    // ---------------------------------------------------------------- enterprise

    @GetMapping("/api/v1/finance/products/eligibility")
    @PreAuthorize(FinanceApi.APPLY)
    @ApiScope("finance:apply")
    @Operation(operationId = "listLoanProductsForMe", summary = "api.finance.listLoanProductsForMe")
    List<VerdictView> forMe(@AuthenticationPrincipal SignedInUser user) {
        return eligibility.check(banks.products(null), enterprises.entityOf(user).creditCode()).stream()
                .map(VerdictView::of).toList();
    }

    @GetMapping("/api/v1/finance/banks")
    @PreAuthorize("hasAnyAuthority('finance:apply', 'finance:manage')")
    @ApiScope("finance:apply")
    @Operation(operationId = "listBanks", summary = "api.finance.listBanks")
    List<BankView> bankDirectory() {
        return banks.all().stream().map(BankView::of).toList();
    }

    // ---------------------------------------------------------------- office

    @PostMapping("/api/v1/finance/banks")
    @PreAuthorize("hasAuthority('finance:manage')")
    @ApiScope("finance:manage")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "registerBank", summary = "api.finance.registerBank")
    BankView register(@Valid @RequestBody NewBank body) {
        long id = directory.register(new Forms.BankForm(body.name(), body.regionCode(), body.contactName(), body.contactPhone()));
        return BankView.of(banks.find(id).orElseThrow());
    }

    @PostMapping("/api/v1/finance/banks/{id}/accounts")
    @PreAuthorize("hasAuthority('finance:manage')")
    @ApiScope("finance:manage")
    @Operation(operationId = "bindBankAccount", summary = "api.finance.bindBankAccount")
    BankView bind(@PathVariable long id, @Valid @RequestBody BankAccountBinding body) {
        directory.bind(body.username(), id);
        return BankView.of(banks.find(id).orElseThrow());
    }
}
