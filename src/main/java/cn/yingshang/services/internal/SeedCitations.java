package cn.yingshang.services.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Shows a seed reference as people read it: a measure reference (file code, {@code #}, number) becomes
 * the document's title and the measure's number, an article reference (file code, {@code §}, number)
 * the regulation's title and its article. The titles come from the services bundle; the internal file
 * codes are never shown.
 */
@Component
class SeedCitations {

    private static final Pattern REF = Pattern.compile("(00[0-4])\\s*([§#])\\s*(\\d+)");

    private final ServiceMessages messages;

    SeedCitations(ServiceMessages messages) {
        this.messages = messages;
    }

    String format(String ref) {
        if (ref == null || ref.isBlank()) {
            return "";
        }
        Matcher m = REF.matcher(ref);
        if (!m.matches()) {
            return ref;
        }
        return messages.text("services.seed." + m.group(1)) + messages.text(
                "§".equals(m.group(2)) ? "services.seed.article" : "services.seed.measure", m.group(3));
    }
}
