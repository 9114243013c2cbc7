package cn.yingshang.legal.internal;

import cn.yingshang.platform.FormErrors;
import cn.yingshang.platform.ListPage;
import cn.yingshang.platform.Portal;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.shared.DomainViolation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The office chooses the year's ten typical cases on the cockpit; 信息公开 shows them once published (002 #45). */
@Controller
class AnnualCasePages {

    private final SelectingAnnualCases selecting;
    private final LegalMessages messages;

    AnnualCasePages(SelectingAnnualCases selecting, LegalMessages messages) {
        this.selecting = selecting;
        this.messages = messages;
    }

    @GetMapping("/cockpit/legal/annual-cases")
    @PreAuthorize("hasAuthority('legal:supervise')")
    String office(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) Integer year,
                  @RequestParam(defaultValue = "LEGAL") AnnualCaseSource source, @RequestParam(defaultValue = "") String q,
                  ListPage page, Model model) {
        int y = selecting.year(year);
        var found = selecting.candidates(y, source, q, page, user);
        model.addAttribute("portal", Portal.COCKPIT);
        model.addAttribute("year", y);
        model.addAttribute("source", source);
        model.addAttribute("sources", AnnualCaseSource.values());
        model.addAttribute("q", q);
        model.addAttribute("candidatePage", found);
        model.addAttribute("candidates", found.rows());
        model.addAttribute("chosen", selecting.selection(y, user));
        model.addAttribute("mayChoose", SelectingAnnualCases.mayChoose(user));
        model.addAttribute("ten", SelectingAnnualCases.TEN);
        model.addAttribute("basis", messages.basis("002 #45"));  // the annual typical cases are a commitment of 002 #45
        return "legal/annual-office";
    }

    @PostMapping("/cockpit/legal/annual-cases/{year}/entries")
    @PreAuthorize("hasAuthority('legal:supervise')")
    String choose(@PathVariable int year, @RequestParam(required = false) AnnualCaseSource source,
                  @RequestParam(required = false) Long sourceId, @RequestParam(required = false) Integer rank,
                  @RequestParam(defaultValue = "") String reason, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        return act(year, source, redirect, () -> {
            selecting.choose(selecting.year(year), new SelectingAnnualCases.Choice(source, sourceId, rank, reason), user);
            return messages.text("legal.annual.chosen", rank);
        });
    }

    @PostMapping("/cockpit/legal/annual-cases/{year}/entries/{rank}/removal")
    @PreAuthorize("hasAuthority('legal:supervise')")
    String remove(@PathVariable int year, @PathVariable int rank, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        return act(year, null, redirect, () -> {
            selecting.remove(selecting.year(year), rank, user);
            return messages.text("legal.annual.removed", rank);
        });
    }

    @PostMapping("/cockpit/legal/annual-cases/{year}/publication")
    @PreAuthorize("hasAuthority('legal:supervise')")
    String publish(@PathVariable int year, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        return act(year, null, redirect, () -> {
            selecting.publish(selecting.year(year), user);
            return messages.text("legal.annual.published", year);
        });
    }

    @PostMapping("/cockpit/legal/annual-cases/{year}/withdrawal")
    @PreAuthorize("hasAuthority('legal:supervise')")
    String withdraw(@PathVariable int year, @RequestParam(defaultValue = "") String reason, @AuthenticationPrincipal SignedInUser user,
                    RedirectAttributes redirect) {
        return act(year, null, redirect, () -> {
            selecting.withdraw(selecting.year(year), reason, user);
            return messages.text("legal.annual.withdrawn", year);
        });
    }

    private String act(int year, AnnualCaseSource source, RedirectAttributes redirect, java.util.function.Supplier<String> action) {
        try {
            redirect.addFlashAttribute("flash", action.get());
        } catch (DomainViolation e) {
            redirect.addFlashAttribute("errors", FormErrors.of(e));
        }
        return "redirect:/cockpit/legal/annual-cases?year=" + year + (source == null ? "" : "&source=" + source.name());
    }

    @GetMapping("/public/legal/annual-cases")
    String published(@RequestParam(required = false) Integer year, Model model) {
        model.addAttribute("portal", Portal.PUBLIC);
        model.addAttribute("published", selecting.publishedYear(year).orElse(null));
        model.addAttribute("year", year);
        model.addAttribute("basis", messages.basis("002 #45"));  // the annual typical cases are a commitment of 002 #45
        return "legal/annual-public";
    }
}
