package cn.yingshang.appeal.internal;

import cn.yingshang.platform.FormErrors;
import cn.yingshang.platform.Portal;
import cn.yingshang.shared.DomainViolation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 信息公开 → 查询诉求 for requesters without an account (see {@link PublicTracking}). Nothing is kept
 * on the server between requests: the appeal is shown in answer to the lookup, and rating or
 * reopening it sends the public code and access code again with the form, so only the holder of the
 * access code can act — on any node, without a session.
 */
@Controller
class TrackingPages {

    private final PublicTracking tracking;
    private final AppealStore appeals;
    private final RatingAppeal rating;
    private final ReopeningAppeal reopening;
    private final MessageSource messages;

    TrackingPages(PublicTracking tracking, AppealStore appeals, RatingAppeal rating, ReopeningAppeal reopening,
                  MessageSource messages) {
        this.rating = rating;
        this.reopening = reopening;
        this.tracking = tracking;
        this.appeals = appeals;
        this.messages = messages;
    }

    @GetMapping("/public/appeals/track")
    String form(@RequestParam(defaultValue = "") String code, Model model) {
        model.addAttribute("portal", Portal.PUBLIC);
        model.addAttribute("form", Map.of("code", code.length() > 40 ? "" : code));
        return "appeal/track";
    }

    @PostMapping("/public/appeals/track")
    String lookup(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String accessCode,
                  HttpServletRequest request, HttpServletResponse response, Model model) {
        PublicTracking.Result r = tracking.lookup(code, accessCode, request.getRemoteAddr());
        if (r.outcome() == PublicTracking.Outcome.FOUND) {
            return tracked(r, model);
        }
        return refused(r, code, response, model);
    }

    static final String ACT = "/public/appeals/track/act";

    /** The rating form of 信息公开: the proof (public code, access code) and the two answers. */
    record TrackedRating(String code, String accessCode, String resolution, String satisfaction) {
    }

    /** The reopening form of 信息公开: the proof and the reason. */
    record TrackedReopening(String code, String accessCode, String reason) {
    }

    /** Rating and reopening prove the access code again; a page once shown grants nothing by itself. */
    @PostMapping(path = ACT, params = "action=RATE")
    String rate(TrackedRating form, HttpServletRequest request, HttpServletResponse response, Model model) {
        return act(form.code(), form.accessCode(), request, response, model, "appeal.track.rated",
                id -> rating.rateByVerifiedRequester(id, form.resolution(), form.satisfaction()));
    }

    @PostMapping(path = ACT, params = "action=REOPEN")
    String reopen(TrackedReopening form, HttpServletRequest request, HttpServletResponse response, Model model) {
        return act(form.code(), form.accessCode(), request, response, model, "appeal.track.reopened",
                id -> reopening.reopenByVerifiedRequester(id, form.reason()));
    }

    /** Any other post only shows the appeal again, after the same proof. */
    @PostMapping(ACT)
    String show(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String accessCode,
                HttpServletRequest request, HttpServletResponse response, Model model) {
        return act(code, accessCode, request, response, model, null, id -> {
        });
    }

    private String act(String code, String accessCode, HttpServletRequest request, HttpServletResponse response, Model model,
                       String doneKey, java.util.function.LongConsumer step) {
        PublicTracking.Result r = tracking.lookup(code, accessCode, request.getRemoteAddr());
        if (r.outcome() != PublicTracking.Outcome.FOUND) {
            return refused(r, code == null ? "" : code, response, model);
        }
        try {
            step.accept(r.appeal().id());
            if (doneKey != null) {
                model.addAttribute("flash", message(doneKey));
            }
        } catch (DomainViolation | AccessDeniedException | IllegalStateException e) {
            model.addAttribute("flash", e.getMessage());
        }
        return tracked(new PublicTracking.Result(r.outcome(), appeals.require(r.appeal().id()), r.proof()), model);
    }

    private String tracked(PublicTracking.Result r, Model model) {
        model.addAttribute("portal", Portal.PUBLIC);
        model.addAttribute("v", tracking.view(r.appeal()));
        model.addAttribute("trackingProof", r.proof());
        AppealDetailPages.ratingChoices(model);
        return "appeal/tracked";
    }

    private String refused(PublicTracking.Result r, String code, HttpServletResponse response, Model model) {
        model.addAttribute("portal", Portal.PUBLIC);
        Map<String, String> form = new HashMap<>();
        form.put("code", code == null || code.length() > 40 ? "" : code);
        model.addAttribute("form", form);
        switch (r.outcome()) {
            case TOO_MANY_ATTEMPTS -> {
                response.setStatus(429);
                FormErrors.show(model, Map.of("code", message("appeal.track.tooMany")));
            }
            case MALFORMED -> {
                response.setStatus(400);
                FormErrors.show(model, Map.of("code", message("appeal.track.malformed")));
            }
            default -> FormErrors.show(model, Map.of("code", message("appeal.track.notMatched")));
        }
        return "appeal/track";
    }

    private String message(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
