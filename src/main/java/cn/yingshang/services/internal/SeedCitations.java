package cn.yingshang.services.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Shows a seed reference as people read it: {@code 002 #7} becomes the document's title and the
 * measure's number ({@code 《…若干措施》第7条}), {@code 000 §27} the regulation's title and 第27条.
 * The titles come from the services bundle; the internal file codes are never shown.
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
