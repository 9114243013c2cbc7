package cn.yingshang.review.internal;

import cn.yingshang.review.ReviewGroup;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the shipped rule set (classpath review/standards.json), the seed of the editable standards. */
public final class StandardsJson {

    static final String RESOURCE = "/review/standards.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private StandardsJson() {
    }

    public static StandardSet shipped() {
        try (InputStream in = StandardsJson.class.getResourceAsStream(RESOURCE)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static StandardSet read(InputStream in) {
        JsonNode root = JSON.readTree(in);
        Map<String, List<String>> vocabulary = new LinkedHashMap<>();
        JsonNode termsNode = root.path("terms");
        for (String name : termsNode.propertyNames()) {
            vocabulary.put(name, strings(termsNode.get(name)));
        }
        ReviewTerms terms = ReviewTerms.of(vocabulary);
        List<ReviewStandard> standards = new ArrayList<>();
        for (JsonNode s : root.get("standards")) {
            standards.add(ReviewStandard.of(s.get("code").asString(), ReviewGroup.valueOf(s.get("group").asString()),
                    s.get("title").asString(), s.get("article").asString(), s.path("reason").asString(""),
                    s.hasNonNull("context") ? s.get("context").asString() : null, strings(s.get("patterns")),
                    strings(s.get("unless")), terms));
        }
        return new StandardSet(root.path("version").asString(""), terms, List.copyOf(standards));
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) {
            array.forEach(n -> out.add(n.asString()));
        }
        return out;
    }
}
