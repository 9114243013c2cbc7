package cn.yingshang.projects.internal;

import cn.yingshang.platform.FormErrors;
import cn.yingshang.platform.Portal;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.shared.DomainViolation;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
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

/** Parks and their regional assessments (001 §24), and placing a project in a park. */
@Controller
class ParkPages {

    private final Parks parks;
    private final RegionalAssessments assessments;
    private final ProjectMessages messages;

    ParkPages(Parks parks, RegionalAssessments assessments, ProjectMessages messages) {
        this.parks = parks;
        this.assessments = assessments;
        this.messages = messages;
    }

    @ModelAttribute
    void portal(Model model) {
        model.addAttribute("portal", Portal.WORKBENCH);
    }

    @GetMapping("/workbench/projects/parks")
    @PreAuthorize("hasAuthority('projects:read')")
    String list(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("parks", parks.all());
        model.addAttribute("mayCreate", user.can("projects:manage") && user.departmentId() != null);
        return "projects/parks";
    }

    @PostMapping("/workbench/projects/parks")
    @PreAuthorize("hasAuthority('projects:manage')")
    String create(@RequestParam(defaultValue = "") String parkName, @AuthenticationPrincipal SignedInUser user,
                  RedirectAttributes redirect) {
        try {
            long id = assessments.createPark(parkName, user);
            redirect.addFlashAttribute("flash", messages.text("projects.park.created"));
            return "redirect:/workbench/projects/parks/" + id;
        } catch (DomainViolation e) {
            redirect.addFlashAttribute("errors", FormErrors.of(e));
            return "redirect:/workbench/projects/parks";
        }
    }

    @GetMapping("/workbench/projects/parks/{id}")
    @PreAuthorize("hasAuthority('projects:read')")
    String detail(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        Parks.Park park = parks.find(id).orElseThrow(() -> new AccessDeniedException(messages.text("projects.denied")));
        model.addAttribute("park", park);
        model.addAttribute("kinds", AssessmentKind.values());
        model.addAttribute("held", parks.assessments(id));
        model.addAttribute("negative", parks.negativeList(id));
        model.addAttribute("mayManage", assessments.mayManage(user, park));
        return "projects/park";
    }

    @PostMapping("/workbench/projects/parks/{id}/assessments")
    @PreAuthorize("hasAuthority('projects:manage')")
    String record(@PathVariable long id, @RequestParam(required = false) AssessmentKind kind,
                  @RequestParam(defaultValue = "") String document,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate doneOn,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validUntil,
                  @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        return PageActions.act("/workbench/projects/parks/" + id, redirect, () -> {
            assessments.record(id, kind, document, doneOn, validUntil, user);
            return messages.text("projects.assessment.recorded");
        });
    }

    @PostMapping("/workbench/projects/parks/{id}/negative-list")
    @PreAuthorize("hasAuthority('projects:manage')")
    String negative(@PathVariable long id, @RequestParam(required = false) AssessmentKind negativeKind,
                    @RequestParam(defaultValue = "") String scope, @AuthenticationPrincipal SignedInUser user,
                    RedirectAttributes redirect) {
        return PageActions.act("/workbench/projects/parks/" + id, redirect, () -> {
            assessments.putOnNegativeList(id, negativeKind, scope, user);
            return messages.text("projects.assessment.negativeRecorded");
        });
    }

    @PostMapping("/workbench/projects/{id}/park")
    @PreAuthorize("hasAuthority('projects:manage')")
    String place(@PathVariable long id, @RequestParam(defaultValue = "0") long parkId, @AuthenticationPrincipal SignedInUser user,
                 RedirectAttributes redirect) {
        return PageActions.act("/workbench/projects/" + id + "#assessments", redirect, () -> {
            assessments.place(id, parkId, user);
            return messages.text("projects.park.placed");
        });
    }

}
