package cn.yingshang.legal.internal;

import cn.yingshang.platform.ApiScope;
import cn.yingshang.platform.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The bankruptcy court's page actions as API operations (000 §30, 002 #32, 004 #41–43): accepting a
 * case on its capped duration, deciding declared claims, appointing the administrator, opening and
 * counting creditors' meetings, raising 府院协调 items and concluding; and a department's answer to
 * an item raised with it. The use cases check the court is the case's and the department the item's.
 */
@RestController
@Tag(name = "api.legal.bankruptcyCourt.tag", description = "api.legal.bankruptcyCourt.tag.description")
class BankruptcyCourtApi {

    private final HandlingBankruptcy handling;
    private final BankruptcyCases register;
    private final LegalMessages messages;

    BankruptcyCourtApi(HandlingBankruptcy handling, BankruptcyCases register, LegalMessages messages) {
        this.handling = handling;
        this.register = register;
        this.messages = messages;
    }

    record NewBankruptcyCase(@NotBlank @Size(max = 100) String caseNumber, @NotBlank @Size(max = 18) String creditCode,
                             @NotBlank @Size(max = 20) String procedure, Boolean simplified, @NotNull LocalDate acceptedOn,
                             @NotNull LocalDate claimsBy) {
    }

    record ClaimDecision(Boolean reject, @DecimalMin("0.00") BigDecimal confirmedAmount) {
    }

    record Appointment(@NotBlank @Size(max = 200) String administrator, @NotBlank @Size(max = 2000) String reason) {
    }

    record NewMeeting(@NotBlank @Size(max = 2000) String motion, @NotBlank @Size(max = 40) String kind, @NotNull LocalDate closesOn) {
    }

    record NewCoordinationItem(@NotNull @Positive Long departmentId, @NotBlank @Size(max = 200) String subject,
                               @NotBlank @Size(max = 4000) String request) {
    }

    record Conclusion(@NotBlank @Size(max = 2000) String outcome) {
    }

    record CoordinationResponse(@NotBlank @Size(max = 4000) String response) {
    }

    record BankruptcyCaseJson(BankruptcyCase bankruptcyCase, List<BankruptcyClaim> claims, List<CreditorMeeting> meetings,
                              List<CoordinationItem> coordination) {
    }

    record MeetingCount(long meetingId, boolean passed, BankruptcyCaseJson bankruptcy) {
    }

    @PostMapping("/api/v1/legal/bankruptcy")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('legal:handle')")
    @ApiScope("legal:handle")
    @Operation(operationId = "acceptBankruptcyCase", summary = "api.legal.acceptBankruptcyCase")
    BankruptcyCaseJson accept(@Valid @RequestBody NewBankruptcyCase body, @AuthenticationPrincipal SignedInUser user) {
        long id = handling.accept(new HandlingBankruptcy.NewBankruptcyCase(body.caseNumber(), body.creditCode(), body.procedure(),
                Boolean.TRUE.equals(body.simplified()), body.acceptedOn(), body.claimsBy()), user);
        return json(id, user);
    }

    @GetMapping("/api/v1/legal/bankruptcy/{id}")
    @PreAuthorize("hasAuthority('legal:handle')")
    @ApiScope("legal:handle")
    @Operation(operationId = "getBankruptcyCase", summary = "api.legal.getBankruptcyCase")
    BankruptcyCaseJson get(@PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
        return json(id, user);
    }

    @PostMapping("/api/v1/legal/bankruptcy/{id}/claims/{claimId}/decision")
    @PreAuthorize("hasAuthority('legal:handle')")
    @ApiScope("legal:handle")
    @Operation(operationId = "decideBankruptcyClaim", summary = "api.legal.decideBankruptcyClaim")
    BankruptcyCaseJson decide(@PathVariable long id, @PathVariable long claimId, @Valid @RequestBody ClaimDecision body,
                              @AuthenticationPrincipal SignedInUser user) {
        handling.decideClaim(id, claimId, Boolean.TRUE.equals(body.reject()), body.confirmedAmount(), user);
        return json(id, user);
    }

    @PostMapping("/api/v1/legal/bankruptcy/{id}/administrator")
    @PreAuthorize("hasAuthority('legal:handle')")
    @ApiScope("legal:handle")
    @Operation(operationId = "appointBankruptcyAdministrator", summary = "api.legal.appointBankruptcyAdministrator")
    BankruptcyCaseJson appoint(@PathVariable long id, @Valid @RequestBody Appointment body, @AuthenticationPrincipal SignedInUser user) {
        handling.appoint(id, body.administrator(), body.reason(), user);
        return json(id, user);
    }

    @PostMapping("/api/v1/legal/bankruptcy/{id}/meetings")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('legal:handle')")
    @ApiScope("legal:handle")
    @Operation(operationId = "openCreditorMeeting", summary = "api.legal.openCreditorMeeting")
    BankruptcyCaseJson openMeeting(@PathVariable long id, @Valid @RequestBody NewMeeting body, @AuthenticationPrincipal SignedInUser user) {
        handling.openMeeting(id, body.motion(), body.kind(), body.closesOn(), user);
        return json(id, user);
    }

    @PostMapping("/api/v1/legal/bankruptcy/{id}/meetings/{meetingId}/count")
    @PreAuthorize("hasAuthority('legal:handle')")
    @ApiScope("legal:handle")
    @Operation(operationId = "countCreditorMeeting", summary = "api.legal.countCreditorMeeting")
    MeetingCount count(@PathVariable long id, @PathVariable long meetingId, @AuthenticationPrincipal SignedInUser user) {
        boolean passed = handling.count(id, meetingId, user).passed();
        return new MeetingCount(meetingId, passed, json(id, user));
    }

    @PostMapping("/api/v1/legal/bankruptcy/{id}/coordination")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('legal:handle')")
    @ApiScope("legal:handle")
    @Operation(operationId = "raiseBankruptcyCoordination", summary = "api.legal.raiseBankruptcyCoordination")
    BankruptcyCaseJson raise(@PathVariable long id, @Valid @RequestBody NewCoordinationItem body, @AuthenticationPrincipal SignedInUser user) {
        handling.raise(id, body.departmentId(), body.subject(), body.request(), user);
        return json(id, user);
    }

    @PostMapping("/api/v1/legal/bankruptcy/{id}/conclusion")
    @PreAuthorize("hasAuthority('legal:handle')")
    @ApiScope("legal:handle")
    @Operation(operationId = "concludeBankruptcyCase", summary = "api.legal.concludeBankruptcyCase")
    BankruptcyCaseJson conclude(@PathVariable long id, @Valid @RequestBody Conclusion body, @AuthenticationPrincipal SignedInUser user) {
        handling.conclude(id, body.outcome(), user);
        return json(id, user);
    }

    @PostMapping("/api/v1/legal/coordination/{itemId}/response")
    @PreAuthorize("hasAuthority('legal:respond')")
    @ApiScope("legal:respond")
    @Operation(operationId = "answerBankruptcyCoordination", summary = "api.legal.answerBankruptcyCoordination")
    CoordinationItem respond(@PathVariable long itemId, @Valid @RequestBody CoordinationResponse body,
                             @AuthenticationPrincipal SignedInUser user) {
        handling.respond(itemId, body.response(), user);
        return register.item(itemId).orElseThrow(() -> new NoSuchElementException(messages.text("legal.bankruptcy.notFound")));
    }

    private BankruptcyCaseJson json(long id, SignedInUser user) {
        BankruptcyCase c = handling.ownCase(id, user);
        return new BankruptcyCaseJson(c, register.claims(id), register.meetings(id), register.items(id));
    }
}
