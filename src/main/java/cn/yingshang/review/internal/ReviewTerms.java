package cn.yingshang.review.internal;

import cn.yingshang.shared.DomainViolation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Shared vocabularies of the review standards, as data: a term such as {本地} stands for every way a
 * drafter names the local jurisdiction (本市, 县内, 辖区内, 乌鲁木齐市 …). Patterns write {本地} and get the
 * whole alternation, so a synonym added here reaches every standard at once; this is what lets the
 * patterns generalise beyond the sentences they were written from.
 */
@cn.yingshang.shared.DomainType
public record ReviewTerms(Map<String, List<String>> byName) {

    /** {名称}: a regex quantifier never starts with a letter, so the two cannot be confused. */
    private static final Pattern REFERENCE = Pattern.compile("\\{([\\p{IsHan}A-Za-z_]+)}");
    private static final Pattern NAME = Pattern.compile("[\\p{IsHan}A-Za-z_]{1,20}");

    public static final ReviewTerms NONE = new ReviewTerms(Map.of());

    public ReviewTerms {
        byName = Map.copyOf(byName);
    }

    static ReviewTerms of(Map<String, List<String>> terms) {
        Map<String, List<String>> checked = new LinkedHashMap<>();
        terms.forEach((name, alternatives) -> checked.put(name, term(name, alternatives)));
        return new ReviewTerms(checked);
    }

    /** Validates one term: a short name and at least one alternative, each a valid regex without term references. */
    static List<String> term(String name, List<String> alternatives) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw DomainViolation.of("name", "review.reviewTerms.name");
        }
        List<String> clean = alternatives == null ? List.of()
                : alternatives.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (clean.isEmpty()) {
            throw DomainViolation.of("alternatives", "review.reviewTerms.alternatives", name);
        }
        for (String a : clean) {
            if (REFERENCE.matcher(a).find()) {
                throw DomainViolation.of("alternatives", "review.reviewTerms.alternatives2", a);
            }
            try {
                Pattern.compile(a);
            } catch (PatternSyntaxException e) {
                throw DomainViolation.of("alternatives", "review.reviewTerms.alternatives3", a, e.getDescription());
            }
        }
        return clean;
    }

    /** The regex with every {名称} replaced by a non-capturing alternation of the term's words. */
    String expand(String field, String regex) {
        Matcher m = REFERENCE.matcher(regex);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            List<String> words = byName.get(m.group(1));
            if (words == null) {
                throw DomainViolation.of(field, "review.reviewTerms.violation", m.group(1), regex);
            }
            m.appendReplacement(out, Matcher.quoteReplacement("(?:" + String.join("|", words) + ")"));
        }
        m.appendTail(out);
        return out.toString();
    }
}
