package cn.yingshang.projects.internal;

import cn.yingshang.platform.FormErrors;
import cn.yingshang.shared.DomainViolation;
import java.util.function.Supplier;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The projects pages' "act, flash the outcome or the refusal, go back" step. */
final class PageActions {

    private PageActions() {
    }

    static String act(String back, RedirectAttributes redirect, Supplier<String> action) {
        try {
            redirect.addFlashAttribute("flash", action.get());
        } catch (DomainViolation e) {
            redirect.addFlashAttribute("errors", FormErrors.of(e));
        }
        return "redirect:" + back;
    }
}
