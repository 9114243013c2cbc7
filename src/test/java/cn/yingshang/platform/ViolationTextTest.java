package cn.yingshang.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.shared.DomainViolation;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Issue 14: a domain violation carries its key and arguments and reads in the reader's language. */
class ViolationTextTest {

    static final Locale UYGHUR = Locale.forLanguageTag("ug-CN");

    static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/messages", "i18n/appeal");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    @Test
    @DisplayName("DomainViolation.of keeps the Chinese message for logs and carries key and arguments")
    void carriesKeyAndArguments() {
        DomainViolation violation = DomainViolation.of("region", "input.enum", "XJ");
        assertThat(violation.getMessage()).isEqualTo("取值无效：XJ");
        assertThat(violation.key()).isEqualTo("input.enum");
        assertThat(violation.args()).containsExactly("XJ");
        assertThat(violation.field()).isEqualTo("region");
    }

    @Test
    @DisplayName("resolved in Uyghur where translated, in Chinese for Chinese readers and for untranslated keys")
    void resolvedInTheReadersLanguage() {
        ResourceBundleMessageSource messages = bundles();
        DomainViolation violation = DomainViolation.of("region", "input.enum", "XJ");
        assertThat(ViolationText.of(violation, messages, UYGHUR)).isEqualTo("قىممىتى ئىناۋەتسىز: XJ");
        assertThat(ViolationText.of(violation, messages, Locale.SIMPLIFIED_CHINESE)).isEqualTo("取值无效：XJ");
        // a key of a module bundle with no Uyghur text: the Chinese base bundle
        DomainViolation untranslated = DomainViolation.of(null, "appeal.accessCode.ownAccount");
        assertThat(ViolationText.of(untranslated, messages, UYGHUR)).isEqualTo(untranslated.getMessage()).matches(".*\\p{IsHan}.*");
        // made with a text: shown as it stands
        assertThat(ViolationText.of(new DomainViolation("x", "原样"), messages, UYGHUR)).isEqualTo("原样");
    }

    @Test
    @DisplayName("form errors take the request's language: outside a request the Chinese message")
    void formErrorsOutsideARequest() {
        assertThat(FormErrors.of(DomainViolation.of("start", "input.year-range")))
                .containsEntry("start", "年份须在 1949 至 9999 之间");
    }
}
