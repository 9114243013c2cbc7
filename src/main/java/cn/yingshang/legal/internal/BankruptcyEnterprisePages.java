package cn.yingshang.legal.internal;

import cn.yingshang.platform.Portal;
import cn.yingshang.platform.SignedInUser;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public announcement of open bankruptcy cases, and 企业服务 for creditors: declare a claim online,
 * recommend an administrator, vote in online creditors' meetings (000 §30, 004 #42).
 */
@Controller
class BankruptcyEnterprisePages {

    private final HandlingBankruptcy handling;
    private final BankruptcyCases register;
    private final PoliticalLegalBodies bodies;
    private final LegalMessages messages;
    private final Clock clock;

    BankruptcyEnterprisePages(HandlingBankruptcy handling, BankruptcyCases register, PoliticalLegalBodies bodies, LegalMessages messages,
                              Clock clock) {
        this.handling = handling;
        this.register = register;
        this.bodies = bodies;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/public/bankruptcy")
    String announcements(@org.springframework.web.bind.annotation.RequestParam(defaultValue = "") String q,
                         cn.yingshang.platform.ListPage page, Model model) {
        model.addAttribute("portal", Portal.PUBLIC);
        var found = register.open(q, page);
        model.addAttribute("casePage", found);
        model.addAttribute("q", q);
        model.addAttribute("cases", found.rows().stream().map(c -> Map.entry(c, bodies.name(c.courtId()))).toList());
        return "legal/bankruptcy-public";
    }

    @GetMapping("/enterprise/legal/bankruptcy/{id}")
    @PreAuthorize("hasAuthority('legal:file')")
    String detail(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        BankruptcyCase c = register.find(id).orElseThrow(() -> new java.util.NoSuchElementException(messages.text("legal.bankruptcy.notFound")));
        var claim = register.claimOf(id, user.creditCode());
        model.addAttribute("portal", Portal.ENTERPRISE);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("c", c);
        model.addAttribute("courtName", bodies.name(c.courtId()));
        model.addAttribute("claim", claim.orElse(null));
        model.addAttribute("meetings", register.meetings(id).stream()
                .map(m -> new MeetingLine(m, claim.flatMap(x -> register.ballotOf(m.id(), x.id())).orElse(null))).toList());
        model.addAttribute("court", false);
        model.addAttribute("basis", messages.basis("002 #32"));
        model.addAttribute("simplifiedBasis", messages.basis("SPCBANKRUPTCY 15"));
        return "legal/bankruptcy-case";
    }

    /** A meeting with the creditor's own ballot, if cast. */
    public record MeetingLine(CreditorMeeting meeting, String ballot) {
    }

    @PostMapping("/enterprise/legal/bankruptcy/{id}/claims")
    @PreAuthorize("hasAuthority('legal:file')")
    String declare(@PathVariable long id, @RequestParam(required = false) BigDecimal amount, @RequestParam(defaultValue = "false") boolean secured,
                   @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        handling.declare(id, amount, secured, user);
        return done(id, "legal.bankruptcy.declared", redirect);
    }

    @PostMapping("/enterprise/legal/bankruptcy/{id}/recommendation")
    @PreAuthorize("hasAuthority('legal:file')")
    String recommend(@PathVariable long id, @RequestParam(defaultValue = "") String administrator, @AuthenticationPrincipal SignedInUser user,
                     RedirectAttributes redirect) {
        handling.recommend(id, administrator, user);
        return done(id, "legal.bankruptcy.recommended", redirect);
    }

    @PostMapping("/enterprise/legal/bankruptcy/{id}/meetings/{meetingId}/vote")
    @PreAuthorize("hasAuthority('legal:file')")
    String vote(@PathVariable long id, @PathVariable long meetingId, @RequestParam(required = false) CreditorVoteCount.Choice choice,
                @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        handling.vote(id, meetingId, choice, user);
        return done(id, "legal.bankruptcy.voted", redirect);
    }

    private String done(long id, String key, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flash", messages.text(key));
        return "redirect:/enterprise/legal/bankruptcy/" + id;
    }
}
