package cn.yingshang.review.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.shared.ChineseText;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ChineseTextTest {

    @Test
    @DisplayName("full-width letters, digits and punctuation become half-width; spaces go; letters lower case")
    void widths() {
        assertThat(ChineseText.normalise("投标人须提供ＩＳＯ９００１证书， 注册资本（万元）")).isEqualTo("投标人须提供iso9001证书,注册资本(万元)");
    }

    @Test
    @DisplayName("Chinese numerals before a unit become Arabic figures; numerals inside words stay")
    void numerals() {
        assertThat(ChineseText.normalise("成立时间不少于五年")).isEqualTo("成立时间不少于5年");
        assertThat(ChineseText.normalise("注册资本不低于五千万元")).isEqualTo("注册资本不低于5000万元");
        assertThat(ChineseText.normalise("近三年完成十二项")).isEqualTo("近3年完成12项");
        assertThat(ChineseText.normalise("一亿元")).isEqualTo("1亿元");
        assertThat(ChineseText.normalise("二〇二五年")).isEqualTo("2025年");
        assertThat(ChineseText.normalise("给予百分之十的价格扣除")).isEqualTo("给予10%的价格扣除");
        assertThat(ChineseText.normalise("截止时间为发出后的第三日")).isEqualTo("截止时间为发出后的第3日");
        assertThat(ChineseText.normalise("统一一律三免三减半千万不要")).isEqualTo("统一一律三免三减半千万不要");
    }

    @Test
    @DisplayName("financial numerals of contracts read like plain ones; 统一分配 stays a word")
    void financialNumeralsAndWords() {
        assertThat(ChineseText.normalise("注册资本不得低于伍佰万元")).isEqualTo("注册资本不得低于500万元");
        assertThat(ChineseText.normalise("营业收入不少于贰亿元，期限叁拾年")).isEqualTo("营业收入不少于2亿元,期限30年");
        assertThat(ChineseText.normalise("按本地企业标准的八折计分")).isEqualTo("按本地企业标准的8折计分");
        assertThat(ChineseText.normalise("由市交通运输局统一分配，唯一的一家")).isEqualTo("由市交通运输局统一分配,唯一的1家");
        assertThat(ChineseText.normalise("队伍建设和大陆架")).isEqualTo("队伍建设和大陆架");
        assertThat(ChineseText.normalise("每千瓦时零点二五元，一点五亿元，三点钟")).isEqualTo("每千瓦时0.25元,1.5亿元,三点钟");
    }
}
