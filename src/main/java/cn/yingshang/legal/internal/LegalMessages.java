package cn.yingshang.legal.internal;

import cn.yingshang.shared.DomainViolation;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Text from i18n/legal.properties, so refusals and notices carry no Chinese written in Java. */
@Component
class LegalMessages {

    private final MessageSource messages;

    LegalMessages(MessageSource messages) {
        this.messages = messages;
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
    }

    DomainViolation violation(String field, String key, Object... args) {
        return new DomainViolation(field, text(key, args));
    }

    /** A rule's source as people read it: the document's title and article, never the internal form. */
    String basis(String basis) {
        String[] parts = basis.split(" ");
        String number = parts[1].replace("#", "").replace("§", "");
        return text("legal.basis." + parts[0], number);
    }
}
