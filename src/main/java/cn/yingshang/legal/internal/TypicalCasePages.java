package cn.yingshang.legal.internal;

import cn.yingshang.platform.Department;
import cn.yingshang.platform.FormErrors;
import cn.yingshang.platform.ListPage;
import cn.yingshang.platform.Portal;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.shared.DomainViolation;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Typical cases (002 #45): published and withdrawn by courts and procuratorates, read by anyone on 信息公开. */
@Controller
class TypicalCasePages {

    private final PublishingTypicalCases publishing;
    private final TypicalCases cases;
    private final PoliticalLegalBodies bodies;
    private final LegalMessages messages;
    private final Clock clock;

    TypicalCasePages(PublishingTypicalCases publishing, TypicalCases cases, PoliticalLegalBodies bodies, LegalMessages messages,
                     Clock clock) {
        this.publishing = publishing;
        this.cases = cases;
        this.bodies = bodies;
        this.messages = messages;
        this.clock = clock;
    }

    public record Line(TypicalCase c, String bodyName) {
    }

    @GetMapping("/public/legal/typical-cases")
    String published(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) Integer year, ListPage page, Model model) {
        model.addAttribute("portal", Portal.PUBLIC);
        var found = cases.published(q, year, page);
        model.addAttribute("lines", found.rows().stream().map(c -> new Line(c, bodies.name(c.bodyId()))).toList());
        model.addAttribute("listPage", found);
        model.addAttribute("q", q);
        model.addAttribute("year", year);
        return "legal/typical-public";
    }

    @GetMapping("/public/legal/typical-cases/{id}")
    String publishedOne(@PathVariable long id, Model model) {
        model.addAttribute("portal", Portal.PUBLIC);
        TypicalCase c = publishing.published(id);
        model.addAttribute("line", new Line(c, bodies.name(c.bodyId())));
        return "legal/typical-case";
    }

    @GetMapping("/workbench/legal/typical-cases")
    @PreAuthorize("hasAuthority('legal:handle')")
    String own(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "") String q, ListPage page, Model model) {
        model.addAttribute("form", new PublishingTypicalCases.NewTypicalCase(LocalDate.now(clock).getYear(), "", "", "", ""));
        return ownPage(user, q, page, model);
    }

    private String ownPage(SignedInUser user, String q, ListPage page, Model model) {
        Department body = publishing.publisher(user);
        model.addAttribute("portal", Portal.WORKBENCH);
        model.addAttribute("body", body);
        var found = cases.ofBody(body.id().value(), q, page);
        model.addAttribute("cases", found.rows());
        model.addAttribute("listPage", found);
        model.addAttribute("q", q);
        return "legal/typical-cases";
    }

    @PostMapping("/workbench/legal/typical-cases")
    @PreAuthorize("hasAuthority('legal:handle')")
    String publish(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("form") PublishingTypicalCases.NewTypicalCase form,
                   BindingResult binding, Model model, RedirectAttributes redirect) {
        try {
            if (binding.hasErrors()) {
                FormErrors.show(model, FormErrors.of(binding));
            } else {
                publishing.publish(form, user);
                redirect.addFlashAttribute("flash", messages.text("legal.typical.published"));
                return "redirect:/workbench/legal/typical-cases";
            }
        } catch (DomainViolation e) {
            FormErrors.show(model, FormErrors.of(e));
        }
        if (form == null) {
            model.addAttribute("form", new PublishingTypicalCases.NewTypicalCase(LocalDate.now(clock).getYear(), "", "", "", ""));
        }
        return ownPage(user, "", ListPage.first(), model);
    }

    @PostMapping("/workbench/legal/typical-cases/{id}/withdraw")
    @PreAuthorize("hasAuthority('legal:handle')")
    String withdraw(@PathVariable long id, @RequestParam(required = false) String reason, @AuthenticationPrincipal SignedInUser user,
                    RedirectAttributes redirect) {
        try {
            publishing.withdraw(id, reason, user);
            redirect.addFlashAttribute("flash", messages.text("legal.typical.withdrawn"));
        } catch (DomainViolation e) {
            redirect.addFlashAttribute("flash", e.getMessage());
        }
        return "redirect:/workbench/legal/typical-cases";
    }
}
