package cn.yingshang.cockpit.internal;

import cn.yingshang.platform.Text;
import cn.yingshang.platform.Department;
import cn.yingshang.platform.Departments;
import cn.yingshang.platform.FormErrors;
import cn.yingshang.platform.Portal;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.shared.DomainViolation;
import cn.yingshang.shared.Regions;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Building and sending a survey (office), answering it (enterprise), results by department. */
@Controller
class SurveyPages {

    private final Surveys surveys;
    private final Departments departments;

    SurveyPages(Surveys surveys, Departments departments) {
        this.surveys = surveys;
        this.departments = departments;
    }

    @GetMapping("/cockpit/surveys")
    @PreAuthorize("hasAuthority('cockpit:manage')")
    String list(Model model) {
        model.addAttribute("portal", Portal.COCKPIT);
        model.addAttribute("surveys", surveys.all());
        return "cockpit/surveys";
    }

    @PostMapping("/cockpit/surveys")
    @PreAuthorize("hasAuthority('cockpit:manage')")
    String create(@RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String intro,
                  @RequestParam(required = false) LocalDate closesOn, Model model, RedirectAttributes redirect) {
        try {
            Surveys.Survey s = surveys.create(title, intro, closesOn);
            redirect.addFlashAttribute("flash", Text.of("cockpit.surveys.flash.created"));
            return "redirect:/cockpit/surveys/" + s.id();
        } catch (DomainViolation e) {
            FormErrors.show(model, FormErrors.of(e));
            return list(model);
        }
    }

    @GetMapping("/cockpit/surveys/{id}")
    @PreAuthorize("hasAuthority('cockpit:manage')")
    String detail(@PathVariable long id, @RequestParam(defaultValue = "") String q, cn.yingshang.platform.ListPage page, Model model) {
        model.addAttribute("portal", Portal.COCKPIT);
        model.addAttribute("survey", surveys.require(id));
        model.addAttribute("questions", surveys.questions(id));
        model.addAttribute("departments", departments.all().stream()
                .sorted(Comparator.comparing((Department d) -> d.region().code()).thenComparing(Department::name)).toList());
        model.addAttribute("prefectures", Regions.prefectures());
        model.addAttribute("response", surveys.response(id));
        model.addAttribute("results", surveys.resultsByDepartment(id));
        model.addAttribute("comments", surveys.comments(id, q, page));
        model.addAttribute("q", q);
        return "cockpit/survey";
    }

    @PostMapping("/cockpit/surveys/{id}/questions")
    @PreAuthorize("hasAuthority('cockpit:manage')")
    String addQuestion(@PathVariable long id, @RequestParam(defaultValue = "") String text,
                       @RequestParam(defaultValue = "RATING") String kind, @RequestParam(required = false) Long departmentId,
                       Model model, RedirectAttributes redirect) {
        try {
            surveys.addQuestion(id, text, kind, departmentId);
            redirect.addFlashAttribute("flash", Text.of("cockpit.surveys.flash.questionAdded"));
            return "redirect:/cockpit/surveys/" + id;
        } catch (DomainViolation e) {
            FormErrors.show(model, FormErrors.of(e));
            return detail(id, "", cn.yingshang.platform.ListPage.first(), model);
        }
    }

    @PostMapping("/cockpit/surveys/{id}/sending")
    @PreAuthorize("hasAuthority('cockpit:manage')")
    String send(@PathVariable long id, @RequestParam(defaultValue = "") String region, @RequestParam(defaultValue = "") String industry,
                @RequestParam(required = false) Integer size, @RequestParam(defaultValue = "") String invited, Model model,
                RedirectAttributes redirect) {
        try {
            int n = surveys.send(id, new Surveys.Sample(region, industry, size, invited));
            redirect.addFlashAttribute("flash", Text.of("cockpit.surveys.flash.sent", n));
            return "redirect:/cockpit/surveys/" + id;
        } catch (DomainViolation e) {
            FormErrors.show(model, FormErrors.of(e));
            return detail(id, "", cn.yingshang.platform.ListPage.first(), model);
        }
    }

    // ---- enterprise portal -------------------------------------------------------------------

    @GetMapping("/enterprise/surveys")
    String invitations(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("portal", Portal.ENTERPRISE);
        model.addAttribute("invitations", user.creditCode() == null ? java.util.List.of() : surveys.invitationsOf(user.creditCode()));
        return "cockpit/enterprise-surveys";
    }

    @GetMapping("/enterprise/surveys/{id}")
    String questionnaire(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        if (user.creditCode() == null || !surveys.invited(id, user.creditCode())) {
            throw new NoSuchElementException(Text.of("cockpit.surveys.notFoundOrNotInvited"));
        }
        model.addAttribute("portal", Portal.ENTERPRISE);
        model.addAttribute("survey", surveys.require(id));
        model.addAttribute("questions", surveys.questions(id));
        model.addAttribute("levels", ServiceLevel.values());
        model.addAttribute("answered", surveys.invitationsOf(user.creditCode()).stream()
                .anyMatch(i -> i.survey().id() == id && i.answered()));
        return "cockpit/questionnaire";
    }

    @PostMapping("/enterprise/surveys/{id}")
    String answer(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestParam Map<String, String> params,
                  Model model, RedirectAttributes redirect) {
        if (user.creditCode() == null) {
            throw new NoSuchElementException(Text.of("cockpit.account.unbound"));
        }
        Map<Long, String> answers = new HashMap<>();
        params.forEach((k, v) -> {
            if (k.startsWith("q") && k.length() > 1 && k.substring(1).chars().allMatch(Character::isDigit)) {
                answers.put(Long.parseLong(k.substring(1)), v);
            }
        });
        try {
            surveys.answer(id, user.creditCode(), answers);
            redirect.addFlashAttribute("flash", Text.of("cockpit.surveys.flash.answered"));
            return "redirect:/enterprise/surveys";
        } catch (DomainViolation e) {
            FormErrors.show(model, FormErrors.of(e));
            return questionnaire(user, id, model);
        }
    }
}
