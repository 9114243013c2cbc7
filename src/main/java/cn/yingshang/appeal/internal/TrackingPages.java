package cn.yingshang.appeal.internal;

import cn.yingshang.platform.FormErrors;
import cn.yingshang.platform.Portal;
import cn.yingshang.shared.DomainViolation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 信息公开 → 查询诉求 for requesters without an account (see {@link PublicTracking}). A successful
 * lookup is remembered in the visitor's session for that appeal only; rating and reopening then
 * work as for a signed-in requester.
 */
@Controller
class TrackingPages {

    static final String VERIFIED = "appeal.tracking.verified";

    private final PublicTracking tracking;
    private final AppealService appeals;
    private final MessageSource messages;

    TrackingPages(PublicTracking tracking, AppealService appeals, MessageSource messages) {
        this.tracking = tracking;
        this.appeals = appeals;
        this.messages = messages;
    }

    @GetMapping("/public/appeals/track")
    String form(Model model) {
        model.addAttribute("portal", Portal.PUBLIC);
        model.addAttribute("form", Map.of());
        return "appeal/track";
    }

    @PostMapping("/public/appeals/track")
    String lookup(@RequestParam(defaultValue = "") String trackingNumber, @RequestParam(defaultValue = "") String phoneLast4,
                  HttpServletRequest request, HttpServletResponse response, HttpSession session, Model model) {
        PublicTracking.Result r = tracking.lookup(trackingNumber, phoneLast4, request.getRemoteAddr());
        if (r.outcome() == PublicTracking.Outcome.FOUND) {
            // the session now grants access to an appeal: give it a fresh id so a planted one is worthless
            request.changeSessionId();
            // a new set, stored again: the session store (PostgreSQL) saves attributes when they are set
            Set<Long> granted = new HashSet<>(verified(session));
            granted.add(r.appeal().id());
            session.setAttribute(VERIFIED, granted);
            return "redirect:/public/appeals/track/" + r.appeal().trackingNumber();
        }
        model.addAttribute("portal", Portal.PUBLIC);
        model.addAttribute("form", Map.of("trackingNumber", trackingNumber));
        if (r.outcome() == PublicTracking.Outcome.TOO_MANY_ATTEMPTS) {
            response.setStatus(429);
            FormErrors.show(model, Map.of("trackingNumber", message("appeal.track.tooMany")));
        } else {
            FormErrors.show(model, Map.of("trackingNumber", message("appeal.track.notMatched")));
        }
        return "appeal/track";
    }

    @GetMapping("/public/appeals/track/{number}")
    String show(@PathVariable String number, HttpSession session, Model model) {
        AppealRow a = appeals.findByTrackingNumber(number).filter(x -> verified(session).contains(x.id())).orElse(null);
        if (a == null) {
            return "redirect:/public/appeals/track";
        }
        model.addAttribute("portal", Portal.PUBLIC);
        model.addAttribute("v", tracking.view(a));
        AppealPages.ratingChoices(model);
        return "appeal/tracked";
    }

    @PostMapping("/public/appeals/track/{number}/act")
    String act(@PathVariable String number, @RequestParam Map<String, String> p, HttpSession session,
               RedirectAttributes redirect) {
        AppealRow a = appeals.findByTrackingNumber(number).filter(x -> verified(session).contains(x.id())).orElse(null);
        if (a == null) {
            return "redirect:/public/appeals/track";
        }
        try {
            if ("RATE".equals(p.get("action"))) {
                appeals.rateByVerifiedRequester(a.id(), p.get("resolution"), p.get("satisfaction"));
                redirect.addFlashAttribute("flash", message("appeal.track.rated"));
            } else if ("REOPEN".equals(p.get("action"))) {
                appeals.reopenByVerifiedRequester(a.id(), p.get("reason"));
                redirect.addFlashAttribute("flash", message("appeal.track.reopened"));
            }
        } catch (DomainViolation e) {
            redirect.addFlashAttribute("flash", e.getMessage());
        }
        return "redirect:/public/appeals/track/" + a.trackingNumber();
    }

    @SuppressWarnings("unchecked")
    private static Set<Long> verified(HttpSession session) {
        Object v = session.getAttribute(VERIFIED);
        if (v == null) {
            v = java.util.Collections.synchronizedSet(new HashSet<Long>());
            session.setAttribute(VERIFIED, v);
        }
        return (Set<Long>) v;
    }

    private String message(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
