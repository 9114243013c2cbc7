package cn.yingshang.services.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OneTimeNoticeTest {

    final OneTimeNotice notice = new OneTimeNotice(List.of("印章印模", "经办人授权委托书"), LocalDate.of(2025, 3, 14));

    @Test
    @DisplayName("001 §31: a second supplement request for a material not in the first notice is refused")
    void secondRequestForUnnamedMaterialIsRefused() {
        assertThat(notice.furtherRequest(List.of("印章印模", "场地证明")))
                .isEqualTo(OneTimeNotice.Outcome.REFUSED_NOT_IN_FIRST_NOTICE);
        assertThat(notice.notNamed(List.of("印章印模", "场地证明"))).containsExactly("场地证明");
    }

    @Test
    @DisplayName("001 §31: asking again for what the first notice named is allowed")
    void requestWithinNoticeIsAllowed() {
        assertThat(notice.furtherRequest(List.of("经办人授权委托书"))).isEqualTo(OneTimeNotice.Outcome.WITHIN_NOTICE);
    }
}
