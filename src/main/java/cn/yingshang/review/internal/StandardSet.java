package cn.yingshang.review.internal;

import cn.yingshang.review.ScreeningFinding;
import cn.yingshang.shared.ChineseText;
import java.util.ArrayList;
import java.util.List;

/** The standards in force, applied clause by clause; one finding per clause and standard (public for the JMH benchmark). */
public record StandardSet(String version, List<ReviewStandard> standards) {

    public List<ScreeningFinding> screen(String text) {
        List<ScreeningFinding> findings = new ArrayList<>();
        for (String clause : ClauseSplitter.split(text)) {
            String normalised = ChineseText.normalise(clause);
            for (ReviewStandard s : standards) {
                String matched = s.match(normalised);
                if (matched != null) {
                    findings.add(new ScreeningFinding(s.group(), s.code(), s.title(), clause,
                            "含“" + matched + "”：" + s.reason(), s.article()));
                }
            }
        }
        return findings;
    }
}
