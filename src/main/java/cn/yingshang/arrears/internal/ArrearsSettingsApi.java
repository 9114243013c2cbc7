package cn.yingshang.arrears.internal;

import cn.yingshang.platform.ApiScope;
import cn.yingshang.platform.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
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
 * The arrears office's page actions as API operations: the register of public payers, the annual
 * publication of public bodies' overdue arrears (by the end of March), and a run
 * of the daily overdue check on demand. The same use cases as the arrears workbench.
 */
@RestController
@Tag(name = "api.arrears.settings.tag", description = "api.arrears.settings.tag.description")
class ArrearsSettingsApi {

    private final PayerRegister payers;
    private final AnnualPublication publication;
    private final ArrearsWatch watch;
    private final ArrearsLedger ledger;

    ArrearsSettingsApi(PayerRegister payers, AnnualPublication publication, ArrearsWatch watch, ArrearsLedger ledger) {
        this.payers = payers;
        this.publication = publication;
        this.watch = watch;
        this.ledger = ledger;
    }

    record NewPayer(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 40) String type, @Size(max = 18) String creditCode,
                    @NotBlank @Pattern(regexp = "\\d{6}") String regionCode, @Positive Long supervisingDepartmentId) {
    }

    record PayerView(long id, String name, PayerType type, String creditCode, String regionCode, long supervisingDepartmentId) {
        static PayerView of(Payer p) {
            return new PayerView(p.id(), p.name(), p.type(), p.creditCode(), p.regionCode(), p.supervisingDepartmentId());
        }
    }

    record Publicity(int year, LocalDate deadline, boolean late, List<AnnualPublication.Line> published, List<AnnualPublication.Line> draft) {
    }

    record PublicationDone(int year, int published, Publicity publicity) {
    }

    record WatchRun(LocalDate checkedOn, int steps) {
    }

    @GetMapping("/api/v1/arrears/payers")
    @PreAuthorize("hasAuthority('arrears:read')")
    @ApiScope("arrears:read")
    @Operation(operationId = "listArrearsPayers", summary = "api.arrears.listArrearsPayers")
    List<PayerView> list() {
        return payers.all().stream().map(PayerView::of).toList();
    }

    @PostMapping("/api/v1/arrears/payers")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('arrears:manage')")
    @ApiScope("arrears:manage")
    @Operation(operationId = "registerArrearsPayer", summary = "api.arrears.registerArrearsPayer")
    PayerView register(@Valid @RequestBody NewPayer body) {
        return PayerView.of(payers.add(new PayerRegister.PayerForm(body.name(), body.type(), body.creditCode(), body.regionCode(),
                body.supervisingDepartmentId())));
    }

    @GetMapping("/api/v1/arrears/publicity/{year}")
    @PreAuthorize("hasAuthority('arrears:manage')")
    @ApiScope("arrears:manage")
    @Operation(operationId = "getArrearsPublicity", summary = "api.arrears.getArrearsPublicity")
    Publicity publicity(@PathVariable @Min(2000) @Max(2100) int year) {
        LocalDate today = ledger.today();
        return new Publicity(year, AnnualPublication.deadlineFor(year), today.isAfter(AnnualPublication.deadlineFor(year)),
                publication.published(year), publication.draft(year, today));
    }

    @PostMapping("/api/v1/arrears/publicity/{year}")
    @PreAuthorize("hasAuthority('arrears:manage')")
    @ApiScope("arrears:manage")
    @Operation(operationId = "publishArrearsPublicity", summary = "api.arrears.publishArrearsPublicity")
    PublicationDone publish(@PathVariable @Min(2000) @Max(2100) int year, @AuthenticationPrincipal SignedInUser user) {
        int n = publication.publish(year, ledger.today(), user.username());
        return new PublicationDone(year, n, publicity(year));
    }

    @PostMapping("/api/v1/arrears/watch-runs")
    @PreAuthorize("hasAuthority('arrears:manage')")
    @ApiScope("arrears:manage")
    @Operation(operationId = "runArrearsWatch", summary = "api.arrears.runArrearsWatch")
    WatchRun runWatch() {
        LocalDate today = ledger.today();
        return new WatchRun(today, watch.check(today));
    }
}
