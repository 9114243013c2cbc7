package cn.yingshang.inspection.internal;

import cn.yingshang.platform.Text;
import cn.yingshang.platform.FormErrors;
import cn.yingshang.platform.Portal;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.shared.DomainViolation;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The enterprise's side of a visit: confirm it happened and who came, or report a visit no task explains. */
@Controller
class EnterpriseVisitPages {

    private final Tasks tasks;
    private final Visits visits;

    EnterpriseVisitPages(Tasks tasks, Visits visits) {
        this.tasks = tasks;
        this.visits = visits;
    }

    @GetMapping("/enterprise/inspections")
    String list(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "") String q,
                cn.yingshang.platform.ListPage page, Model model) {
        model.addAttribute("portal", Portal.ENTERPRISE);
        model.addAttribute("tasks", user.creditCode() == null ? new cn.yingshang.platform.PageOf<Tasks.Task>(List.of(), 0, page)
                : tasks.ofEntity(user.creditCode(), q, page));
        model.addAttribute("q", q);
        return "inspection/enterprise";
    }

    @PostMapping("/enterprise/inspections/{id}/confirm")
    String confirm(@PathVariable long id, @RequestParam(required = false) Set<Long> present,
                   @RequestParam(defaultValue = "") String note, @AuthenticationPrincipal SignedInUser user, Model model,
                   RedirectAttributes redirect) {
        try {
            visits.confirm(id, present == null ? Set.of() : present, note, user);
            redirect.addFlashAttribute("flash", Text.of("inspection.enterpriseVisit.flash.confirmed"));
            return "redirect:/enterprise/inspections";
        } catch (DomainViolation e) {
            FormErrors.show(model, FormErrors.of(e));
            return list(user, "", cn.yingshang.platform.ListPage.first(), model);
        }
    }

    @PostMapping("/enterprise/inspections/report")
    String report(@RequestParam(defaultValue = "") String certificateNo, @RequestParam(defaultValue = "") String note,
                  @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        visits.reportUnregistered(certificateNo, note, user);
        redirect.addFlashAttribute("flash", Text.of("inspection.enterpriseVisit.flash.reported"));
        return "redirect:/enterprise/inspections";
    }
}
