package cn.yingshang.appeal.internal;

import cn.yingshang.platform.AuditLog;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.shared.DomainViolation;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A requester without an account who lost the access code — or whose appeal was received before
 * access codes existed, when none was given — calls 12345; once the office has confirmed who is
 * calling, it issues a new access code here, which replaces the old one and is shown this once to
 * be read out. The audit log records who issued it, never the code.
 */
@Controller
class AccessCodePages {

    private final AppealStore appeals;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final MessageSource messages;

    AccessCodePages(AppealStore appeals, JdbcClient jdbc, AuditLog audit, MessageSource messages) {
        this.appeals = appeals;
        this.jdbc = jdbc;
        this.audit = audit;
        this.messages = messages;
    }

    @PostMapping("/workbench/appeals/{id}/access-code")
    @PreAuthorize("hasAuthority('appeal:intake')")
    @Transactional
    String reissue(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        AppealRow a = appeals.require(id);
        if (a.requesterAccountId() != null) {
            throw new DomainViolation(messages.getMessage("appeal.accessCode.ownAccount", null, LocaleContextHolder.getLocale()));
        }
        String code = jdbc.sql("SELECT public_code FROM appeal WHERE id = :id").param("id", id).query(String.class).single();
        String access = TrackingCodes.newAccessCode();
        jdbc.sql("UPDATE appeal SET access_code_hash = :h WHERE id = :id")
                .param("h", TrackingCodes.hash(code, access)).param("id", id).update();
        audit.record("appeal.access-code.reissue", "appeal", a.trackingNumber(), null, Map.of("by", user.username()));
        redirect.addFlashAttribute("flash", messages.getMessage("appeal.accessCode.reissued",
                new Object[] {TrackingCodes.displayPublic(code), TrackingCodes.displayAccess(access)}, LocaleContextHolder.getLocale()));
        return "redirect:/workbench/appeals/" + id;
    }
}
