package cn.yingshang.appeal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yingshang.shared.DomainViolation;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AppealWorkflowTest {

    @Test
    @DisplayName("国办发〔2020〕53号 closed loop: every declared transition is reachable from a new appeal")
    void everyTransitionReachable() {
        Set<AppealStatus> reached = EnumSet.of(AppealStatus.SUBMITTED);
        Deque<AppealStatus> todo = new ArrayDeque<>(reached);
        while (!todo.isEmpty()) {
            AppealStatus s = todo.pop();
            for (AppealWorkflow.Transition t : AppealWorkflow.TRANSITIONS) {
                if (t.from() == s && reached.add(t.to())) {
                    todo.push(t.to());
                }
            }
        }
        for (AppealWorkflow.Transition t : AppealWorkflow.TRANSITIONS) {
            assertThat(reached).as("state %s of %s", t.from(), t.action()).contains(t.from());
            assertThat(AppealWorkflow.next(t.from(), t.action(), t.actors())).isEqualTo(t.to());
        }
        assertThat(reached).containsAll(EnumSet.allOf(AppealStatus.class));
    }

    @Test
    @DisplayName("every undeclared (state, action) pair is refused with a Chinese message")
    void undeclaredRefused() {
        Set<Actor> everyone = EnumSet.allOf(Actor.class);
        int refused = 0;
        for (AppealStatus s : AppealStatus.values()) {
            for (AppealAction a : AppealAction.values()) {
                if (AppealWorkflow.find(s, a).isEmpty()) {
                    assertThatThrownBy(() -> AppealWorkflow.next(s, a, everyone)).isInstanceOf(DomainViolation.class)
                            .hasMessageContaining("不能" + a.label());
                    refused++;
                }
            }
        }
        assertThat(refused).isGreaterThan(200);
    }

    @Test
    @DisplayName("a declared action taken by an actor it does not name is refused (only the office dispatches, only the requester rates)")
    void wrongActorRefused() {
        for (AppealWorkflow.Transition t : AppealWorkflow.TRANSITIONS) {
            Set<Actor> others = EnumSet.complementOf(EnumSet.copyOf(t.actors()));
            assertThatThrownBy(() -> AppealWorkflow.next(t.from(), t.action(), others))
                    .isInstanceOf(DomainViolation.class).hasMessageContaining("无权");
        }
    }
}
