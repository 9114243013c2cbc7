package cn.yingshang.shared;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CreditCodeTest {

    @Test
    @DisplayName("GB 32100-2015: the widely cited 91350100M000100Y43 is valid (checked by hand: Σ = 1640, 1640 mod 31 = 28, 31 − 28 = 3)")
    void widelyCitedExampleIsValid() {
        assertThat(CreditCode.checkCharacter("91350100M000100Y4")).isEqualTo('3');
        assertThat(CreditCode.check("91350100M000100Y43").valid()).isTrue();
        assertThat(CreditCode.of("91350100M000100Y43").value()).isEqualTo("91350100M000100Y43");
    }

    @ParameterizedTest
    @ValueSource(strings = {"91110000802100433B", "91440300708461136T", "91350100M000100Y43"})
    @DisplayName("GB 32100-2015: codes found on real business licences pass the check")
    void realCodesPass(String code) {
        assertThat(CreditCode.check(code).valid()).isTrue();
    }

    @Test
    @DisplayName("GB 32100-2015: a wrong check character is refused and the expected one named")
    void wrongCheckCharacterNamesExpected() {
        CreditCode.Check check = CreditCode.check("91350100M000100Y44");

        assertThat(check.valid()).isFalse();
        assertThat(check.expectedCheckCharacter()).isEqualTo('3');
        assertThat(check.reason()).isEqualTo("校验码错误：第18位应为3，实为4");
        assertThatThrownBy(() -> CreditCode.of("91350100M000100Y44"))
                .isInstanceOf(DomainViolation.class)
                .hasMessageContaining("应为3")
                .extracting(e -> ((DomainViolation) e).field()).isEqualTo("creditCode");
    }

    @Test
    @DisplayName("GB 32100-2015: I, O, S, V and Z are not in the alphabet; the reason names the character and its position")
    void illegalCharacterIsNamed() {
        CreditCode.Check check = CreditCode.check("9135I100M000100Y43");

        assertThat(check.valid()).isFalse();
        assertThat(check.reason()).isEqualTo("含有非法字符'I'（第5位）");
        assertThat(check.expectedCheckCharacter()).isNull();
    }

    @Test
    @DisplayName("GB 32100-2015: a code has 18 characters")
    void lengthIsEighteen() {
        assertThat(CreditCode.check("91350100M000100Y4").reason()).isEqualTo("统一社会信用代码长度应为18位，实为17位");
        assertThat(CreditCode.check("").reason()).isEqualTo("统一社会信用代码不能为空");
        assertThat(CreditCode.check(null).valid()).isFalse();
    }

    @Test
    @DisplayName("GB 32100-2015: positions 3–8 are the GB/T 2260 region code, digits only")
    void regionPartIsDigits() {
        String first17 = "913501A0M000100Y4";
        String code = first17 + CreditCode.checkCharacter(first17);

        assertThat(CreditCode.check(code).reason()).startsWith("第3–8位");
    }

    @Test
    @DisplayName("Pasted codes are cleaned: blanks trimmed, lower case raised, full-width made half-width")
    void pastedInputIsNormalised() {
        assertThat(CreditCode.of("  91350100m000100y43\t").value()).isEqualTo("91350100M000100Y43");
        assertThat(CreditCode.of("\u3000９１３５０１００Ｍ０００１００Ｙ４３").value()).isEqualTo("91350100M000100Y43");
        assertThat(CreditCode.check(" 91350100m000100y43 ").code()).isEqualTo("91350100M000100Y43");
    }

    @Test
    @DisplayName("GB 32100-2015: the parts of a code — authority, category, region, organisation identifier")
    void partsOfACode() {
        CreditCode code = CreditCode.of("91350100M000100Y43");

        assertThat(code.registrationAuthority()).isEqualTo('9');
        assertThat(code.category()).isEqualTo('1');
        assertThat(code.regionCode()).isEqualTo("350100");
        assertThat(code.organisationIdentifier()).isEqualTo("M000100Y4");
        assertThat(code).hasToString("91350100M000100Y43");
    }

    @Test
    @DisplayName("compose appends the check character, so every composed code is valid")
    void composeMakesValidCodes() {
        for (int i = 0; i < 10_000; i++) {
            String body = "92650102" + String.format("%09d", i * 7919L % 1_000_000_000L);
            CreditCode code = CreditCode.compose(body);
            assertThat(CreditCode.check(code.value()).valid()).isTrue();
            assertThat(code.value()).startsWith(body);
        }
    }

    @Test
    @DisplayName("checkCharacter refuses input that is not 17 legal characters")
    void checkCharacterRefusesBadInput() {
        assertThatThrownBy(() -> CreditCode.checkCharacter("9135")).isInstanceOf(DomainViolation.class);
        assertThatThrownBy(() -> CreditCode.checkCharacter("91350100M0001000O")).hasMessageContaining("'O'");
    }
}
