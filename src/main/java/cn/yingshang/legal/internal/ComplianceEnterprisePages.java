package cn.yingshang.legal.internal;

import cn.yingshang.platform.Portal;
import cn.yingshang.platform.SignedInUser;
import java.time.Clock;
import java.time.LocalDate;
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

/** 企业服务: the enterprise signs its compliance commitment and reports each rectification step (002 #27). */
@Controller
@PreAuthorize("hasAuthority('legal:file')")
class ComplianceEnterprisePages {

    private final ReformingCompliance reforming;
    private final PoliticalLegalBodies bodies;
    private final LegalMessages messages;
    private final Clock clock;

    ComplianceEnterprisePages(ReformingCompliance reforming, PoliticalLegalBodies bodies, LegalMessages messages, Clock clock) {
        this.reforming = reforming;
        this.bodies = bodies;
        this.messages = messages;
        this.clock = clock;
    }

    @ModelAttribute
    void portal(Model model) {
        model.addAttribute("portal", Portal.ENTERPRISE);
        model.addAttribute("today", LocalDate.now(clock));
    }

    @GetMapping("/enterprise/legal/compliance/{id}")
    String detail(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        ComplianceCase c = reforming.readable(id, user);
        model.addAttribute("c", c);
        model.addAttribute("basis", messages.basis(ReformingCompliance.BASIS));
        model.addAttribute("procuratorateName", bodies.name(c.procuratorateId()));
        model.addAttribute("opinionDepartmentName", bodies.name(c.opinionDepartmentId()));
        model.addAttribute("enterprise", true);
        return "legal/compliance-case";
    }

    @PostMapping("/enterprise/legal/compliance/{id}/commit")
    String commit(@PathVariable long id, @RequestParam(defaultValue = "") String commitment, @AuthenticationPrincipal SignedInUser user,
                  RedirectAttributes redirect) {
        reforming.commit(id, commitment, user);
        redirect.addFlashAttribute("flash", messages.text("legal.compliance.committed"));
        return "redirect:/enterprise/legal/compliance/" + id;
    }

    @PostMapping("/enterprise/legal/compliance/{id}/steps/{stepId}/report")
    String report(@PathVariable long id, @PathVariable long stepId, @RequestParam(defaultValue = "") String report,
                  @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        reforming.reportStep(id, stepId, report, user);
        redirect.addFlashAttribute("flash", messages.text("legal.compliance.step.reported"));
        return "redirect:/enterprise/legal/compliance/" + id;
    }
}
