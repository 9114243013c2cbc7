package cn.yingshang.shared;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IndustryCodeTest {

    @Test
    @DisplayName("GB/T 4754-2017: 20 sections A–T and 97 divisions 01–97")
    void catalogueSize() {
        assertThat(Industries.sections()).extracting(IndustryCode::code)
                .containsExactly("A", "B", "C", "D", "E", "F", "G", "H", "I", "J",
                        "K", "L", "M", "N", "O", "P", "Q", "R", "S", "T");
        assertThat(Industries.divisions()).hasSize(97);
        for (int i = 0; i < 97; i++) {
            assertThat(Industries.divisions().get(i).division()).contains(String.format("%02d", i + 1));
        }
    }

    @ParameterizedTest(name = "{0}: {1}–{2}")
    @CsvSource({"A,01,05", "B,06,12", "C,13,43", "D,44,46", "E,47,50", "F,51,52", "G,53,60", "H,61,62",
            "I,63,65", "J,66,69", "K,70,70", "L,71,72", "M,73,75", "N,76,79", "O,80,82", "P,83,83",
            "Q,84,85", "R,86,90", "S,91,96", "T,97,97"})
    @DisplayName("GB/T 4754-2017: each section holds its range of divisions")
    void divisionsOfSection(char section, String first, String last) {
        var divisions = Industries.divisionsOf(section);

        assertThat(divisions).first().extracting(d -> d.division().orElseThrow()).isEqualTo(first);
        assertThat(divisions).last().extracting(d -> d.division().orElseThrow()).isEqualTo(last);
        assertThat(divisions).hasSize(Integer.parseInt(last) - Integer.parseInt(first) + 1);
    }

    @Test
    @DisplayName("GB/T 4754-2017: the four forms — section, division, group, class")
    void forms() {
        IndustryCode clazz = IndustryCode.of("C1311");

        assertThat(IndustryCode.of("C").level()).isEqualTo(IndustryLevel.SECTION);
        assertThat(IndustryCode.of("C13").level()).isEqualTo(IndustryLevel.DIVISION);
        assertThat(IndustryCode.of("C131").level()).isEqualTo(IndustryLevel.GROUP);
        assertThat(clazz.level()).isEqualTo(IndustryLevel.CLASS);
        assertThat(clazz.section()).isEqualTo('C');
        assertThat(clazz.division()).contains("13");
        assertThat(clazz.group()).contains("131");
        assertThat(clazz.parent()).contains(IndustryCode.of("C131"));
        assertThat(IndustryCode.of("C").division()).isEmpty();
    }

    @Test
    @DisplayName("GB/T 4754-2017: a division must belong to the section written before it")
    void divisionMustMatchSection() {
        assertThatThrownBy(() -> IndustryCode.of("C65"))
                .isInstanceOf(DomainViolation.class)
                .hasMessage("行业大类65不属于门类C（制造业），而属于门类I（信息传输、软件和信息技术服务业）");
        assertThatThrownBy(() -> IndustryCode.of("U")).hasMessage("行业门类不存在：U");
        assertThatThrownBy(() -> IndustryCode.of("T98")).hasMessage("行业大类不存在：98");
        assertThatThrownBy(() -> IndustryCode.of("C1")).hasMessageStartingWith("行业代码应为门类字母加");
        assertThatThrownBy(() -> IndustryCode.of("C13111")).hasMessageStartingWith("行业代码应为门类字母加");
        assertThat(Industries.find("C65")).isEmpty();
    }

    @Test
    @DisplayName("Digits without the section letter get it supplied, and lower case is raised")
    void letterSupplied() {
        assertThat(IndustryCode.of("6513").code()).isEqualTo("I6513");
        assertThat(IndustryCode.of("c13").code()).isEqualTo("C13");
        assertThatThrownBy(() -> IndustryCode.of("98")).hasMessage("行业大类不存在：98");
    }

    @Test
    @DisplayName("The name is the deepest level the catalogue knows")
    void names() {
        assertThat(IndustryCode.of("C").name()).isEqualTo("制造业");
        assertThat(IndustryCode.of("C15").name()).isEqualTo("酒、饮料和精制茶制造业");
        assertThat(IndustryCode.of("C1311").name()).isEqualTo("农副食品加工业");
        assertThat(IndustryCode.of("K7010").name()).isEqualTo("房地产开发经营");
        assertThat(IndustryCode.of("R87").name()).isEqualTo("广播、电视、电影和录音制作业");
        assertThat(IndustryCode.of("N79").name()).isEqualTo("土地管理业");
        assertThat(IndustryCode.of("I65").sectionName()).isEqualTo("信息传输、软件和信息技术服务业");
    }

    @Test
    @DisplayName("A code lies within its division and section, not within a neighbour")
    void within() {
        IndustryCode code = IndustryCode.of("C1311");

        assertThat(code.isWithin(IndustryCode.of("C"))).isTrue();
        assertThat(code.isWithin(IndustryCode.of("C13"))).isTrue();
        assertThat(code.isWithin(code)).isTrue();
        assertThat(code.isWithin(IndustryCode.of("C14"))).isFalse();
        assertThat(IndustryCode.of("C13").isWithin(code)).isFalse();
    }
}
