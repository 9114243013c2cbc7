package cn.yingshang.shared;

import java.math.BigDecimal;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 工信部联企业〔2011〕300号《中小企业划型标准规定》, Art. 4; money in 万元. */
class EnterpriseSizeTest {

    private static EnterpriseSize size(String industry, Integer headcount, BigDecimal revenue, BigDecimal assets) {
        return EnterpriseSize.classify(IndustryCode.of(industry), headcount, revenue, assets).orElseThrow();
    }

    @ParameterizedTest(name = "{0} people, {1} 万元 → {2}")
    @CsvSource({
            "1000, 40000,    LARGE",
            "999,  40000,    MEDIUM",
            "1000, 39999.99, MEDIUM",
            "300,  2000,     MEDIUM",
            "299,  2000,     SMALL",
            "300,  1999.99,  SMALL",
            "20,   300,      SMALL",
            "19,   300,      MICRO",
            "20,   299.99,   MICRO",
            "5000, 100,      MICRO"})
    @DisplayName("300号 Art. 4(二) 工业: large ≥1000 people and ≥40000; medium ≥300 and ≥2000; small ≥20 and ≥300; else micro")
    void industry(int headcount, BigDecimal revenue, EnterpriseSize expected) {
        assertThat(size("C13", headcount, revenue, null)).isEqualTo(expected);
        assertThat(size("B06", headcount, revenue, null)).isEqualTo(expected);
        assertThat(size("D44", headcount, revenue, null)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "revenue {0}, assets {1} → {2}")
    @CsvSource({
            "80000, 80000, LARGE",
            "80000, 79999, MEDIUM",
            "6000,  5000,  MEDIUM",
            "5999,  5000,  SMALL",
            "6000,  4999,  SMALL",
            "300,   300,   SMALL",
            "299,   300,   MICRO",
            "300,   299,   MICRO"})
    @DisplayName("300号 Art. 4(三) 建筑业: by revenue and total assets — large ≥80000 and ≥80000; medium ≥6000 and ≥5000; small ≥300 and ≥300")
    void construction(BigDecimal revenue, BigDecimal assets, EnterpriseSize expected) {
        assertThat(size("E47", null, revenue, assets)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} people, {1} 万元 → {2}")
    @CsvSource({
            "200, 40000, LARGE",
            "199, 40000, MEDIUM",
            "20,  5000,  MEDIUM",
            "19,  5000,  SMALL",
            "20,  4999,  SMALL",
            "5,   1000,  SMALL",
            "4,   1000,  MICRO",
            "5,   999,   MICRO"})
    @DisplayName("300号 Art. 4(四) 批发业: large ≥200 people and ≥40000; medium ≥20 and ≥5000; small ≥5 and ≥1000")
    void wholesale(int headcount, BigDecimal revenue, EnterpriseSize expected) {
        assertThat(size("F51", headcount, revenue, null)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} people, {1} 万元 → {2}")
    @CsvSource({
            "300, 20000, LARGE",
            "299, 20000, MEDIUM",
            "50,  500,   MEDIUM",
            "49,  500,   SMALL",
            "50,  499,   SMALL",
            "10,  100,   SMALL",
            "9,   100,   MICRO",
            "10,  99,    MICRO"})
    @DisplayName("300号 Art. 4(五) 零售业: large ≥300 people and ≥20000; medium ≥50 and ≥500; small ≥10 and ≥100")
    void retail(int headcount, BigDecimal revenue, EnterpriseSize expected) {
        assertThat(size("F5211", headcount, revenue, null)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} people, {1} 万元 → {2}")
    @CsvSource({
            "1000, 30000, LARGE",
            "999,  30000, MEDIUM",
            "300,  3000,  MEDIUM",
            "299,  3000,  SMALL",
            "300,  2999,  SMALL",
            "20,   200,   SMALL",
            "19,   200,   MICRO",
            "20,   199,   MICRO"})
    @DisplayName("300号 Art. 4(六) 交通运输业: large ≥1000 people and ≥30000; medium ≥300 and ≥3000; small ≥20 and ≥200")
    void transport(int headcount, BigDecimal revenue, EnterpriseSize expected) {
        assertThat(size("G54", headcount, revenue, null)).isEqualTo(expected);
        assertThat(size("G591", headcount, revenue, null)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} people, {1} 万元 → {2}")
    @CsvSource({
            "300, 10000,  LARGE",
            "299, 10000,  MEDIUM",
            "100, 1000,   MEDIUM",
            "99,  1000,   SMALL",
            "100, 999,    SMALL",
            "10,  50,     SMALL",
            "9,   50,     MICRO",
            "10,  49.99,  MICRO"})
    @DisplayName("300号 Art. 4(十二) 软件和信息技术服务业: large ≥300 people and ≥10000; medium ≥100 and ≥1000; small ≥10 and ≥50")
    void software(int headcount, BigDecimal revenue, EnterpriseSize expected) {
        assertThat(size("I65", headcount, revenue, null)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} 万元 → {1}")
    @CsvSource({
            "20000,    LARGE",
            "19999.99, MEDIUM",
            "500,      MEDIUM",
            "499,      SMALL",
            "50,       SMALL",
            "49.99,    MICRO"})
    @DisplayName("300号 Art. 4(一) 农、林、牧、渔业: by revenue alone — large ≥20000; medium ≥500; small ≥50")
    void agriculture(BigDecimal revenue, EnterpriseSize expected) {
        assertThat(size("A01", null, revenue, null)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} people → {1}")
    @CsvSource({"300, LARGE", "299, MEDIUM", "100, MEDIUM", "99, SMALL", "10, SMALL", "9, MICRO"})
    @DisplayName("300号 Art. 4(十六) 其他未列明行业: by employees alone — large ≥300; medium ≥100; small ≥10")
    void other(int headcount, EnterpriseSize expected) {
        assertThat(size("M73", headcount, null, null)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "A05, AGRICULTURE", "B, INDUSTRY", "C43, INDUSTRY", "D46, INDUSTRY", "E50, CONSTRUCTION",
            "F51, WHOLESALE", "F52, RETAIL", "G54, TRANSPORT", "G58, TRANSPORT", "G591, TRANSPORT",
            "G592, WAREHOUSING", "G60, POSTAL", "H61, ACCOMMODATION", "H62, CATERING",
            "I63, INFORMATION_TRANSMISSION", "I64, INFORMATION_TRANSMISSION", "I65, SOFTWARE_AND_IT_SERVICES",
            "K701, REAL_ESTATE_DEVELOPMENT", "K7010, REAL_ESTATE_DEVELOPMENT", "K702, PROPERTY_MANAGEMENT",
            "K703, OTHER", "L71, LEASING_AND_BUSINESS_SERVICES", "L, LEASING_AND_BUSINESS_SERVICES",
            "G53, OTHER", "J66, OTHER", "O80, OTHER", "R90, OTHER"})
    @DisplayName("300号 Art. 4: each industry falls in one of the 16 groups (交通运输业 without 铁路运输业)")
    void groups(String industry, EnterpriseSizeStandard expected) {
        assertThat(EnterpriseSizeStandard.of(IndustryCode.of(industry))).contains(expected);
    }

    @Test
    @DisplayName("300号 Art. 4: the remaining groups at their medium floors and ceilings")
    void remainingGroups() {
        assertThat(size("G592", 100, new BigDecimal("1000"), null)).isEqualTo(EnterpriseSize.MEDIUM);
        assertThat(size("G592", 200, new BigDecimal("30000"), null)).isEqualTo(EnterpriseSize.LARGE);
        assertThat(size("G60", 300, new BigDecimal("2000"), null)).isEqualTo(EnterpriseSize.MEDIUM);
        assertThat(size("G60", 20, new BigDecimal("99"), null)).isEqualTo(EnterpriseSize.MICRO);
        assertThat(size("H61", 100, new BigDecimal("2000"), null)).isEqualTo(EnterpriseSize.MEDIUM);
        assertThat(size("H62", 300, new BigDecimal("10000"), null)).isEqualTo(EnterpriseSize.LARGE);
        assertThat(size("I63", 2000, new BigDecimal("100000"), null)).isEqualTo(EnterpriseSize.LARGE);
        assertThat(size("I64", 1999, new BigDecimal("100000"), null)).isEqualTo(EnterpriseSize.MEDIUM);
        assertThat(size("K701", null, new BigDecimal("200000"), new BigDecimal("10000"))).isEqualTo(EnterpriseSize.LARGE);
        assertThat(size("K701", null, new BigDecimal("1000"), new BigDecimal("5000"))).isEqualTo(EnterpriseSize.MEDIUM);
        assertThat(size("K701", null, new BigDecimal("100"), new BigDecimal("1999"))).isEqualTo(EnterpriseSize.MICRO);
        assertThat(size("K702", 1000, new BigDecimal("5000"), null)).isEqualTo(EnterpriseSize.LARGE);
        assertThat(size("K702", 100, new BigDecimal("500"), null)).isEqualTo(EnterpriseSize.SMALL);
        assertThat(size("L72", 100, null, new BigDecimal("8000"))).isEqualTo(EnterpriseSize.MEDIUM);
        assertThat(size("L72", 300, null, new BigDecimal("120000"))).isEqualTo(EnterpriseSize.LARGE);
        assertThat(size("L72", 10, null, new BigDecimal("99"))).isEqualTo(EnterpriseSize.MICRO);
    }

    @Test
    @DisplayName("Size is unknown when a figure the group needs is missing, or the industry code is too coarse")
    void unknown() {
        assertThat(EnterpriseSize.classify(IndustryCode.of("C13"), null, new BigDecimal("5000"), null)).isEmpty();
        assertThat(EnterpriseSize.classify(IndustryCode.of("C13"), 50, null, null)).isEmpty();
        assertThat(EnterpriseSize.classify(IndustryCode.of("E47"), 50, new BigDecimal("5000"), null)).isEmpty();
        assertThat(EnterpriseSize.classify(IndustryCode.of("G"), 50, new BigDecimal("5000"), null)).isEmpty();
        assertThat(EnterpriseSize.classify(IndustryCode.of("K70"), 50, new BigDecimal("5000"), new BigDecimal("1"))).isEmpty();
        assertThat(EnterpriseSize.classify(IndustryCode.of("F"), 50, new BigDecimal("5000"), null)).isEmpty();
    }

    @Test
    @DisplayName("Negative figures are refused; labels are 大型 中型 小型 微型")
    void negativeAndLabels() {
        assertThatThrownBy(() -> EnterpriseSize.classify(IndustryCode.of("C13"), -1, BigDecimal.ONE, null))
                .isInstanceOf(DomainViolation.class).hasMessage("从业人员数不能为负数");
        assertThat(EnterpriseSize.MICRO.label()).isEqualTo("微型");
        assertThat(EnterpriseSize.LARGE.isSme()).isFalse();
        assertThat(EnterpriseSizeStandard.INDUSTRY.label()).isEqualTo("工业");
    }
}
