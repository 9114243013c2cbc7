package cn.yingshang.legal.internal;

import cn.yingshang.platform.ApiScope;
import cn.yingshang.platform.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
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

/** The annual ten typical cases (002 #45) as API operations: the office's choosing and publishing, and the public read. */
@RestController
@Tag(name = "api.legal.annual.tag", description = "api.legal.annual.tag.description")
class AnnualCasesApi {

    record AnnualChoice(AnnualCaseSource source, Long sourceId, Integer rank, @Size(max = 500) String reason) {
    }

    record AnnualWithdrawal(@NotBlank @Size(max = 500) String reason) {
    }

    record AnnualCaseJson(int rank, AnnualCaseSource source, long sourceId, String title, String summary, String publisher,
                          String reason, String link) {
    }

    record AnnualSelectionJson(int year, AnnualTypicalCases.Status status, LocalDate publishedOn, LocalDate withdrawnOn,
                               String withdrawReason, List<AnnualCaseJson> cases) {
    }

    private final SelectingAnnualCases selecting;
    private final LegalMessages messages;

    AnnualCasesApi(SelectingAnnualCases selecting, LegalMessages messages) {
        this.selecting = selecting;
        this.messages = messages;
    }

    @GetMapping("/api/v1/public/legal/annual-typical-cases")
    @Operation(operationId = "getAnnualTypicalCases", summary = "api.legal.getAnnualTypicalCases")
    AnnualSelectionJson published(@RequestParam(required = false) Integer year) {
        return selecting.publishedYear(year).map(AnnualCasesApi::json)
                .orElseThrow(() -> new NoSuchElementException(messages.text("legal.annual.public.none")));
    }

    @GetMapping("/api/v1/legal/annual-typical-cases/{year}")
    @PreAuthorize("hasAuthority('legal:supervise')")
    @ApiScope("legal:supervise")
    @Operation(operationId = "getAnnualSelection", summary = "api.legal.getAnnualSelection")
    AnnualSelectionJson selection(@PathVariable int year, @AuthenticationPrincipal SignedInUser user) {
        return json(selecting.selection(selecting.year(year), user), year);
    }

    @PostMapping("/api/v1/legal/annual-typical-cases/{year}/entries")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('legal:supervise')")
    @ApiScope("legal:supervise")
    @Operation(operationId = "chooseAnnualTypicalCase", summary = "api.legal.chooseAnnualTypicalCase")
    AnnualSelectionJson choose(@PathVariable int year, @Valid @RequestBody AnnualChoice body, @AuthenticationPrincipal SignedInUser user) {
        int y = selecting.year(year);
        selecting.choose(y, new SelectingAnnualCases.Choice(body.source(), body.sourceId(), body.rank(), body.reason()), user);
        return json(selecting.selection(y, user), y);
    }

    @PostMapping("/api/v1/legal/annual-typical-cases/{year}/entries/{rank}/removal")
    @PreAuthorize("hasAuthority('legal:supervise')")
    @ApiScope("legal:supervise")
    @Operation(operationId = "removeAnnualTypicalCase", summary = "api.legal.removeAnnualTypicalCase")
    AnnualSelectionJson remove(@PathVariable int year, @PathVariable int rank, @AuthenticationPrincipal SignedInUser user) {
        int y = selecting.year(year);
        selecting.remove(y, rank, user);
        return json(selecting.selection(y, user), y);
    }

    @PostMapping("/api/v1/legal/annual-typical-cases/{year}/publication")
    @PreAuthorize("hasAuthority('legal:supervise')")
    @ApiScope("legal:supervise")
    @Operation(operationId = "publishAnnualTypicalCases", summary = "api.legal.publishAnnualTypicalCases")
    AnnualSelectionJson publish(@PathVariable int year, @AuthenticationPrincipal SignedInUser user) {
        int y = selecting.year(year);
        selecting.publish(y, user);
        return json(selecting.selection(y, user), y);
    }

    @PostMapping("/api/v1/legal/annual-typical-cases/{year}/withdrawal")
    @PreAuthorize("hasAuthority('legal:supervise')")
    @ApiScope("legal:supervise")
    @Operation(operationId = "withdrawAnnualTypicalCases", summary = "api.legal.withdrawAnnualTypicalCases")
    AnnualSelectionJson withdraw(@PathVariable int year, @Valid @RequestBody AnnualWithdrawal body, @AuthenticationPrincipal SignedInUser user) {
        int y = selecting.year(year);
        selecting.withdraw(y, body.reason(), user);
        return json(selecting.selection(y, user), y);
    }

    private static AnnualSelectionJson json(SelectingAnnualCases.Year y) {
        return json(y, y.selection().year());
    }

    private static AnnualSelectionJson json(SelectingAnnualCases.Year y, int year) {
        var s = y.selection();
        return new AnnualSelectionJson(year, s == null ? AnnualTypicalCases.Status.DRAFT : s.status(), s == null ? null : s.publishedOn(),
                s == null ? null : s.withdrawnOn(), s == null ? null : s.withdrawReason(),
                y.chosen().stream().map(c -> new AnnualCaseJson(c.rank(), c.source(), c.sourceId(), c.title(), c.summary(), c.publisher(),
                        c.reason(), c.link())).toList());
    }
}
