package cn.yingshang.services.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * 001 §28, 004 #18: an item carries the same name, legal basis and type at region, city and county
 * level. The report lists, per item code, each field on which its implementations disagree and the
 * implementations that hold each value.
 */
@Component
class ConsistencyReport {

    /** A field on which implementations of one item code disagree: value → the implementations holding it. */
    record Disagreement(String itemCode, String field, Map<String, List<Guide>> values) {
    }

    private final ServiceGuides guides;

    ConsistencyReport(ServiceGuides guides) {
        this.guides = guides;
    }

    List<Disagreement> disagreements() {
        Map<String, List<Guide>> byCode = new LinkedHashMap<>();
        for (Guide g : guides.sharingCodeWithDisagreement()) {
            byCode.computeIfAbsent(g.itemCode(), k -> new ArrayList<>()).add(g);
        }
        List<Disagreement> out = new ArrayList<>();
        byCode.forEach((code, implementations) -> {
            add(out, code, "name", implementations, Guide::name);
            add(out, code, "basis", implementations, Guide::basis);
            add(out, code, "type", implementations, g -> g.type().name());
        });
        return out;
    }

    private static void add(List<Disagreement> out, String code, String field, List<Guide> implementations,
                            java.util.function.Function<Guide, String> value) {
        Map<String, List<Guide>> values = new LinkedHashMap<>();
        for (Guide g : implementations) {
            values.computeIfAbsent(value.apply(g), k -> new ArrayList<>()).add(g);
        }
        if (values.size() > 1) {
            out.add(new Disagreement(code, field, values));
        }
    }
}
