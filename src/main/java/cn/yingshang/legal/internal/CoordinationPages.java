package cn.yingshang.legal.internal;

import cn.yingshang.platform.Departments;
import cn.yingshang.platform.Portal;
import cn.yingshang.platform.SignedInUser;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 政府工作台 of a department: what courts ask of it in bankruptcy cases (府院协调, 002 #32), answered here. */
@Controller
@PreAuthorize("hasAuthority('legal:respond')")
class CoordinationPages {

    /** An item with the case it belongs to. */
    public record Line(CoordinationItem item, BankruptcyCase bankruptcy, String courtName) {
    }

    private final HandlingBankruptcy handling;
    private final BankruptcyCases register;
    private final PoliticalLegalBodies bodies;
    private final Departments departments;
    private final LegalMessages messages;

    CoordinationPages(HandlingBankruptcy handling, BankruptcyCases register, PoliticalLegalBodies bodies, Departments departments,
                      LegalMessages messages) {
        this.handling = handling;
        this.register = register;
        this.bodies = bodies;
        this.departments = departments;
        this.messages = messages;
    }

    @GetMapping("/workbench/legal/coordination")
    String list(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "") String q,
                cn.yingshang.platform.ListPage page, Model model) {
        List<Long> mine = user.departmentId() == null ? List.of() : departments.all().stream()
                .filter(d -> departments.actsFor(user, d.id())).map(d -> d.id().value()).toList();
        model.addAttribute("portal", Portal.WORKBENCH);
        model.addAttribute("q", q);
        model.addAttribute("lines", register.itemsFor(mine, q, page).map(i -> {
            BankruptcyCase c = register.find(i.caseId()).orElseThrow();
            return new Line(i, c, bodies.name(c.courtId()));
        }));
        return "legal/coordination";
    }

    @PostMapping("/workbench/legal/coordination/{id}/respond")
    String respond(@PathVariable long id, @RequestParam(defaultValue = "") String response, @AuthenticationPrincipal SignedInUser user,
                   RedirectAttributes redirect) {
        handling.respond(id, response, user);
        redirect.addFlashAttribute("flash", messages.text("legal.bankruptcy.responded"));
        return "redirect:/workbench/legal/coordination";
    }
}
