package cn.yingshang.legal.internal;

import cn.yingshang.appeal.AppealIntake;
import cn.yingshang.platform.Department;
import cn.yingshang.platform.Departments;
import cn.yingshang.platform.FormErrors;
import cn.yingshang.platform.ListPage;
import cn.yingshang.platform.Portal;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.shared.DomainViolation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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

/**
 * 政府工作台: complaints received on 12309, 12368 or the police reporting platform, passed into the appeal
 * module and followed there (002 #48). A body sees the complaints about itself and the bodies below it.
 */
@Controller
@PreAuthorize("hasAnyAuthority('legal:handle', 'legal:supervise')")
class ComplaintPages {

    private final ReceivingComplaints receiving;
    private final ComplaintViews views;
    private final LegalMessages messages;
    private final LegalTimeLimits limits;
    private final Clock clock;

    ComplaintPages(ReceivingComplaints receiving, ComplaintViews views, LegalMessages messages, LegalTimeLimits limits, Clock clock) {
        this.receiving = receiving;
        this.views = views;
        this.messages = messages;
        this.limits = limits;
        this.clock = clock;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("portal", Portal.WORKBENCH);
        model.addAttribute("today", LocalDate.now(clock));
        LegalTimeLimit transfer = limits.get(ReceivingComplaints.TRANSFER);
        model.addAttribute("transferLimit", messages.text("legal.unit." + transfer.unit().name(), transfer.amount()));
        model.addAttribute("transferBasis", messages.basis(transfer.basis()));
    }

    @GetMapping("/workbench/legal/complaints")
    String list(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "") String q, ListPage page, Model model) {
        List<ComplaintChannel> channels = views.channelsOrEmpty(user);
        if (channels.isEmpty() && !PoliticalLegalBodies.supervises(user)) {
            throw new org.springframework.security.access.AccessDeniedException("legal.notPoliticalLegal");
        }
        String channel = channels.isEmpty() ? "" : channels.getFirst().name();
        model.addAttribute("form", ReceivingComplaints.NewComplaint.blank(channel));
        return page(user, q, page, channels, model);
    }

    private String page(SignedInUser user, String q, ListPage page, List<ComplaintChannel> channels, Model model) {
        var found = views.page(user, q, page);
        model.addAttribute("rows", found.rows());
        model.addAttribute("listPage", found.page());
        model.addAttribute("q", q);
        model.addAttribute("channels", channels);
        model.addAttribute("targets", views.targets(user, channels));
        return "legal/complaints";
    }

    @PostMapping("/workbench/legal/complaints")
    String receive(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("form") ReceivingComplaints.NewComplaint form,
                   BindingResult binding, Model model, RedirectAttributes redirect) {
        try {
            if (binding.hasErrors()) {
                FormErrors.show(model, FormErrors.of(binding));
            } else {
                ReceivingComplaints.Received r = receiving.receive(form, user);
                redirect.addFlashAttribute("flash", r.created()
                        ? messages.text("legal.complaint.received", r.complaint().trackingNumber(), r.publicCode(), r.accessCode())
                        : messages.text("legal.complaint.receivedAgain", r.complaint().trackingNumber()));
                return "redirect:/workbench/legal/complaints/" + r.complaint().id();
            }
        } catch (DomainViolation e) {
            FormErrors.show(model, FormErrors.of(e));
        }
        if (form == null) {
            model.addAttribute("form", ReceivingComplaints.NewComplaint.blank(""));
        }
        return page(user, "", ListPage.first(), views.channelsOrEmpty(user), model);
    }

    @GetMapping("/workbench/legal/complaints/{id}")
    String detail(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("row", views.row(receiving.readable(id, user)));
        return "legal/complaint";
    }

    /** A complaint with the body's name and where its appeal stands now. */
    public record ComplaintRow(LegalComplaint c, String bodyName, String channelLabel, AppealIntake.Progress progress) {
    }

    /** What the complaint pages and API show: rows, the channels a user enters, the bodies they may route to. */
    @org.springframework.stereotype.Component
    static class ComplaintViews {

        private final ReceivingComplaints receiving;
        private final LegalComplaints complaints;
        private final PoliticalLegalBodies bodies;
        private final Departments departments;
        private final AppealIntake appeals;
        private final LegalMessages messages;

        ComplaintViews(ReceivingComplaints receiving, LegalComplaints complaints, PoliticalLegalBodies bodies, Departments departments,
                       AppealIntake appeals, LegalMessages messages) {
            this.receiving = receiving;
            this.complaints = complaints;
            this.bodies = bodies;
            this.departments = departments;
            this.appeals = appeals;
            this.messages = messages;
        }

        List<ComplaintChannel> channelsOrEmpty(SignedInUser user) {
            try {
                return receiving.channelsFor(user);
            } catch (org.springframework.security.access.AccessDeniedException e) {
                return List.of();
            }
        }

        record Rows(List<ComplaintRow> rows, cn.yingshang.platform.PageOf<LegalComplaint> page) {
        }

        Rows page(SignedInUser user, String q, ListPage page) {
            var found = complaints.page(PoliticalLegalBodies.supervises(user) ? null : overseen(user), q, page);
            return new Rows(found.rows().stream().map(this::row).toList(), found);
        }

        ComplaintRow row(LegalComplaint c) {
            return new ComplaintRow(c, bodies.name(c.bodyId()), messages.text("legal.complaint.channel." + c.channel()),
                    appeals.progress(c.trackingNumber()).orElse(null));
        }

        /** The bodies a user may pass a complaint to: for staff their own and those below it, for the office all of the kinds. */
        List<Department> targets(SignedInUser user, List<ComplaintChannel> channels) {
            List<cn.yingshang.platform.DepartmentFunction> kinds = channels.stream().map(ComplaintChannel::body).toList();
            return departments.all().stream().filter(d -> kinds.contains(d.function()))
                    .filter(d -> ReceivingComplaints.enteredByOffice(user) || bodies.oversees(user, d.id().value())).toList();
        }

        private List<Long> overseen(SignedInUser user) {
            if (user.departmentId() == null) {
                return List.of();
            }
            return departments.all().stream().filter(d -> departments.isWithin(d.id(), user.departmentId()))
                    .map(d -> d.id().value()).toList();
        }
    }
}
