package cn.yingshang.review.internal;

import cn.yingshang.platform.Portal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 信息公开: published review conclusions, and a self-check any drafter may run before submitting. */
@Controller
class PublicReviewPages {

    private final Reviews reviews;
    private final StandardStore standards;

    PublicReviewPages(Reviews reviews, StandardStore standards) {
        this.reviews = reviews;
        this.standards = standards;
    }

    @GetMapping("/public/reviews")
    String published(Model model) {
        model.addAttribute("portal", Portal.PUBLIC);
        model.addAttribute("items", reviews.published(100));
        return "review/public-list";
    }

    @GetMapping("/public/review/screen")
    String screenForm(Model model) {
        model.addAttribute("portal", Portal.PUBLIC);
        model.addAttribute("text", "");
        return "review/screen";
    }

    @PostMapping("/public/review/screen")
    String screen(@RequestParam(defaultValue = "") String text, Model model) {
        model.addAttribute("portal", Portal.PUBLIC);
        model.addAttribute("text", text);
        model.addAttribute("findings", standards.screen(text));
        return "review/screen";
    }
}
