package cn.yingshang.review.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class NecessaryLiteralsTest {

    @Test
    @DisplayName("the pre-check literals are what every match must contain")
    void literals() {
        assertThat(NecessaryLiterals.of("(本地|本市)[^,]{0,6}设立分公司")).containsExactly("设立分公司");
        assertThat(NecessaryLiterals.of("(不对外公开|不予公开)")).containsExactlyInAnyOrder("不对外公开", "不予公开");
        assertThat(NecessaryLiterals.of("(成立|注册)(时间)?[^,]{0,4}(不少于|满)\\d+年")).isNotNull();
        assertThat(NecessaryLiterals.of("\\d+年以上")).containsExactly("年以上");
        assertThat(NecessaryLiterals.of("(a)?b?")).isNull();
        assertThat(NecessaryLiterals.of("(未闭合")).isNull();
        assertThat(NecessaryLiterals.all("(?:外地|区外)[^。]{0,30}(?:复核|复检)后方可")).containsExactly(
                List.of("外地", "区外"), List.of("复核", "复检"), List.of("后方可"));
        assertThat(NecessaryLiterals.all("(a)?b?")).isNull();
    }

    @Test
    @DisplayName("the pre-check never hides a match: every shipped pattern that matches a labelled clause contains one of its literals")
    void neverHidesAMatch() throws Exception {
        var clauses = new String(getClass().getResourceAsStream("/review/labelled-clauses.tsv").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#") && !l.isBlank())
                .map(l -> cn.yingshang.shared.ChineseText.normalise(l.split("\t", 2)[1])).toList();
        int checked = 0;
        for (ReviewStandard s : StandardsJson.shipped().standards()) {
            for (int i = 0; i < s.patterns().size(); i++) {
                // the literals come from the pattern with its terms expanded, as the screener uses them
                var cues = s.compiled().cues().get(i);
                Pattern p = s.compiled().patterns().get(i);
                String regex = p.pattern();
                for (String c : clauses) {
                    if (p.matcher(c).find()) {
                        checked++;
                        assertThat(cues == null || cues.stream().allMatch(set -> set.stream().anyMatch(c::contains)))
                                .as(regex + " / " + c).isTrue();
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(200);
    }
}
