package cn.yingshang.review.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yingshang.review.ReviewGroup;
import cn.yingshang.review.ScreeningFinding;
import cn.yingshang.shared.DomainViolation;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StandardsAsDataTest {

    static final StandardSet SHIPPED = StandardsJson.shipped();

    @Test
    @DisplayName("国令783号 Art. 8–11: the shipped rule set has the 19 items in four groups plus the six tender barriers of 003 §9/§12")
    void nineteenItemsAndTenderBarriers() {
        assertThat(SHIPPED.standards()).hasSize(25);
        assertThat(SHIPPED.standards().stream().filter(s -> !s.code().startsWith("TB")).map(ReviewStandard::group))
                .containsOnly(ReviewGroup.values())
                .filteredOn(g -> g == ReviewGroup.MARKET_ACCESS).hasSize(5);
        assertThat(SHIPPED.standards().stream().filter(s -> s.group() == ReviewGroup.FREE_FLOW && !s.code().startsWith("TB"))).hasSize(6);
        assertThat(SHIPPED.standards().stream().filter(s -> s.group() == ReviewGroup.PRODUCTION_COST)).hasSize(4);
        assertThat(SHIPPED.standards().stream().filter(s -> s.group() == ReviewGroup.PRODUCTION_CONDUCT)).hasSize(4);
    }

    @Test
    @DisplayName("004 #5: a local-branch requirement in a tender is found, with group, clause, reason and article")
    void localBranchRequirement() {
        List<ScreeningFinding> findings = SHIPPED.screen("一、项目概况。\n投标人须在乌鲁木齐市设立分公司或办事处，并提供营业执照。");
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.group()).isEqualTo(ReviewGroup.FREE_FLOW);
            assertThat(f.standardCode()).isEqualTo("TB2");
            assertThat(f.clause()).isEqualTo("投标人须在乌鲁木齐市设立分公司或办事处，并提供营业执照。");
            assertThat(f.reason()).contains("分公司");
            assertThat(f.article()).contains("003 §12");
        });
    }

    @Test
    @DisplayName("the same barrier is found however it is typed: full-width figures, Chinese numerals, spaces")
    void chineseTextForms() {
        assertThat(SHIPPED.screen("投标人成立时间不少于五年。")).extracting(ScreeningFinding::standardCode).contains("TB4");
        assertThat(SHIPPED.screen("投标人成立时间不少于５年。")).extracting(ScreeningFinding::standardCode).contains("TB4");
        assertThat(SHIPPED.screen("投标人 成立 时间不少于 5 年；")).extracting(ScreeningFinding::standardCode).contains("TB4");
        assertThat(SHIPPED.screen("投标人注册资本不低于五千万元")).extracting(ScreeningFinding::standardCode).contains("TB3");
    }

    @Test
    @DisplayName("003 §12: lawful SME set-asides and neutral 本地 are not barriers")
    void lookAlikesAreNotFlagged() {
        assertThat(SHIPPED.screen("本项目预留40%的采购份额面向中小企业采购。本项目的实施地点为乌鲁木齐市天山区。")).isEmpty();
    }

    @Test
    @DisplayName("a new rule is data: a standard built from patterns flags text without code changes; a broken pattern is refused")
    void newRuleIsData() {
        ReviewStandard s = ReviewStandard.of("XX1", ReviewGroup.PRODUCTION_CONDUCT, "示例", "示例条款", "示例原因", null,
                List.of("强制[^,。]{0,6}团购"), List.of("不得强制"));
        StandardSet set = new StandardSet("t", List.of(s));
        assertThat(set.screen("各商户须强制参加团购活动。")).hasSize(1);
        assertThat(set.screen("不得强制商户参加团购活动。")).isEmpty();
        assertThatThrownBy(() -> ReviewStandard.of("XX2", ReviewGroup.FREE_FLOW, "t", "a", "r", null, List.of("(未闭合"), List.of()))
                .isInstanceOf(DomainViolation.class).hasMessageContaining("正则");
    }

    @Test
    @DisplayName("clauses are split at full stops, semicolons and line breaks")
    void clauses() {
        assertThat(ClauseSplitter.split("（一）甲；（二）乙。\n丙！丁戊")).containsExactly("（一）甲；", "（二）乙。", "丙！", "丁戊");
    }

    @Test
    @DisplayName("a term is data: {本地} in a pattern stands for every word of the term, and an unknown term is refused")
    void termsAreData() {
        ReviewTerms terms = ReviewTerms.of(java.util.Map.of("本地", List.of("本市", "县内", "辖区内")));
        ReviewStandard s = ReviewStandard.of("XX3", ReviewGroup.FREE_FLOW, "示例", "示例条款", "示例原因", null,
                List.of("仅限{本地}企业"), List.of(), terms);
        StandardSet set = new StandardSet("t", terms, List.of(s));
        assertThat(set.screen("本次采购仅限县内企业参加。")).hasSize(1);
        assertThat(set.screen("本次采购仅限辖区内企业参加。")).hasSize(1);
        assertThat(set.screen("本次采购仅限中小企业参加。")).isEmpty();
        assertThatThrownBy(() -> ReviewStandard.of("XX4", ReviewGroup.FREE_FLOW, "t", "a", "r", null, List.of("仅限{外地}"),
                List.of(), terms)).isInstanceOf(DomainViolation.class).hasMessageContaining("{外地}");
        assertThatThrownBy(() -> ReviewTerms.term("本地", List.of("(未闭合"))).isInstanceOf(DomainViolation.class);
    }

    @Test
    @DisplayName("003 §12 (四): a required past contract above the project's budget is flagged, one within it is not")
    void performanceThresholdRelativeToBudget() {
        assertThat(SHIPPED.screen("本项目预算金额为80万元，投标人须具有单项合同金额不低于800万元的类似项目业绩。"))
                .extracting(ScreeningFinding::standardCode).contains("TB4");
        assertThat(SHIPPED.screen("本项目预算金额为伍拾万元，投标人须具有合同金额不少于一百万元的同类业绩。"))
                .extracting(ScreeningFinding::standardCode).contains("TB4");
        assertThat(SHIPPED.screen("本项目预算金额为2000万元，投标人须具有单项合同金额不低于500万元的类似项目业绩。")).isEmpty();
        assertThat(Amounts.yuan("1.5亿")).isEqualTo(150_000_000.0);
        assertThat(Amounts.yuan("80万元")).isEqualTo(800_000.0);
        assertThat(Amounts.yuan("许多")).isEqualTo(-1.0);
    }

    @Test
    @DisplayName("a lawful prohibition is not a barrier: 不得要求 / 不区分 / 同等享受 turn a look-alike off")
    void prohibitionsAreExceptions() {
        assertThat(SHIPPED.screen("采购人不得要求供应商在本地设立分支机构。")).isEmpty();
        assertThat(SHIPPED.screen("符合条件的各类企业均可申报本项补助，不区分所有制形式和注册地。")).isEmpty();
        assertThat(SHIPPED.screen("投标人须在本市设立分公司。")).extracting(ScreeningFinding::standardCode).contains("TB2");
    }
}
