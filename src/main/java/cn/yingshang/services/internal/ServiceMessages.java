package cn.yingshang.services.internal;

import cn.yingshang.shared.DomainViolation;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Resolves the services bundle's keys, so refusals carry their Chinese text from i18n/services.properties. */
@Component
class ServiceMessages {

    private final MessageSource messages;

    ServiceMessages(MessageSource messages) {
        this.messages = messages;
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
    }

    DomainViolation violation(String field, String key, Object... args) {
        return new DomainViolation(field, text(key, args));
    }
}
