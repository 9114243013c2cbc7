package cn.yingshang.services.internal;

import cn.yingshang.platform.FormErrors;
import cn.yingshang.platform.Portal;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.shared.DomainViolation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** AB岗 page of a department: each handler's backup, and marking a handler absent or back. */
@Controller
@PreAuthorize("hasAuthority('services:handle')")
class HandlerCoverPages {

    private final HandlerCover cover;
    private final ServiceMessages messages;

    HandlerCoverPages(HandlerCover cover, ServiceMessages messages) {
        this.cover = cover;
        this.messages = messages;
    }

    @GetMapping("/workbench/services/cover")
    String page(@AuthenticationPrincipal SignedInUser user, Model model) {
        long dept = user.departmentId().value();
        model.addAttribute("portal", Portal.WORKBENCH);
        model.addAttribute("covers", cover.ofDepartment(dept));
        model.addAttribute("handlers", cover.handlers(dept));
        return "services/cover";
    }

    @PostMapping("/workbench/services/cover")
    String setBackup(@RequestParam String username, @RequestParam String backup, @AuthenticationPrincipal SignedInUser user,
                     RedirectAttributes redirect) {
        return act(redirect, () -> {
            cover.setBackup(username, backup, user);
            return messages.text("services.flash.backupSet", username, backup);
        });
    }

    @PostMapping("/workbench/services/cover/absent")
    String absent(@RequestParam String username, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        return act(redirect, () -> messages.text("services.flash.absent", username, cover.markAbsent(username, user)));
    }

    @PostMapping("/workbench/services/cover/back")
    String back(@RequestParam String username, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        return act(redirect, () -> messages.text("services.flash.back", username, cover.markBack(username, user)));
    }

    private String act(RedirectAttributes redirect, java.util.function.Supplier<String> action) {
        try {
            redirect.addFlashAttribute("flash", action.get());
        } catch (DomainViolation e) {
            redirect.addFlashAttribute("errors", FormErrors.of(e));
        }
        return "redirect:/workbench/services/cover";
    }
}
