package cn.yingshang.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Seed citations read as the document's title and article, from the one table of titles in the bundle. */
class CitationTitlesTest {

    private final Citations citations;

    CitationTitlesTest() {
        ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();
        bundle.setBasenames("i18n/messages");
        bundle.setDefaultEncoding("UTF-8");
        bundle.setFallbackToSystemLocale(false);
        this.citations = new Citations(bundle);
    }

    @Test
    @DisplayName("one article, a measure, a range and a list, each under its document's title")
    void titlesAndArticles() {
        assertThat(citations.text("抽查结果公开（000" + " §51）。")).isEqualTo("抽查结果公开（《新疆维吾尔自治区优化营商环境条例》第五十一条）。");
        assertThat(citations.text("004" + " #5")).isEqualTo("《乌鲁木齐市营商环境优化提升方案》第五项");
        assertThat(citations.text("003" + " §31–§33")).isEqualTo("《自治区促进民营经济发展办法》第三十一条至第三十三条");
        assertThat(citations.text("000" + " §22、§23、§29")).isEqualTo("《新疆维吾尔自治区优化营商环境条例》第二十二条、第二十三条、第二十九条");
        assertThat(citations.text("001" + " §10 与 002" + " #37")).isEqualTo("《哈密市实施〈优化营商环境条例〉办法》第十条 与 《自治区政法机关服务保障法治化营商环境若干措施》第三十七项");
        assertThat(citations.text("电话 13900001111，编号 FEE-023")).isEqualTo("电话 13900001111，编号 FEE-023");
    }

    @Test
    @DisplayName("article numbers in Chinese numerals as the documents number them")
    void numerals() {
        assertThat(Citations.numeral(5)).isEqualTo("五");
        assertThat(Citations.numeral(10)).isEqualTo("十");
        assertThat(Citations.numeral(15)).isEqualTo("十五");
        assertThat(Citations.numeral(20)).isEqualTo("二十");
        assertThat(Citations.numeral(51)).isEqualTo("五十一");
        assertThat(Citations.numeral(100)).isEqualTo("一百");
        assertThat(Citations.numeral(105)).isEqualTo("一百零五");
        assertThat(Citations.numeral(115)).isEqualTo("一百一十五");
    }
}
