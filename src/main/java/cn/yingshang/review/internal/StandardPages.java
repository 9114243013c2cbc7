package cn.yingshang.review.internal;

import cn.yingshang.platform.Text;
import cn.yingshang.platform.FormErrors;
import cn.yingshang.platform.Portal;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.review.ReviewGroup;
import cn.yingshang.shared.DomainViolation;
import java.util.Arrays;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The review standards are data a reviewer maintains: a new rule is an update here, not a code change. */
@Controller
class StandardPages {

    private final StandardStore store;

    StandardPages(StandardStore store) {
        this.store = store;
    }

    @GetMapping("/workbench/review/standards")
    @PreAuthorize("hasAnyAuthority('review:decide','review:standards')")
    String list(Model model) {
        model.addAttribute("portal", Portal.WORKBENCH);
        model.addAttribute("standards", store.standards().standards());
        model.addAttribute("terms", new java.util.TreeMap<>(store.standards().terms().byName()));
        return "review/standards";
    }

    @GetMapping("/workbench/review/terms/{name}")
    @PreAuthorize("hasAuthority('review:standards')")
    String editTerm(@PathVariable String name, Model model) {
        List<String> words = "new".equals(name) ? List.of() : store.standards().terms().byName().get(name);
        if (words == null) {
            throw new java.util.NoSuchElementException(Text.of("review.standard.vocabularyNotFound", name));
        }
        return termForm(model, "new".equals(name), "new".equals(name) ? "" : name, String.join("\n", words));
    }

    @PostMapping("/workbench/review/terms")
    @PreAuthorize("hasAuthority('review:standards')")
    String saveTerm(@RequestParam String name, @RequestParam(defaultValue = "") String alternatives,
                    @RequestParam(defaultValue = "false") boolean creating, @AuthenticationPrincipal SignedInUser user,
                    Model model, RedirectAttributes redirect) {
        try {
            store.saveTerm(name.strip(), lines(alternatives), user);
            redirect.addFlashAttribute("flash", Text.of("review.standard.flash.vocabularySaved", name.strip()));
            return "redirect:/workbench/review/standards";
        } catch (DomainViolation e) {
            FormErrors.show(model, FormErrors.of(e));
            return termForm(model, creating, name, alternatives);
        }
    }

    private static String termForm(Model model, boolean creating, String name, String alternatives) {
        model.addAttribute("portal", Portal.WORKBENCH);
        model.addAttribute("creating", creating);
        model.addAttribute("name", name);
        model.addAttribute("alternatives", alternatives);
        return "review/term-form";
    }

    @GetMapping("/workbench/review/standards/{code}")
    @PreAuthorize("hasAuthority('review:standards')")
    String edit(@PathVariable String code, Model model) {
        ReviewStandard s = "new".equals(code) ? null : store.find(code).orElseThrow(() -> new java.util.NoSuchElementException(Text.of("review.standard.notFound", code)));
        model.addAttribute("portal", Portal.WORKBENCH);
        model.addAttribute("groups", ReviewGroup.values());
        model.addAttribute("creating", s == null);
        model.addAttribute("f", s == null ? new Form("", "MARKET_ACCESS", "", "", "", "", "", "")
                : new Form(s.code(), s.group().name(), s.title(), s.article(), s.reason(), s.context() == null ? "" : s.context(),
                String.join("\n", s.patterns()), String.join("\n", s.unless())));
        return "review/standard-form";
    }

    public record Form(String code, String group, String title, String article, String reason, String context, String patterns,
                String unless) {
    }

    @PostMapping("/workbench/review/standards")
    @PreAuthorize("hasAuthority('review:standards')")
    String save(@RequestParam String code, @RequestParam String group, @RequestParam String title,
                @RequestParam String article, @RequestParam(defaultValue = "") String reason,
                @RequestParam(defaultValue = "") String context, @RequestParam(defaultValue = "") String patterns,
                @RequestParam(defaultValue = "") String unless, @RequestParam(defaultValue = "false") boolean creating,
                @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
        Form form = new Form(code.strip(), group, title, article, reason, context, patterns, unless);
        try {
            ReviewGroup g;
            try {
                g = ReviewGroup.valueOf(group);
            } catch (RuntimeException e) {
                throw DomainViolation.of("group", "review.standardPages.group");
            }
            store.save(ReviewStandard.of(form.code(), g, title, article, reason, context, lines(patterns), lines(unless),
                    store.standards().terms()), user);
            redirect.addFlashAttribute("flash", Text.of("review.standard.flash.saved", form.code()));
            return "redirect:/workbench/review/standards";
        } catch (DomainViolation e) {
            FormErrors.show(model, FormErrors.of(e));
            model.addAttribute("portal", Portal.WORKBENCH);
            model.addAttribute("groups", ReviewGroup.values());
            model.addAttribute("creating", creating);
            model.addAttribute("f", form);
            return "review/standard-form";
        }
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
