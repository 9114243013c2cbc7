package cn.yingshang.appeal.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The intake form as posted by the public form (信息公开) and by staff entering an appeal for a caller.
 * Bean Validation checks its shape (messages are bundle keys the MessageSource resolves); the rules
 * that need the module's data (categories, credit code check, attachments) are {@link SubmittingAppeal#check}.
 * Both run on every post, so the error summary lists every problem at once.
 */
record AppealForm(
        @NotBlank(message = "{appeal.violation.type}") String type,
        @NotBlank(message = "{appeal.violation.category}") String category,
        @NotBlank(message = "{appeal.violation.title}") @Size(max = 100, message = "{appeal.violation.title}") String title,
        @Size(min = 5, message = "{appeal.violation.content.short}") String content,
        @Size(max = 100, message = "{appeal.violation.name}") String name,
        @Pattern(regexp = "[0-9+\\-]{7,20}|", message = "{appeal.violation.phone}") String phone,
        String creditCode,
        String region,
        String anonymous,
        String channel) {

    boolean anonymousChecked() {
        return "on".equals(anonymous) || "true".equals(anonymous);
    }

    SubmittingAppeal.Submission submission(Channel via, String ticket, List<SubmittingAppeal.Attachment> files) {
        return new SubmittingAppeal.Submission(type, category, title, content, name, phone, creditCode, anonymousChecked(), region,
                via, ticket, null, files);
    }
}
