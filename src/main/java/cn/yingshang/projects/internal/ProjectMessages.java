package cn.yingshang.projects.internal;

import cn.yingshang.shared.DomainViolation;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Resolves the projects bundle, so refusals carry their Chinese text from i18n/projects.properties. */
@Component
class ProjectMessages {

    private final MessageSource messages;

    ProjectMessages(MessageSource messages) {
        this.messages = messages;
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
    }

    DomainViolation violation(String field, String key, Object... args) {
        return new DomainViolation(field, text(key, args));
    }

    /** The value stripped, or the field's "required" refusal when it is blank. */
    String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw violation(field, "projects.required");
        }
        return value.strip();
    }
}
