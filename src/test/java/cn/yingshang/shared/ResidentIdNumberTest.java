package cn.yingshang.shared;

import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResidentIdNumberTest {

    @Test
    @DisplayName("GB 11643-1999: the standard's examples 11010519491231002X and 440524188001010014 are valid")
    void standardExamplesAreValid() {
        assertThat(ResidentIdNumber.check("11010519491231002X").valid()).isTrue();
        assertThat(ResidentIdNumber.check("440524188001010014").valid()).isTrue();
        assertThat(ResidentIdNumber.checkCharacter("11010519491231002")).isEqualTo('X');
    }

    @Test
    @DisplayName("GB 11643-1999: a wrong check character is refused and the expected one named")
    void wrongCheckCharacterNamesExpected() {
        ResidentIdNumber.Check check = ResidentIdNumber.check("650102199003071234");

        assertThat(check.valid()).isFalse();
        assertThat(check.expectedCheckCharacter()).isEqualTo('5');
        assertThat(check.reason()).isEqualTo("校验码错误：第18位应为5，实为4");
        assertThatThrownBy(() -> ResidentIdNumber.of("650102199003071234"))
                .isInstanceOf(DomainViolation.class).hasMessageContaining("应为5");
    }

    @Test
    @DisplayName("GB 11643-1999: positions 7–14 are a real date of birth")
    void birthDateMustExist() {
        String body = "65010219900230123";
        String number = body + ResidentIdNumber.checkCharacter(body);

        assertThat(ResidentIdNumber.check(number).reason()).isEqualTo("出生日期无效：19900230");
        assertThat(ResidentIdNumber.of("650102199003071235").birthDate()).isEqualTo(LocalDate.of(1990, 3, 7));
    }

    @Test
    @DisplayName("GB 11643-1999: 18 characters, 17 digits then a digit or X; a lower-case x is accepted")
    void shape() {
        assertThat(ResidentIdNumber.check("650102900307123").reason()).isEqualTo("身份证号码长度应为18位，实为15位");
        assertThat(ResidentIdNumber.check("6501021990030712A5").reason()).isEqualTo("前17位应为数字，第17位为'A'");
        assertThat(ResidentIdNumber.of("11010519491231002x").value()).isEqualTo("11010519491231002X");
    }

    @Test
    @DisplayName("Personal information: masked keeps the first four and last four; toString never shows the full number")
    void masking() {
        ResidentIdNumber id = ResidentIdNumber.of("11010519491231002X");

        assertThat(id.masked()).isEqualTo("1101**********002X");
        assertThat(id.toString()).isEqualTo("1101**********002X");
        assertThat(ResidentIdNumber.check("11010519491231002X").toString()).doesNotContain("19491231");
    }
}
