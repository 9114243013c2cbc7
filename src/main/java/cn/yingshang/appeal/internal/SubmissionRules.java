package cn.yingshang.appeal.internal;

import cn.yingshang.shared.DomainViolation;
import cn.yingshang.shared.RegionCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The intake rules of an appeal, pure: no database, no Spring. Every rule is checked and every
 * refusal kept (not only the first), so a form lists all of them at once; the outcome says whether
 * the submission may be stored and in what normalised form.
 */
final class SubmissionRules {

    private static final Pattern PHONE = Pattern.compile("[0-9+\\-]{7,20}");

    private SubmissionRules() {
    }

    /** A submission normalised (stripped, upper-cased code, identity dropped when anonymous). */
    record Checked(AppealType type, String title, String content, boolean anonymous, String name, String phone, String code,
                   RegionCode region, List<SubmittingAppeal.Attachment> files, String ticket) {
    }

    /** Every rule broken (empty: the submission may be stored as {@code checked}). */
    record Outcome(Checked checked, List<DomainViolation> refusals) {

        boolean accepted() {
            return refusals.isEmpty();
        }
    }

    /** Checks every rule and keeps every refusal; {@code categoryActive} is the category register's answer. */
    static Outcome check(SubmittingAppeal.Submission s, boolean categoryActive) {
        // every rule is checked and every refusal kept, so the form lists all of them at once
        List<DomainViolation> found = new ArrayList<>();
        AppealType type = AppealRefusals.collect(found, () -> AppealType.parse(s.type()));
        if (!categoryActive) {
            found.add(DomainViolation.of("category", "appeal.violation.category"));
        }
        String title = s.title() == null ? "" : s.title().strip();
        String content = s.content() == null ? "" : s.content().strip();
        if (title.isEmpty() || title.length() > 100) {
            found.add(DomainViolation.of("title", "appeal.violation.title"));
        }
        if (content.length() < 5) {
            found.add(DomainViolation.of("content", "appeal.violation.content.short"));
        }
        if (content.length() > SubmittingAppeal.MAX_CONTENT) {
            found.add(DomainViolation.of("content", "appeal.violation.content.long", SubmittingAppeal.MAX_CONTENT));
        }
        boolean anonymous = s.anonymous();
        if (anonymous && type != null && type != AppealType.REPORT) {
            found.add(DomainViolation.of("anonymous", "appeal.violation.anonymous"));
        }
        String name = SubmittingAppeal.blankToNull(s.name());
        String phone = SubmittingAppeal.blankToNull(s.phone());
        String code = SubmittingAppeal.blankToNull(s.creditCode());
        if (!anonymous) {
            if (name == null || name.length() > 100) {
                found.add(DomainViolation.of("name", "appeal.violation.name"));
            }
            if (phone == null || !PHONE.matcher(phone).matches()) {
                found.add(DomainViolation.of("phone", "appeal.violation.phone"));
            }
        } else {
            name = null;
            phone = null;
            code = null;
        }
        if (code != null) {
            code = code.toUpperCase(Locale.ROOT);
            var check = cn.yingshang.shared.CreditCode.check(code);
            if (!check.valid()) {
                found.add(DomainViolation.of("creditCode", "appeal.violation.creditCode", check.reason()));
            }
        }
        RegionCode region = null;
        try {
            region = RegionCode.of(s.region() == null || s.region().isBlank() ? "650100" : s.region().strip());
        } catch (RuntimeException e) {
            found.add(DomainViolation.of("region", "appeal.violation.region"));
        }
        List<SubmittingAppeal.Attachment> files = s.attachments() == null ? List.of() : s.attachments();
        if (files.size() > SubmittingAppeal.MAX_FILES) {
            found.add(DomainViolation.of("files", "appeal.violation.files.many", SubmittingAppeal.MAX_FILES));
        }
        for (SubmittingAppeal.Attachment f : files) {
            if (f.data().length > SubmittingAppeal.MAX_FILE_BYTES) {
                found.add(DomainViolation.of("files", "appeal.violation.files.large", f.filename()));
            }
            // the content must be one of the allowed kinds and match the name: an .exe renamed .pdf is refused
            AppealRefusals.collect(found, () -> cn.yingshang.platform.FileKind.require("files", f.filename(), f.data(), SubmittingAppeal.ATTACHMENT_KINDS));
        }
        String ticket = SubmittingAppeal.blankToNull(s.externalTicket());
        if (ticket != null && ticket.length() > 64) {
            found.add(DomainViolation.of("ticketId", "appeal.violation.ticketId.long"));
        }
        return new Outcome(new Checked(type, title, content, anonymous, name, phone, code, region, files, ticket), List.copyOf(found));
    }

}
