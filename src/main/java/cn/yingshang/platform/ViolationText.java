package cn.yingshang.platform;

import cn.yingshang.shared.DomainViolation;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The text of a {@link DomainViolation} in the reader's language: its key and arguments resolved
 * through the message source in the request's locale (Chinese fallback from the base bundles); a
 * violation made with a text, or a key without a translation, shows its Chinese message.
 */
public final class ViolationText {

    private ViolationText() {
    }

    public static String of(DomainViolation violation, MessageSource messages, Locale locale) {
        if (violation.key() == null || messages == null) {
            return violation.getMessage();
        }
        return messages.getMessage(violation.key(), violation.args(), violation.getMessage(), locale);
    }

    /**
     * In the current request, with the application context as message source (no injection needed,
     * so static form helpers can use it); outside a request, the Chinese message.
     */
    public static String of(DomainViolation violation) {
        if (violation.key() != null && RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            MessageSource messages = RequestContextUtils.findWebApplicationContext(attributes.getRequest());
            return of(violation, messages, LocaleContextHolder.getLocale());
        }
        return violation.getMessage();
    }
}
