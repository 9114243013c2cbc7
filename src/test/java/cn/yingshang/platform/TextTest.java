package cn.yingshang.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yingshang.credit.CreditRecordKind;
import cn.yingshang.shared.DomainViolation;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Text moved out of Java reads as it did when it was concatenated there (issue 14). */
class TextTest {

    @Test
    @DisplayName("a key resolves from the module bundle its prefix names, numbers as written (2025, not 2,025)")
    void moduleBundleAndPlainNumbers() {
        assertThat(Text.of("credit.creditRepairs.approvedStep", "2025-06-01", ""))
                .isEqualTo("记录自2025-06-01起停止公示，相关惩戒措施解除");
        assertThat(Text.of("inspection.draw.poolOrder", 12345)).endsWith("第12345行");
        assertThat(Text.list(List.of("营业执照", "章程"))).isEqualTo("营业执照、章程");
    }

    @Test
    @DisplayName("enum labels come from the bundle by key, refusals by key and arguments")
    void enumLabelsAndRefusals() {
        assertThat(CreditRecordKind.PENALTY.label()).isEqualTo("行政处罚");
        assertThat(DomainViolation.of("content", "credit.creditCommitments.content2", 1000).getMessage())
                .isEqualTo("承诺内容不能超过1000字");
        assertThatThrownBy(() -> Text.of("credit.no.such.key")).isInstanceOf(RuntimeException.class);
    }
}
