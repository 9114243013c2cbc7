package cn.yingshang.services.internal;

import cn.yingshang.platform.DepartmentFunction;
import cn.yingshang.platform.Departments;
import cn.yingshang.platform.Portal;
import cn.yingshang.platform.SignedInUser;
import java.util.NoSuchElementException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The case attached to a 办不成事 appeal, as the appeal's handlers open it from the appeal: the case's
 * department, the office and the government-services centre that 政务服务 appeals go to.
 */
@Controller
class HardCasePages {

    private final HardCases hardCases;
    private final CaseAccess access;
    private final ServiceGuides guides;
    private final Departments departments;
    private final ServiceMessages messages;

    HardCasePages(HardCases hardCases, CaseAccess access, ServiceGuides guides, Departments departments, ServiceMessages messages) {
        this.hardCases = hardCases;
        this.access = access;
        this.guides = guides;
        this.departments = departments;
        this.messages = messages;
    }

    @GetMapping("/workbench/services/hard-cases/{caseId}")
    String show(@PathVariable long caseId, @AuthenticationPrincipal SignedInUser user, Model model) {
        HardCases.HardCase h = hardCases.find(caseId).orElseThrow(this::notFound);
        ServiceCase c = access.readableByOffice(caseId);
        boolean department = user.can("services:handle") && c.department().equals(access.departmentOf(user));
        boolean appealHandler = user.can("appeal:office") || (user.can("appeal:handle") && user.departmentId() != null
                && departments.require(user.departmentId()).function() == DepartmentFunction.GOVERNMENT_SERVICES);
        if (!department && !appealHandler) {
            throw notFound();
        }
        model.addAttribute("portal", Portal.WORKBENCH);
        model.addAttribute("h", h);
        model.addAttribute("c", c);
        model.addAttribute("guide", guides.guide(c.implementationId()).orElseThrow());
        model.addAttribute("caseStatus", messages.text("services.bundle.caseStatus." + c.status().name()));
        return "services/hard-case";
    }

    private NoSuchElementException notFound() {
        return new NoSuchElementException(messages.text("services.case.notFound"));
    }
}
