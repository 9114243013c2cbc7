package cn.yingshang.finance.internal;

import cn.yingshang.shared.DomainViolation;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Resolves the financing bundle, so refusals carry their Chinese text from i18n/finance.properties. */
@Component
class FinanceMessages {

    private final MessageSource messages;

    FinanceMessages(MessageSource messages) {
        this.messages = messages;
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
    }

    DomainViolation violation(String field, String key, Object... args) {
        return new DomainViolation(field, text(key, args));
    }
}
