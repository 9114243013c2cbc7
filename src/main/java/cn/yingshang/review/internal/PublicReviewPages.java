package cn.yingshang.review.internal;

import cn.yingshang.platform.FormErrors;
import cn.yingshang.platform.Portal;
import cn.yingshang.shared.DomainViolation;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 信息公开: published review conclusions, and a self-check any drafter may run before submitting. */
@Controller
class PublicReviewPages {

    private final Reviews reviews;
    private final ScreeningPool pool;

    PublicReviewPages(Reviews reviews, ScreeningPool pool) {
        this.reviews = reviews;
        this.pool = pool;
    }

    @GetMapping("/public/reviews")
    String published(@org.springframework.web.bind.annotation.RequestParam(defaultValue = "") String q,
                     cn.yingshang.platform.ListPage page, Model model) {
        model.addAttribute("portal", Portal.PUBLIC);
        var found = reviews.published(q, page);
        model.addAttribute("itemPage", found);
        model.addAttribute("items", found.rows());
        model.addAttribute("q", q);
        return "review/public-list";
    }

    @GetMapping("/public/review/screen")
    String screenForm(Model model) {
        model.addAttribute("portal", Portal.PUBLIC);
        model.addAttribute("text", "");
        return "review/screen";
    }

    @PostMapping("/public/review/screen")
    String screen(@RequestParam(defaultValue = "") String text, Model model, HttpServletResponse response) {
        model.addAttribute("portal", Portal.PUBLIC);
        model.addAttribute("text", text.length() > pool.maxChars() ? text.substring(0, pool.maxChars()) : text);
        try {
            model.addAttribute("findings", pool.screen(text));
        } catch (DomainViolation e) {
            FormErrors.show(model, FormErrors.of(e));
        } catch (ScreeningPool.Busy e) {
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, "5");
            FormErrors.show(model, java.util.Map.of("text", e.getMessage()));
        }
        return "review/screen";
    }
}
