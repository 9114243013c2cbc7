package cn.yingshang.platform.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The audit log as an official reads it: "诉求·查看诉求人身份", not {@code appeal.identity.view}; the
 * recorded state as "状态：已答复", not {@code {"status":"REPLIED"}}. Labels come from the platform bundle
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

    String target(String type, String id) {
        String label = type == null ? null : text("audit.target." + type.replace('_', '-'));
        return (label == null ? text("audit.target.other") : label) + " " + (id == null ? "" : id);
    }

    /** A recorded state (JSON object) as "字段：值；字段：值". */
    String state(String recorded) {
        if (recorded == null || recorded.isBlank() || "null".equals(recorded)) {
            return "—";
        }
        try {
            Object value = json.readValue(recorded, Object.class);
            return show(value);
        } catch (RuntimeException e) {
            return recorded;
        }
    }

    private String show(Object value) {
        if (value instanceof Map<?, ?> map) {
            List<String> parts = new ArrayList<>();
            map.forEach((k, v) -> {
                String field = text("audit.field." + k);
                parts.add((field == null ? String.valueOf(k) : field) + "：" + show(v));
            });
            return parts.isEmpty() ? "—" : String.join("；", parts);
        }
        if (value instanceof List<?> list) {
            return list.isEmpty() ? text("audit.value.none") : String.join("、", list.stream().map(this::show).toList());
        }
        if (value instanceof Boolean b) {
            return text(b ? "audit.value.yes" : "audit.value.no");
        }
        if (value == null) {
            return "—";
        }
        String s = String.valueOf(value);
        String label = s.matches("[A-Z][A-Z_]+") ? text("audit.value." + s) : null;
        return label == null ? s : label;
    }

    private String text(String key) {
        return messages.getMessage(key, null, null, Locale.SIMPLIFIED_CHINESE);
    }
}
