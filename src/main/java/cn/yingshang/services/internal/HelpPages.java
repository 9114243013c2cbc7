package cn.yingshang.services.internal;

import cn.yingshang.platform.FormErrors;
import cn.yingshang.platform.ListPage;
import cn.yingshang.platform.PageOf;
import cn.yingshang.platform.Portal;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.shared.DomainViolation;
import java.util.UUID;
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
 * 帮办代办 pages (000 §20): the enterprise asks and follows; the department assigns a helper, keeps
 * notes and resolves. From a request about a case the enterprise can raise it at the 办不成事 window.
 */
@Controller
class HelpPages {

    private final AssistingEnterprise assisting;
    private final HelpRequests requests;
    private final ServiceGuides guides;
    private final RaisingHardCase raising;
    private final CaseAccess cases;
    private final ServiceMessages messages;

    HelpPages(AssistingEnterprise assisting, HelpRequests requests, ServiceGuides guides, RaisingHardCase raising,
              CaseAccess cases, ServiceMessages messages) {
        this.assisting = assisting;
        this.requests = requests;
        this.guides = guides;
        this.raising = raising;
        this.cases = cases;
        this.messages = messages;
    }

    @GetMapping("/enterprise/services/help")
    @PreAuthorize("hasAuthority('services:apply')")
    String enterpriseList(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) HelpRequests.Status status,
                          @RequestParam(defaultValue = "") String q, ListPage page, Model model) {
        model.addAttribute("portal", Portal.ENTERPRISE);
        listed(model, requests.ofEnterprise(user.creditCode(), status, q, page), status, q);
        model.addAttribute("guides", guides.search("", 500));
        model.addAttribute("requestKey", UUID.randomUUID().toString());
        return "services/help-list";
    }

    @PostMapping("/enterprise/services/help")
    @PreAuthorize("hasAuthority('services:apply')")
    String request(@RequestParam(defaultValue = "0") long guideId, @RequestParam(required = false) Long caseId,
                   @RequestParam(defaultValue = "") String description, @RequestParam(defaultValue = "") String contactName,
                   @RequestParam(defaultValue = "") String contactPhone, @RequestParam(defaultValue = "") String requestKey,
                   @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
        try {
            long id = assisting.request(new AssistingEnterprise.Request(guideId, caseId, description, contactName, contactPhone,
                    requestKey), user);
            redirect.addFlashAttribute("flash", messages.text("services.help.requested"));
            return "redirect:/enterprise/services/help/" + id;
        } catch (DomainViolation e) {
            FormErrors.show(model, FormErrors.of(e));
            model.addAttribute("description", description);
            model.addAttribute("contactName", contactName);
            model.addAttribute("contactPhone", contactPhone);
            return enterpriseList(user, null, "", ListPage.first(), model);
        }
    }

    @GetMapping("/enterprise/services/help/{id}")
    @PreAuthorize("hasAuthority('services:apply')")
    String enterpriseDetail(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("portal", Portal.ENTERPRISE);
        return detail(id, user, model);
    }

    @PostMapping("/enterprise/services/help/{id}/hard-case")
    @PreAuthorize("hasAuthority('services:apply')")
    String raise(@PathVariable long id, @RequestParam(defaultValue = "") String problem, @AuthenticationPrincipal SignedInUser user,
                 RedirectAttributes redirect) {
        HelpRequests.HelpRequest r = assisting.readable(id, user);
        try {
            if (r.caseId() == null) {
                throw messages.violation("problem", "services.hardCase.noCase");
            }
            RaisingHardCase.Raised raised = raising.raise(r.caseId(), problem, r.contactName(), r.contactPhone(), user);
            redirect.addFlashAttribute("flash", raised.accessCode() == null
                    ? messages.text("services.hardCase.raisedBefore", raised.publicCode())
                    : messages.text("services.hardCase.raised", raised.publicCode(), raised.accessCode()));
        } catch (DomainViolation e) {
            redirect.addFlashAttribute("errors", FormErrors.of(e));
        }
        return "redirect:/enterprise/services/help/" + id;
    }

    @GetMapping("/workbench/services/help")
    @PreAuthorize("hasAuthority('services:handle')")
    String departmentList(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) HelpRequests.Status status,
                          @RequestParam(defaultValue = "") String q, ListPage page, Model model) {
        model.addAttribute("portal", Portal.WORKBENCH);
        String department = cases.departmentOf(user);
        listed(model, department == null ? new PageOf<>(java.util.List.of(), 0, page) : requests.ofDepartment(department, status, q, page),
                status, q);
        return "services/help-queue";
    }

    private static void listed(Model model, PageOf<HelpRequests.HelpRequest> found, HelpRequests.Status status, String q) {
        model.addAttribute("requests", found);
        model.addAttribute("status", status == null ? "" : status.name());
        model.addAttribute("statuses", HelpRequests.Status.values());
        model.addAttribute("q", q);
    }

    @GetMapping("/workbench/services/help/{id}")
    @PreAuthorize("hasAuthority('services:handle')")
    String departmentDetail(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("portal", Portal.WORKBENCH);
        return detail(id, user, model);
    }

    @PostMapping("/workbench/services/help/{id}/assignment")
    @PreAuthorize("hasAuthority('services:handle')")
    String assign(@PathVariable long id, @RequestParam(defaultValue = "") String helper, @AuthenticationPrincipal SignedInUser user,
                  RedirectAttributes redirect) {
        return act(id, redirect, "services.help.assigned", () -> assisting.assign(id, helper, user));
    }

    @PostMapping("/workbench/services/help/{id}/notes")
    @PreAuthorize("hasAuthority('services:handle')")
    String note(@PathVariable long id, @RequestParam(defaultValue = "") String note, @AuthenticationPrincipal SignedInUser user,
                RedirectAttributes redirect) {
        return act(id, redirect, "services.help.noted", () -> assisting.note(id, note, user));
    }

    @PostMapping("/workbench/services/help/{id}/resolution")
    @PreAuthorize("hasAuthority('services:handle')")
    String resolve(@PathVariable long id, @RequestParam(defaultValue = "") String note, @AuthenticationPrincipal SignedInUser user,
                   RedirectAttributes redirect) {
        return act(id, redirect, "services.help.resolved", () -> assisting.resolve(id, note, user));
    }

    private String act(long id, RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", messages.text(done));
        } catch (DomainViolation e) {
            redirect.addFlashAttribute("errors", FormErrors.of(e));
        }
        return "redirect:/workbench/services/help/" + id;
    }

    private String detail(long id, SignedInUser user, Model model) {
        HelpRequests.HelpRequest r = assisting.readable(id, user);
        model.addAttribute("r", r);
        model.addAttribute("notes", requests.notes(id));
        model.addAttribute("hardCase", r.caseId() == null ? java.util.Optional.empty() : raising.progress(r.caseId(), user));
        return "services/help";
    }
}
