package cn.yingshang.legal.internal;

import cn.yingshang.platform.Portal;
import cn.yingshang.platform.SignedInUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Appraisal online (002 #14): the party's application, the court's commission and report, and the public check by code. */
@Controller
class AppraisalPages {

    private final AppraisingOnline appraising;
    private final AppraisalViews views;
    private final LegalMessages messages;

    AppraisalPages(AppraisingOnline appraising, AppraisalViews views, LegalMessages messages) {
        this.appraising = appraising;
        this.views = views;
        this.messages = messages;
    }

    @PostMapping("/enterprise/legal/{caseId}/appraisals")
    @PreAuthorize("hasAuthority('legal:file')")
    String request(@PathVariable long caseId, @RequestParam(defaultValue = "") String subject, @RequestParam(defaultValue = "") String reason,
                   @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        appraising.request(caseId, subject, reason, user);
        redirect.addFlashAttribute("flash", messages.text("legal.appraisal.requested"));
        return "redirect:/enterprise/legal/" + caseId;
    }

    @PostMapping("/workbench/legal/cases/{caseId}/appraisals/{id}/commission")
    @PreAuthorize("hasAuthority('legal:handle')")
    String commission(@PathVariable long caseId, @PathVariable long id, @RequestParam(defaultValue = "") String institution,
                      @RequestParam(defaultValue = "") String institutionLicence, @RequestParam(defaultValue = "") String materials,
                      @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        appraising.commission(caseId, id, institution, institutionLicence, materials, user);
        redirect.addFlashAttribute("flash", messages.text("legal.appraisal.commissioned"));
        return "redirect:/workbench/legal/cases/" + caseId;
    }

    @PostMapping("/workbench/legal/cases/{caseId}/appraisals/{id}/issue")
    @PreAuthorize("hasAuthority('legal:handle')")
    String issue(@PathVariable long caseId, @PathVariable long id, @RequestParam(defaultValue = "") String reportNumber,
                 @RequestParam(defaultValue = "") String conclusion, @AuthenticationPrincipal SignedInUser user,
                 RedirectAttributes redirect) {
        appraising.issue(caseId, id, reportNumber, conclusion, user);
        redirect.addFlashAttribute("flash", messages.text("legal.appraisal.issued"));
        return "redirect:/workbench/legal/cases/" + caseId;
    }

    @GetMapping("/public/appraisals")
    String check(@RequestParam(defaultValue = "") String code, Model model) {
        model.addAttribute("portal", Portal.PUBLIC);
        model.addAttribute("code", code);
        model.addAttribute("basis", views.basis());
        if (!code.isBlank()) {
            model.addAttribute("check", views.check(code));
        }
        return "legal/appraisal-check";
    }

    @GetMapping("/api/v1/public/appraisals/{code}")
    @ResponseBody
    AppraisalViews.Check api(@PathVariable String code) {
        return views.check(code);
    }
}
