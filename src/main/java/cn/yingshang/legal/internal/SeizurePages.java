package cn.yingshang.legal.internal;

import cn.yingshang.platform.Department;
import cn.yingshang.platform.FormErrors;
import cn.yingshang.platform.Portal;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.shared.DomainViolation;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 政府工作台: the body's register of seizures, detentions and freezings, and the release of unrelated property. */
@Controller
@PreAuthorize("hasAuthority('legal:handle')")
class SeizurePages {

    private final RecordingSeizures recording;
    private final SeizureRegister register;
    private final PoliticalLegalBodies bodies;
    private final LegalTimeLimits limits;
    private final LegalMessages messages;
    private final java.time.Clock clock;

    SeizurePages(RecordingSeizures recording, SeizureRegister register, PoliticalLegalBodies bodies, LegalTimeLimits limits,
                 LegalMessages messages, java.time.Clock clock) {
        this.recording = recording;
        this.register = register;
        this.bodies = bodies;
        this.limits = limits;
        this.messages = messages;
        this.clock = clock;
    }

    @ModelAttribute
    void portal(Model model) {
        model.addAttribute("portal", Portal.WORKBENCH);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("releaseBasis", messages.basis(limits.get(LegalTimeLimits.UNRELATED_PROPERTY_RELEASE).basis()));
    }

    @GetMapping("/workbench/legal/seizures")
    String list(@AuthenticationPrincipal SignedInUser user, @org.springframework.web.bind.annotation.RequestParam(defaultValue = "") String q,
                cn.yingshang.platform.ListPage page, Model model) {
        Department body = bodies.bodyOf(user, PoliticalLegalBodies.MEASURE_TAKERS);
        model.addAttribute("body", body);
        var found = register.page(List.of(body.id().value()), q, page);
        model.addAttribute("seizures", found.rows());
        model.addAttribute("listPage", found);
        model.addAttribute("q", q);
        return "legal/seizures";
    }

    @GetMapping("/workbench/legal/seizures/new")
    String newForm(@AuthenticationPrincipal SignedInUser user, Model model) {
        Department body = bodies.bodyOf(user, PoliticalLegalBodies.MEASURE_TAKERS);
        model.addAttribute("form", new RecordingSeizures.NewSeizure("", "SEIZURE", "", "", "ENTERPRISE", "", body.region().code(), true, "",
                LocalDate.now(clock)));
        return form(model);
    }

    @PostMapping("/workbench/legal/seizures")
    String record(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("form") RecordingSeizures.NewSeizure form,
                  BindingResult binding, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            FormErrors.show(model, FormErrors.of(binding));
            if (form == null) {  // a value that could not be converted leaves no form object to show again
                model.addAttribute("form", new RecordingSeizures.NewSeizure("", "SEIZURE", "", "", "ENTERPRISE", "", "", true, "", null));
            }
            return form(model);
        }
        try {
            long id = recording.record(form, user);
            redirect.addFlashAttribute("flash", messages.text("legal.seizure.recorded"));
            return "redirect:/workbench/legal/seizures/" + id;
        } catch (DomainViolation e) {
            FormErrors.show(model, FormErrors.of(e));
            return form(model);
        }
    }

    @GetMapping("/workbench/legal/seizures/{id}")
    String detail(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        Seizure s = recording.readable(id, user);
        model.addAttribute("s", s);
        model.addAttribute("bodyName", bodies.name(s.actingBodyId()));
        model.addAttribute("mayAct", bodies.actsFor(user, s.actingBodyId()));
        return "legal/seizure";
    }

    @PostMapping("/workbench/legal/seizures/{id}/unrelated")
    String unrelated(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate foundOn,
                     @RequestParam(defaultValue = "") String finding, @AuthenticationPrincipal SignedInUser user,
                     RedirectAttributes redirect) {
        recording.foundUnrelated(id, foundOn, finding, user);
        redirect.addFlashAttribute("flash", messages.text("legal.seizure.unrelatedDone", register.find(id).orElseThrow().releaseDue()));
        return "redirect:/workbench/legal/seizures/" + id;
    }

    @PostMapping("/workbench/legal/seizures/{id}/release")
    String release(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate releasedOn,
                   @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        recording.release(id, releasedOn, user);
        redirect.addFlashAttribute("flash", messages.text("legal.seizure.releasedDone"));
        return "redirect:/workbench/legal/seizures/" + id;
    }

    private String form(Model model) {
        model.addAttribute("measures", List.of("SEIZURE", "DETENTION", "FREEZING"));
        model.addAttribute("holderKinds", List.of("ENTERPRISE", "SHAREHOLDER", "FAMILY_MEMBER"));
        return "legal/seizure-form";
    }
}
