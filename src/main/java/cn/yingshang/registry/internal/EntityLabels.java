package cn.yingshang.registry.internal;

import cn.yingshang.shared.ChineseBundle;
import cn.yingshang.shared.DomainViolation;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/** Qualifications and tags: short labels separated by 、 ， , ; or ； in forms and files. */
final class EntityLabels {

    private static final String BUNDLE = "i18n/registry";
    private static final String SEPARATORS = ChineseBundle.text(BUNDLE, "registry.labels.separators");
    private static final String SEPARATOR = ChineseBundle.text(BUNDLE, "registry.labels.separator");

    private EntityLabels() {
    }

    static Set<String> parse(String field, String text) {
        Set<String> labels = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return labels;
        }
        for (String raw : text.split(SEPARATORS)) {
            String label = raw.strip();
            if (label.isEmpty()) {
                continue;
            }
            if (label.length() > 30 || label.matches(".*[\"\\\\{}].*")) {
                throw DomainViolation.of(field, "registry.labels.invalid", label);
            }
            labels.add(label);
        }
        if (labels.size() > 20) {
            throw DomainViolation.of(field, "registry.labels.tooMany");
        }
        return labels;
    }

    static String join(Set<String> labels) {
        return String.join(SEPARATOR, labels.stream().sorted().toList());
    }

    static Set<String> of(String... labels) {
        return new LinkedHashSet<>(Arrays.asList(labels));
    }
}
