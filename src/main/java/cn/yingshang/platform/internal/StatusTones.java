package cn.yingshang.platform.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The colour of a status badge, chosen by the status's Chinese label: words that mean done or
 * passed are green, overdue or refused red, waiting amber. The words live in the message bundle
 * (status.tone.*), so a module's new status needs no code here; colour is never the only signal,
 * the label is always shown too. Public only because templates call it (SpEL needs public access).
 */
@Component("statusTones")
public class StatusTones {

    private final List<String> bad;
    private final List<String> ok;
    private final List<String> warn;

    StatusTones(MessageSource messages) {
        this.bad = words(messages, "status.tone.bad");
        this.ok = words(messages, "status.tone.ok");
        this.warn = words(messages, "status.tone.warn");
    }

    public String toneOf(String label) {
        if (label == null) {
            return "";
        }
        if (bad.stream().anyMatch(label::contains)) {
            return "bad";
        }
        if (ok.stream().anyMatch(label::contains)) {
            return "ok";
        }
        if (warn.stream().anyMatch(label::contains)) {
            return "warn";
        }
        return "info";
    }

    private static List<String> words(MessageSource messages, String key) {
        return Arrays.stream(messages.getMessage(key, null, "", Locale.SIMPLIFIED_CHINESE).split(","))
                .map(String::trim).filter(w -> !w.isEmpty()).toList();
    }
}
