package cn.yingshang.platform.internal;

import cn.yingshang.shared.ChineseBundle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The audit log as an official reads it: 「诉求·查看诉求人身份」, not {@code appeal.identity.view}; the
 * recorded state as 「状态：已答复」, not {@code {"status":"REPLIED"}}. Labels come from the platform bundle
 * ({@code audit.action.*} for whole codes, else {@code audit.module.*} and {@code audit.verb.*};
 * {@code audit.field.*}, {@code audit.value.*}); what has no label yet keeps its recorded value.
 */
@Component
class AuditText {

    private final MessageSource messages;
    private final tools.jackson.databind.json.JsonMapper json;

    AuditText(MessageSource messages, tools.jackson.databind.json.JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    String action(String code) {
        if (code == null) {
            return "";
        }
        String whole = text("audit.action." + code);
        if (whole != null) {
            return whole;
        }
        String[] parts = code.split("\\.");
        String module = text("audit.module." + parts[0]);
        String verb = text("audit.verb." + parts[parts.length - 1].toLowerCase(Locale.ROOT).replace("-", "").replace("_", ""));
        return (module == null ? text("audit.module.other") : module) + "·" + (verb == null ? text("audit.verb.other") : verb);
    }

    String target(String type) {
        String label = type == null ? null : text("audit.target." + type.replace('_', '-'));
        return label == null ? text("audit.target.other") : label;
    }

    /** One field of a recorded state; a name or value without a label is a code, shown as such. */
    record Part(String label, boolean labelIsCode, String value, boolean valueIsCode) {
    }

    /** A recorded state (JSON object) as labelled parts: 「状态：已答复」. */
    List<Part> state(String recorded) {
        if (recorded == null || recorded.isBlank() || "null".equals(recorded)) {
            return List.of();
        }
        Object value;
        try {
            value = json.readValue(recorded, Object.class);
        } catch (RuntimeException e) {
            return List.of(new Part("", false, recorded, true));
        }
        List<Part> parts = new ArrayList<>();
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                String field = text("audit.field." + k);
                String[] shown = show(v);
                parts.add(new Part(field == null ? String.valueOf(k) : field, field == null, shown[0], shown[1] != null));
            });
        } else {
            String[] shown = show(value);
            parts.add(new Part("", false, shown[0], shown[1] != null));
        }
        return parts;
    }

    /** [text, non-null when the text is a code without a label]. */
    private String[] show(Object value) {
        if (value instanceof Map<?, ?> || value instanceof List<?> l && l.stream().anyMatch(x -> x instanceof Map<?, ?>)) {
            return new String[] {String.valueOf(value), "code"};
        }
        if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                return new String[] {text("audit.value.none"), null};
            }
            List<String> items = new ArrayList<>();
            boolean code = false;
            for (Object x : list) {
                String[] one = show(x);
                items.add(one[0]);
                code |= one[1] != null;
            }
            return new String[] {String.join(ChineseBundle.text("i18n/messages", "platform.list.separator"), items), code ? "code" : null};
        }
        if (value instanceof Boolean b) {
            return new String[] {text(b ? "audit.value.yes" : "audit.value.no"), null};
        }
        if (value == null) {
            return new String[] {"—", null};
        }
        String s = String.valueOf(value);
        if (s.matches("[A-Z][A-Z0-9_]+")) {
            String label = text("audit.value." + s);
            return label == null ? new String[] {s, "code"} : new String[] {label, null};
        }
        // an identifier (department code, document number, tracking number) is quoted as a code
        return new String[] {s, s.matches("[A-Za-z0-9_#:./-]*[A-Z][A-Za-z0-9_#:./-]*") ? "code" : null};
    }

    private String text(String key) {
        return messages.getMessage(key, null, null, Locale.SIMPLIFIED_CHINESE);
    }
}
