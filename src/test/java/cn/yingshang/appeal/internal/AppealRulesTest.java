package cn.yingshang.appeal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yingshang.shared.DomainViolation;
import cn.yingshang.shared.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The pure rules of the appeal's use cases (issue 14): facts in, an outcome with every refusal out. */
class AppealRulesTest {

    final WorkingDayCalendar weekdays = WorkingDayCalendar.mondayToFriday();
    final LocalDate monday = LocalDate.of(2026, 11, 30);

    static List<String> fields(RuleOutcome<?> outcome) {
        return outcome.refusals().stream().map(DomainViolation::field).toList();
    }

    @Test
    @DisplayName("退单: a reason is needed, and the request is late the day after the return limit")
    void returnRequest() {
        assertThat(ReturnRules.request("  不属本部门职责 ", monday, monday).orRefuse()).isEqualTo("不属本部门职责");
        RuleOutcome<String> late = ReturnRules.request("不属本部门职责", monday, monday.plusDays(1));
        assertThat(late.allowed()).isFalse();
        assertThat(late.refusals().getFirst().getMessage()).contains("已超过退单时限");
        assertThat(fields(ReturnRules.request(" ", null, monday))).containsExactly("reason");
    }

    @Test
    @DisplayName("延期: both a missing reason and too many days are reported, not only the first")
    void extensionReportsEveryRefusal() {
        RuleOutcome<DeadlineRules.ExtensionRequest> both = DeadlineRules.extension(8, "", 5, 10);
        assertThat(fields(both)).containsExactly("reason", "days");
        assertThat(both.refusals().get(1).getMessage()).contains("1至5");
        assertThatThrownBy(both::orRefuse).isInstanceOf(AppealRefusals.class);
        assertThat(AppealRefusals.errorsOf(catchRefusal(both))).containsKeys("reason", "days");
        assertThat(DeadlineRules.extension(5, "等待鉴定", 5, 10).orRefuse()).isEqualTo(new DeadlineRules.ExtensionRequest(5, "等待鉴定"));
    }

    @Test
    @DisplayName("中止: resuming moves the due date by the working days the clock stood still")
    void resumeMovesDueDate() {
        Deadline running = Deadline.of(weekdays, monday, 10);
        DeadlineRules.Resumption r = DeadlineRules.resume(running, monday.plusDays(1), monday.plusDays(8), weekdays);
        assertThat(r.pausedDays()).isEqualTo(5);
        assertThat(r.deadline().due()).isEqualTo(weekdays.addWorkingDays(running.due(), 5));
    }

    @Test
    @DisplayName("000 §58: a declined appeal carries the guidance to the competent channel; assisting departments never include the lead")
    void declineAndDispatch() {
        assertThat(DispatchRules.decline("属诉讼事项", "请向人民法院起诉").orRefuse()).contains("属诉讼事项", "请向人民法院起诉");
        assertThat(DispatchRules.decline("属诉讼事项", " ").orRefuse()).isEqualTo("属诉讼事项");
        assertThat(fields(DispatchRules.decline(null, "指引"))).containsExactly("reason");
        assertThat(DispatchRules.assisting(3, List.of(3L, 4L, 4L, 5L))).containsExactly(4L, 5L);
        assertThat(DispatchRules.assisting(3, null)).isEmpty();
        assertThat(fields(DispatchRules.merge(7, 7, AppealStatus.SUBMITTED))).containsExactly("into");
        assertThat(fields(DispatchRules.merge(7, 8, AppealStatus.MERGED))).containsExactly("into");
        assertThat(DispatchRules.merge(7, 8, AppealStatus.DISPATCHED).allowed()).isTrue();
    }

    @Test
    @DisplayName("the reply carries each assisting opinion, is late after the due date, and counts working days from dispatch")
    void reply() {
        List<AppealReading.AssistOpinion> opinions = List.of(new AppealReading.AssistOpinion(4, "人社局", "同意主办意见"),
                new AppealReading.AssistOpinion(5, "税务局", null));
        ReplyRules.Reply r = ReplyRules.reply("已办结", opinions, monday, monday.minusDays(7), monday.plusDays(1), weekdays).orRefuse();
        assertThat(r.text()).startsWith("已办结").contains("人社局", "同意主办意见").doesNotContain("税务局");
        assertThat(r.late()).isTrue();
        assertThat(r.handlingDays()).isEqualTo(6);
        assertThat(fields(ReplyRules.reply("", opinions, null, null, monday, weekdays))).containsExactly("reply");
    }

    @Test
    @DisplayName("rating: resolution and satisfaction from their lists, both refusals at once; reopening only within the window and with a department")
    void ratingAndReopening() {
        assertThat(fields(RatingRules.rating("MAYBE", null))).containsExactly("resolution", "satisfaction");
        assertThat(RatingRules.rating("RESOLVED", "SATISFIED").orRefuse().label()).isEqualTo(RatingRules.ratingLabel("RESOLVED", "SATISFIED"));
        assertThat(RatingRules.visitNote(new RatingRules.Rating("PARTLY", "BASIC"), " 企业称已部分解决 ")).endsWith("企业称已部分解决");
        ReopenRules.Reopening ok = ReopenRules.reopen("仍未解决", monday, 3L, 5, 10, weekdays, monday.plusDays(7)).orRefuse();
        assertThat(ok.reply().due()).isEqualTo(weekdays.addWorkingDays(monday.plusDays(7), 10));
        RuleOutcome<ReopenRules.Reopening> late = ReopenRules.reopen("", monday, null, 5, 10, weekdays, monday.plusDays(14));
        assertThat(fields(late)).containsExactly("reason", "reason", null);
        assertThat(AppealRefusals.errorsOf(catchRefusal(late)).get("reason")).isEqualTo(late.refusals().getFirst().getMessage());
    }

    @Test
    @DisplayName("a typical case is published only for a resolved appeal, with a summary")
    void caseRules() {
        assertThat(CaseRules.publish("RESOLVED", " 某企业…当日办结 ").orRefuse()).isEqualTo("某企业…当日办结");
        assertThat(fields(CaseRules.publish("PARTLY", ""))).containsExactly("summary", "summary");
        assertThat(fields(StepText.required("note", "长".repeat(StepText.MAX + 1), "appeal.violation.step.note"))).containsExactly("note");
    }

    private static DomainViolation catchRefusal(RuleOutcome<?> outcome) {
        try {
            outcome.orRefuse();
        } catch (DomainViolation e) {
            return e;
        }
        throw new AssertionError("no refusal");
    }
}
