package cn.yingshang.legal.internal;

import cn.yingshang.platform.Citations;
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

    /**
     * A rule's source as people read it: a seed through the platform's table of titles, a national
     * law ("CPL 152") through this module's bundle.
     */
    String basis(String basis) {
        if (Citations.hasInternalForm(basis)) {
            return Citations.render(basis, messages);
        }
        String[] parts = basis.split(" ");
        return text("legal.basis." + parts[0], parts[1]);
    }
}
