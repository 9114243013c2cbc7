package cn.yingshang.review.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yingshang.review.ReviewGroup;
import cn.yingshang.review.internal.ReviewModel.Conclusion;
import cn.yingshang.review.internal.ReviewModel.Decision;
import cn.yingshang.review.internal.ReviewModel.Finding;
import cn.yingshang.review.internal.ReviewModel.Signing;
import cn.yingshang.shared.DomainViolation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReviewRulesTest {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 2);

    static Finding finding(Decision d) {
        return new Finding(1, 1, ReviewGroup.FREE_FLOW, "TB2", "分支机构", "投标人须在本市设立分公司。", "", "003 §12", d, null, null);
    }

    @Test
    @DisplayName("a review record cannot be signed while a finding is neither confirmed nor dismissed")
    void pendingFindingsBlockSigning() {
        assertThatThrownBy(() -> ReviewRules.conclude(List.of(finding(Decision.PENDING)),
                new Signing("意见", false, null, null, null, false), TODAY))
                .isInstanceOf(DomainViolation.class).hasMessageContaining("未确认或排除");
    }

    @Test
    @DisplayName("国令783号 Art. 8–11: a confirmed finding without an exception means the measure may not be issued")
    void confirmedFindingIsNonCompliant() {
        assertThat(ReviewRules.conclude(List.of(finding(Decision.CONFIRMED)), new Signing("含分支机构要求", false, null, null, null, false), TODAY))
                .isEqualTo(Conclusion.NON_COMPLIANT);
        assertThat(ReviewRules.conclude(List.of(finding(Decision.DISMISSED)), new Signing("无问题", false, null, null, null, false), TODAY))
                .isEqualTo(Conclusion.COMPLIANT);
    }

    @Test
    @DisplayName("国令783号 Art. 12: an exception needs a listed ground, a justification and a time limit, and is published")
    void exceptionNeedsGroundJustificationAndTimeLimit() {
        List<Finding> confirmed = List.of(finding(Decision.CONFIRMED));
        assertThatThrownBy(() -> ReviewRules.conclude(confirmed, new Signing("意见", true, "", "理由理由理由理由理由理由", TODAY.plusYears(1), false), TODAY))
                .hasMessageContaining("第十二条");
        assertThatThrownBy(() -> ReviewRules.conclude(confirmed, new Signing("意见", true, "PUBLIC_INTEREST", "短", TODAY.plusYears(1), false), TODAY))
                .hasMessageContaining("替代方案");
        assertThatThrownBy(() -> ReviewRules.conclude(confirmed, new Signing("意见", true, "PUBLIC_INTEREST", "救灾物资储备必须就近保障，无影响更小的替代方案", null, false), TODAY))
                .hasMessageContaining("实施期限");
        Signing ok = new Signing("意见", true, "PUBLIC_INTEREST", "救灾物资储备必须就近保障，无影响更小的替代方案", TODAY.plusYears(1), false);
        assertThat(ReviewRules.conclude(confirmed, ok, TODAY)).isEqualTo(Conclusion.EXCEPTION);
        assertThat(ReviewRules.published(Conclusion.EXCEPTION, ok)).isTrue();
    }

    @Test
    @DisplayName("003 §35: a document without a review record, or found non-compliant, cannot be marked issued")
    void noRecordNoIssue() {
        assertThatThrownBy(() -> ReviewRules.requireIssuable(null)).hasMessageContaining("003 §35");
        assertThatThrownBy(() -> ReviewRules.requireIssuable(new ReviewModel.Record(1, Conclusion.NON_COMPLIANT, "x", null, null,
                null, false, "office", "营商办", java.time.Instant.EPOCH))).hasMessageContaining("不得出台");
    }
}
