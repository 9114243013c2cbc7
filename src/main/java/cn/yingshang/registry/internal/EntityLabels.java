package cn.yingshang.registry.internal;

import cn.yingshang.shared.DomainViolation;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/** Qualifications and tags: short labels separated by 、 ， , ; or ； in forms and files. */
final class EntityLabels {

    private EntityLabels() {
    }

    static Set<String> parse(String field, String text) {
        Set<String> labels = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return labels;
        }
        for (String raw : text.split("[、，,;；|]")) {
            String label = raw.strip();
            if (label.isEmpty()) {
                continue;
            }
            if (label.length() > 30 || label.matches(".*[\"\\\\{}].*")) {
                throw new DomainViolation(field, "标签“" + label + "”不合规：每项不超过30字，不含引号、反斜杠或花括号");
            }
            labels.add(label);
        }
        if (labels.size() > 20) {
            throw new DomainViolation(field, "最多20项");
        }
        return labels;
    }

    static String join(Set<String> labels) {
        return String.join("、", labels.stream().sorted().toList());
    }

    static Set<String> of(String... labels) {
        return new LinkedHashSet<>(Arrays.asList(labels));
    }
}
