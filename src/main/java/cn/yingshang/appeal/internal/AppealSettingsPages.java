package cn.yingshang.appeal.internal;

import cn.yingshang.platform.FormErrors;
import cn.yingshang.platform.Portal;
import cn.yingshang.shared.DomainViolation;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static cn.yingshang.appeal.internal.AppealText.text;

/** The office's settings of the appeal module: categories and time limits (workbench). */
@Controller
class AppealSettingsPages {

    private final Categories categories;
    private final TimeLimits limits;
    private final org.springframework.context.MessageSource messages;
    private final ConfiguringAppeals configuring;

    AppealSettingsPages(Categories categories, TimeLimits limits, org.springframework.context.MessageSource messages,
                        ConfiguringAppeals configuring) {
        this.configuring = configuring;
        this.categories = categories;
        this.limits = limits;
        this.messages = messages;
    }

    @GetMapping("/workbench/appeal-settings")
    @PreAuthorize("hasAuthority('appeal:configure')")
    String settings(Model model) {
        model.addAttribute("portal", Portal.WORKBENCH);
        model.addAttribute("allCategories", categories.all());
        model.addAttribute("limits", limits.all());
        // officials choose and read types and categories by name; the codes stay in the form values
        model.addAttribute("typeLabels", Arrays.stream(AppealType.values()).collect(Collectors.toMap(Enum::name, AppealType::label,
                (a, b) -> a, java.util.LinkedHashMap::new)));
        model.addAttribute("categoryNames", categories.all().stream().collect(Collectors.toMap(Categories.Category::code,
                Categories.Category::name, (a, b) -> a)));
        model.addAttribute("functions", Arrays.stream(cn.yingshang.platform.DepartmentFunction.values())
                .map(f -> new AppealPages.Option(f.name(), f.label())).toList());
        return "appeal/settings";
    }

    @PostMapping("/workbench/appeal-settings/categories")
    @PreAuthorize("hasAuthority('appeal:configure')")
    String saveCategory(@RequestParam Map<String, String> p, Model model, RedirectAttributes redirect) {
        try {
            configuring.saveCategory(p.get("code"), p.get("name"), p.get("function"), AppealPages.parseInt(p.getOrDefault("sortOrder", "100")),
                    "on".equals(p.get("active")) || "true".equals(p.get("active")));
        } catch (DomainViolation e) {
            FormErrors.show(model, FormErrors.of(e));
            return settings(model);
        }
        redirect.addFlashAttribute("flash", shown("appeal.flash.categorySaved"));
        return "redirect:/workbench/appeal-settings";
    }

    @PostMapping("/workbench/appeal-settings/limits")
    @PreAuthorize("hasAuthority('appeal:configure')")
    String saveLimits(@RequestParam Map<String, String> p, Model model, RedirectAttributes redirect) {
        try {
            configuring.saveLimits(new TimeLimits.Limits(p.getOrDefault("appealType", "*"), p.getOrDefault("category", "*"), AppealPages.parseInt(p.get("dispatchDays")), AppealPages.parseInt(p.get("replyDays")),
                    AppealPages.parseInt(p.get("returnDays")), AppealPages.parseInt(p.get("maxExtensionDays")), AppealPages.parseInt(p.get("reopenDays"))));
        } catch (DomainViolation e) {
            FormErrors.show(model, FormErrors.of(e));
            return settings(model);
        }
        redirect.addFlashAttribute("flash", shown("appeal.flash.limitsSaved"));
        return "redirect:/workbench/appeal-settings";
    }

    /** A flash message in the reader's language (the bundle through the MessageSource). */
    private String shown(String key, Object... args) {
        return messages.getMessage(key, args, org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }
}
