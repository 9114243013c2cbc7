package cn.yingshang.shared;

import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegionCodeTest {

    @Test
    @DisplayName("GB/T 2260: Xinjiang has 14 prefecture-level divisions plus 659000 for the county-level cities under the region")
    void prefectures() {
        Set<String> codes = Regions.prefectures().stream().map(RegionCode::code).collect(Collectors.toSet());

        assertThat(codes).containsExactlyInAnyOrder("650100", "650200", "650400", "650500", "652300", "652700",
                "652800", "652900", "653000", "653100", "653200", "654000", "654200", "654300", "659000");
        assertThat(Regions.prefectures()).allSatisfy(p -> assertThat(p.parent()).contains(Regions.XINJIANG));
    }

    @Test
    @DisplayName("GB/T 2260: the twelve cities administered directly by the region, 659001 石河子市 to 659012 白杨市")
    void directlyAdministeredCities() {
        RegionCode group = RegionCode.of("659000");

        assertThat(Regions.children(group)).extracting(RegionCode::name).containsExactly(
                "石河子市", "阿拉尔市", "图木舒克市", "五家渠市", "北屯市", "铁门关市",
                "双河市", "可克达拉市", "昆玉市", "胡杨河市", "新星市", "白杨市");
        assertThat(RegionCode.of("659001").prefecture()).isEqualTo(group);
    }

    @Test
    @DisplayName("GB/T 2260: counties carry their real codes and names")
    void countyNames() {
        assertThat(RegionCode.of("650102").name()).isEqualTo("天山区");
        assertThat(RegionCode.of("650103").name()).isEqualTo("沙依巴克区");
        assertThat(RegionCode.of("653101").name()).isEqualTo("喀什市");
        assertThat(RegionCode.of("652902").name()).isEqualTo("库车市");
        assertThat(RegionCode.of("654203").name()).isEqualTo("沙湾市");
        assertThat(RegionCode.of("653131").level()).isEqualTo(RegionLevel.COUNTY);
        assertThat(Regions.children(RegionCode.of("650100"))).hasSize(8);
        assertThat(Regions.children(RegionCode.of("653100"))).hasSize(12);
    }

    @Test
    @DisplayName("GB/T 2260: 652100 吐鲁番地区 and 652200 哈密地区 are retired but accepted, and map to 650400 and 650500")
    void historicCodes() {
        RegionCode turpan = RegionCode.of("652100");

        assertThat(turpan.level()).isEqualTo(RegionLevel.HISTORIC);
        assertThat(turpan.current()).isEqualTo(RegionCode.of("650400"));
        assertThat(RegionCode.of("652200").current()).isEqualTo(RegionCode.of("650500"));
        assertThat(RegionCode.of("652101").prefecture()).isEqualTo(RegionCode.of("650400"));
        assertThat(RegionCode.of("652101").isWithin(RegionCode.of("650400"))).isTrue();
        assertThat(RegionCode.of("650402").isWithin(turpan)).isTrue();
        assertThat(Regions.prefectures()).doesNotContain(turpan);
    }

    @Test
    @DisplayName("Codes outside the catalogue are refused with the code named")
    void unknownCodesRefused() {
        assertThatThrownBy(() -> RegionCode.of("110101"))
                .isInstanceOf(DomainViolation.class).hasMessage("行政区划代码不存在：110101");
        assertThatThrownBy(() -> RegionCode.of("65010")).hasMessage("行政区划代码应为6位数字：65010");
        assertThat(Regions.find("110101")).isEmpty();
        assertThat(Regions.find(" 650102 ")).contains(RegionCode.of("650102"));
    }

    @Test
    @DisplayName("Regions form a tree under 全国: county within prefecture within Xinjiang")
    void tree() {
        RegionCode tianshan = RegionCode.of("650102");

        assertThat(tianshan.prefecture()).isEqualTo(RegionCode.of("650100"));
        assertThat(tianshan.isWithin(Regions.XINJIANG)).isTrue();
        assertThat(tianshan.isWithin(RegionCode.NATIONAL)).isTrue();
        assertThat(tianshan.isWithin(RegionCode.of("653100"))).isFalse();
        assertThat(Regions.XINJIANG.parent()).contains(RegionCode.NATIONAL);
        assertThat(RegionCode.NATIONAL.parent()).isEmpty();
        assertThat(RegionCode.of("000000")).isEqualTo(RegionCode.NATIONAL);
        assertThat(Regions.all()).doesNotContain(RegionCode.NATIONAL).contains(Regions.XINJIANG);
    }

    @Test
    @DisplayName("Every county in force hangs under a prefecture, and a prefecture's weight is its counties' sum")
    void catalogueIsConsistent() {
        assertThat(Regions.counties()).allSatisfy(c -> {
            assertThat(c.prefecture().level()).isEqualTo(RegionLevel.PREFECTURE);
            assertThat(c.weight()).isPositive();
        });
        for (RegionCode prefecture : Regions.prefectures()) {
            int sum = Regions.children(prefecture).stream().mapToInt(RegionCode::weight).sum();
            assertThat(sum).as(prefecture.name()).isEqualTo(prefecture.weight());
        }
        assertThat(Regions.prefectures().stream().mapToInt(RegionCode::weight).sum())
                .isEqualTo(Regions.XINJIANG.weight());
    }
}
