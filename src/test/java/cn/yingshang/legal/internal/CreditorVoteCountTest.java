package cn.yingshang.legal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.legal.internal.CreditorVoteCount.Ballot;
import cn.yingshang.legal.internal.CreditorVoteCount.Choice;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CreditorVoteCountTest {

    static Ballot b(long amount, boolean secured, Choice choice) {
        return new Ballot(BigDecimal.valueOf(amount), secured, choice);
    }

    @Test
    @DisplayName("EBL Art. 64: more than half the creditors present AND at least half of all unsecured claims")
    void ordinaryResolution() {
        // 2 of 3 present in favour holding exactly half of the unsecured total (100 of 200): passes ("以上" includes half)
        assertThat(CreditorVoteCount.ordinary(List.of(b(60, false, Choice.FOR), b(40, false, Choice.FOR),
                b(50, false, Choice.AGAINST), b(50, false, null))).passed()).isTrue();
        // the same heads holding 99 of 200: fails on the amount
        assertThat(CreditorVoteCount.ordinary(List.of(b(60, false, Choice.FOR), b(39, false, Choice.FOR),
                b(51, false, Choice.AGAINST), b(50, false, null))).passed()).isFalse();
        // one large creditor alone against two small ones: half the heads is not more than half
        assertThat(CreditorVoteCount.ordinary(List.of(b(150, false, Choice.FOR), b(1, false, Choice.AGAINST))).passed()).isFalse();
        // abstaining counts as present
        assertThat(CreditorVoteCount.ordinary(List.of(b(150, false, Choice.FOR), b(1, false, Choice.ABSTAIN),
                b(1, false, Choice.ABSTAIN))).passed()).isFalse();
        // a secured creditor's claim is not in the unsecured total
        assertThat(CreditorVoteCount.ordinary(List.of(b(1000, true, Choice.AGAINST), b(10, false, Choice.FOR), b(10, false, Choice.FOR))).passed())
                .isTrue();
        assertThat(CreditorVoteCount.ordinary(List.of(b(10, false, null))).passed()).isFalse();
    }

    @Test
    @DisplayName("EBL Art. 84: a reorganisation plan needs, in every group, more than half the voters holding two thirds of the group's claims")
    void reorganisationPlan() {
        List<Ballot> passes = List.of(b(200, true, Choice.FOR), b(50, true, Choice.FOR), b(100, true, Choice.AGAINST),
                b(70, false, Choice.FOR), b(30, false, null));
        assertThat(CreditorVoteCount.reorganisationPlan(passes).passed()).isTrue();
        // the secured group: two of three heads, but 199 of 300 in favour is below two thirds, so the plan fails
        List<Ballot> fails = List.of(b(150, true, Choice.FOR), b(49, true, Choice.FOR), b(101, true, Choice.AGAINST),
                b(70, false, Choice.FOR), b(30, false, null));
        var result = CreditorVoteCount.reorganisationPlan(fails);
        assertThat(result.passed()).isFalse();
        assertThat(result.groups()).extracting(CreditorVoteCount.Group::passed).containsExactly(false, true);
    }
}
