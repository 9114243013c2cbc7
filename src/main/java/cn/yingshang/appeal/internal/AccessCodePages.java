package cn.yingshang.appeal.internal;

import cn.yingshang.platform.SignedInUser;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The intake staff's page action that gives a caller a new access code. */
@Controller
class AccessCodePages {

    private final ReissuingAccessCode reissuing;
    private final MessageSource messages;

    AccessCodePages(ReissuingAccessCode reissuing, MessageSource messages) {
        this.reissuing = reissuing;
        this.messages = messages;
    }

    @PostMapping("/workbench/appeals/{id}/access-code")
    @PreAuthorize("hasAuthority('appeal:intake')")
    String reissue(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        ReissuingAccessCode.Reissued r = reissuing.reissue(id, user);
        redirect.addFlashAttribute("flash", messages.getMessage("appeal.accessCode.reissued",
                new Object[] {r.publicCode(), r.accessCode()}, LocaleContextHolder.getLocale()));
        return "redirect:/workbench/appeals/" + id;
    }
}
