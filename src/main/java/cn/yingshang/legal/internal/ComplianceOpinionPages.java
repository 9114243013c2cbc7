package cn.yingshang.legal.internal;

import cn.yingshang.platform.Departments;
import cn.yingshang.platform.Portal;
import cn.yingshang.platform.SignedInUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 政府工作台 of a competent department: procuratorial opinions on enterprises that were not prosecuted
 * but still answer administratively (002 #27), with the rectification record, and the department's answer.
 */
@Controller
@PreAuthorize("hasAuthority('legal:respond')")
class ComplianceOpinionPages {

    private final ReformingCompliance reforming;
    private final ComplianceCases ledger;
    private final PoliticalLegalBodies bodies;
    private final Departments departments;
    private final LegalMessages messages;
    private final Clock clock;

    ComplianceOpinionPages(ReformingCompliance reforming, ComplianceCases ledger, PoliticalLegalBodies bodies, Departments departments,
                           LegalMessages messages, Clock clock) {
        this.reforming = reforming;
        this.ledger = ledger;
        this.bodies = bodies;
        this.departments = departments;
        this.messages = messages;
        this.clock = clock;
    }

    @ModelAttribute
    void portal(Model model) {
        model.addAttribute("portal", Portal.WORKBENCH);
        model.addAttribute("today", LocalDate.now(clock));
    }

    @GetMapping("/workbench/legal/compliance-opinions")
    String list(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "") String q,
                cn.yingshang.platform.ListPage page, Model model) {
        List<Long> mine = user.departmentId() == null ? List.of() : departments.all().stream()
                .filter(d -> departments.actsFor(user, d.id())).map(d -> d.id().value()).toList();
        model.addAttribute("cases", ledger.withOpinionTo(mine, q, page));
        model.addAttribute("q", q);
        return "legal/compliance-opinions";
    }

    @GetMapping("/workbench/legal/compliance-opinions/{id}")
    String detail(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        ComplianceCase c = reforming.readable(id, user);
        model.addAttribute("c", c);
        model.addAttribute("basis", messages.basis(ReformingCompliance.BASIS));
        model.addAttribute("procuratorateName", bodies.name(c.procuratorateId()));
        model.addAttribute("opinionDepartmentName", bodies.name(c.opinionDepartmentId()));
        model.addAttribute("addressee", c.opinionDepartmentId() != null
                && departments.actsFor(user, cn.yingshang.platform.DepartmentId.of(c.opinionDepartmentId())));
        return "legal/compliance-case";
    }

    @PostMapping("/workbench/legal/compliance-opinions/{id}/respond")
    String respond(@PathVariable long id, @RequestParam(defaultValue = "") String response, @AuthenticationPrincipal SignedInUser user,
                   RedirectAttributes redirect) {
        reforming.respond(id, response, user);
        redirect.addFlashAttribute("flash", messages.text("legal.compliance.responded"));
        return "redirect:/workbench/legal/compliance-opinions/" + id;
    }
}
