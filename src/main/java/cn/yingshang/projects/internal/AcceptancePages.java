package cn.yingshang.projects.internal;

import cn.yingshang.platform.Portal;
import cn.yingshang.platform.SignedInUser;
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

/** Joint acceptance of unit works (004 #22–23) and the acceptance results property registration reads. */
@Controller
class AcceptancePages {

    private final JointAcceptance acceptance;
    private final ProjectMessages messages;

    AcceptancePages(JointAcceptance acceptance, ProjectMessages messages) {
        this.acceptance = acceptance;
        this.messages = messages;
    }

    @ModelAttribute
    void portal(Model model) {
        model.addAttribute("portal", Portal.WORKBENCH);
    }

    @PostMapping("/workbench/projects/{id}/unit-works")
    @PreAuthorize("hasAuthority('projects:manage')")
    String add(@PathVariable long id, @RequestParam(defaultValue = "") String unitWorkName, @AuthenticationPrincipal SignedInUser user,
               RedirectAttributes redirect) {
        return PageActions.act("/workbench/projects/" + id + "#unit-works", redirect, () -> {
            acceptance.addUnitWork(id, unitWorkName, user);
            return messages.text("projects.unitWork.added");
        });
    }

    @PostMapping("/workbench/projects/{id}/unit-works/{unitId}/acceptance")
    @PreAuthorize("hasAuthority('projects:manage')")
    String accept(@PathVariable long id, @PathVariable long unitId, @RequestParam(defaultValue = "") String opinionNumber,
                  @RequestParam(defaultValue = "") String departments, @RequestParam(defaultValue = "") String filingNumber,
                  @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        return PageActions.act("/workbench/projects/" + id + "#unit-works", redirect, () -> {
            acceptance.accept(unitId, opinionNumber, departments, filingNumber, user);
            return messages.text("projects.unitWork.acceptedDone");
        });
    }

    @GetMapping("/workbench/projects/acceptances")
    @PreAuthorize("hasAuthority('projects:read')")
    String acceptances(@RequestParam(defaultValue = "") String code, @AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("records", acceptance.acceptances(code, user));
        model.addAttribute("code", code);
        return "projects/acceptances";
    }

}
