package cn.yingshang.services.internal;

import java.util.List;
import java.util.Optional;

/**
 * The 差评 loop as a declared table (国办发〔2019〕51号): who may take which step from which state.
 * The department verifies, rectifies and reports back; the office reviews; the rater rates again.
 */
@cn.yingshang.shared.DomainType
final class BadRatingWorkflow {

    enum Actor { DEPARTMENT, OFFICE, RATER }

    record Step(String action, String from, Actor actor, String to) {
    }

    static final List<Step> STEPS = List.of(
            new Step("verify", "VERIFYING", Actor.DEPARTMENT, "RECTIFYING"),
            new Step("rectify", "RECTIFYING", Actor.DEPARTMENT, "FEEDBACK"),
            new Step("feedback", "FEEDBACK", Actor.DEPARTMENT, "REVIEW"),
            new Step("review", "REVIEW", Actor.OFFICE, "FOLLOW_UP"),
            new Step("follow-up", "FOLLOW_UP", Actor.RATER, "CLOSED"));

    private BadRatingWorkflow() {
    }

    static Optional<Step> step(String action) {
        return STEPS.stream().filter(s -> s.action().equals(action)).findFirst();
    }
}
