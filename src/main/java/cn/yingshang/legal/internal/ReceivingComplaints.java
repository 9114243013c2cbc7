package cn.yingshang.legal.internal;

import cn.yingshang.appeal.AppealIntake;
import cn.yingshang.platform.AuditLog;
import cn.yingshang.platform.Department;
import cn.yingshang.platform.Role;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.reference.WorkingCalendars;
import java.time.Clock;
import java.time.LocalDate;
import java.util.NoSuchElementException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A complaint about a court, procuratorate or police body received on 12368, 12309 or the police reporting
 * platform (002 #48) is passed into the appeal module (接诉即办) as a complaint routed at once to the body
 * complained about, which answers it on the appeal clock. The body's own staff enter what their channel
 * received (for themselves or a body below them of the same kind); the office may enter any. The channel's
 * ticket makes it idempotent, and passing it on within {@code COMPLAINT_TRANSFER} is measured.
 */
@Component
class ReceivingComplaints {

    static final String TRANSFER = "COMPLAINT_TRANSFER";
    static final String CATEGORY = "POLITICAL_LEGAL";

    public record NewComplaint(String channel, String ticket, Long bodyId,
                               @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn, String title, String content,
                               String complainantName, String complainantPhone, String complainantCreditCode) {

        static NewComplaint blank(String channel) {
            return new NewComplaint(channel, "", null, null, "", "", "", "", "");
        }
    }

    /** {@code accessCode} only the first time a ticket is received (the complainant is told it once). */
    record Received(LegalComplaint complaint, boolean created, String publicCode, String accessCode) {
    }

    private final LegalComplaints complaints;
    private final PoliticalLegalBodies bodies;
    private final LegalTimeLimits limits;
    private final WorkingCalendars calendars;
    private final AppealIntake appeals;
    private final LegalMessages messages;
    private final AuditLog audit;
    private final Clock clock;

    ReceivingComplaints(LegalComplaints complaints, PoliticalLegalBodies bodies, LegalTimeLimits limits, WorkingCalendars calendars,
                        AppealIntake appeals, LegalMessages messages, AuditLog audit, Clock clock) {
        this.complaints = complaints;
        this.bodies = bodies;
        this.limits = limits;
        this.calendars = calendars;
        this.appeals = appeals;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    /** The channels the user may enter complaints of: the own body's, or all for the office. */
    java.util.List<ComplaintChannel> channelsFor(SignedInUser user) {
        if (enteredByOffice(user)) {
            return java.util.List.of(ComplaintChannel.values());
        }
        if (user.can("legal:handle") && user.departmentId() != null) {
            ComplaintChannel own = ComplaintChannel.ofBody(bodies.require(user.departmentId().value()).function());
            if (own != null) {
                return java.util.List.of(own);
            }
        }
        throw new AccessDeniedException("legal.notPoliticalLegal");
    }

    static boolean enteredByOffice(SignedInUser user) {
        return user.can("legal:supervise") && (user.role() == Role.OFFICE || user.role() == Role.ADMIN);
    }

    @Transactional
    Received receive(NewComplaint c, SignedInUser user) {
        java.util.List<ComplaintChannel> allowed = channelsFor(user);
        ComplaintChannel channel = ComplaintChannel.of(c.channel());
        if (channel == null) {
            throw messages.violation("channel", "legal.complaint.channelRequired");
        }
        if (!allowed.contains(channel)) {
            throw new AccessDeniedException("legal.complaint.notOwnChannel");
        }
        String ticket = c.ticket() == null ? "" : c.ticket().strip();
        if (ticket.isEmpty() || ticket.length() > 40 || !ticket.matches("[A-Za-z0-9_-]+")) {
            throw messages.violation("ticket", "legal.complaint.ticketInvalid");
        }
        if (c.bodyId() == null) {
            throw messages.violation("bodyId", "legal.complaint.bodyRequired");
        }
        Department body;
        try {
            body = bodies.require(c.bodyId());
        } catch (NoSuchElementException e) {
            throw messages.violation("bodyId", "legal.complaint.bodyRequired");
        }
        if (body.function() != channel.body()) {
            throw messages.violation("bodyId", "legal.complaint.bodyOfChannel");
        }
        if (!enteredByOffice(user) && !bodies.oversees(user, body.id().value())) {
            throw new AccessDeniedException("legal.complaint.notOwnBody");
        }
        var existing = complaints.byTicket(channel, ticket);
        if (existing.isPresent()) {
            if (existing.get().bodyId() != body.id().value()) {
                throw messages.violation("ticket", "legal.complaint.ticketTaken");
            }
            return new Received(existing.get(), false, null, null);
        }
        LocalDate today = LocalDate.now(clock);
        if (c.receivedOn() == null || c.receivedOn().isAfter(today)) {
            throw messages.violation("receivedOn", "legal.complaint.receivedOnInvalid");
        }
        LocalDate due = limits.get(TRANSFER).due(c.receivedOn(), calendars.forRegion(body.region()));
        String title = c.title() == null ? "" : c.title().strip();
        if (title.isEmpty() || title.length() > 100) {
            throw messages.violation("title", "legal.complaint.titleInvalid");
        }
        AppealIntake.Receipt receipt = appeals.submitRouted(new AppealIntake.NewAppeal(channel.source(), "COMPLAINT", CATEGORY, title,
                        c.content(), c.complainantName(), c.complainantPhone(), blankToNull(c.complainantCreditCode()), body.region(), null),
                channel.appealTicket(ticket), body.id().value(), messages.text("legal.complaint.actor." + channel.name()));
        long id = complaints.insert(channel, ticket, body.id().value(), user.departmentId() == null ? null : user.departmentId().value(),
                title, c.receivedOn(), due, today, receipt.id(), receipt.trackingNumber()).orElseThrow(
                        () -> new cn.yingshang.shared.ConflictingChange());
        LegalComplaint stored = complaints.find(id).orElseThrow();
        audit.record("legal.complaint.receive", "legal_complaint", String.valueOf(id), null, channel.name() + " " + ticket);
        return new Received(stored, true, receipt.publicCode(), receipt.accessCode());
    }

    /** A complaint the user may read: its body's staff (or a body above it), or the office and supervisors. */
    LegalComplaint readable(long id, SignedInUser user) {
        LegalComplaint c = complaints.find(id).orElseThrow(() -> new NoSuchElementException(messages.text("legal.complaint.notFound")));
        if (PoliticalLegalBodies.supervises(user) || bodies.oversees(user, c.bodyId())) {
            return c;
        }
        throw new NoSuchElementException(messages.text("legal.complaint.notFound"));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
