package cn.yingshang.projects.internal;

import cn.yingshang.platform.Portal;
import cn.yingshang.platform.Role;
import cn.yingshang.platform.SignedInUser;
import java.time.LocalDate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class ProjectFiguresPage {

    private final ProjectFigures figures;
    private final ProjectLedger ledger;

    ProjectFiguresPage(ProjectFigures figures, ProjectLedger ledger) {
        this.figures = figures;
        this.ledger = ledger;
    }

    @GetMapping("/workbench/projects/figures")
    @PreAuthorize("hasAuthority('projects:figures')")
    String figures(@AuthenticationPrincipal SignedInUser user, Model model) {
        LocalDate today = ledger.today();
        model.addAttribute("portal", user.role() == Role.SUPERVISOR ? Portal.COCKPIT : Portal.WORKBENCH);
        model.addAttribute("today", today);
        model.addAttribute("stages", figures.byStage(today));
        model.addAttribute("promises", figures.promises(today));
        model.addAttribute("approvals", figures.approvals(today));
        model.addAttribute("guarantees", figures.guarantees(today));
        return "projects/figures";
    }
}
