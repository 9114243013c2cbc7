package cn.yingshang.cockpit.internal;

import cn.yingshang.shared.DomainViolation;

/**
 * What a supervisor observed (000 §8, 001 §53), which decides where it goes. A problem an
 * enterprise meets and a suggestion need a department's answer within a time limit and the
 * requester's rating, so they become appeals; misconduct or poor service seen first-hand is put
 * right by the department and verified by the office, so it becomes a rectification item.
 */
@cn.yingshang.shared.DomainType
enum ObservationKind {
    ENTERPRISE_PROBLEM("COMPLAINT"),
    SUGGESTION("SUGGESTION"),
    CONDUCT(null);

    /** The appeal type it is filed as; null when it becomes a rectification item. */
    private final String appealType;

    ObservationKind(String appealType) {
        this.appealType = appealType;
    }

    boolean becomesAppeal() {
        return appealType != null;
    }

    String appealType() {
        return appealType;
    }

    /** The message key of its label and of the explanation the form shows. */
    public String messageKey() {
        return "cockpit.observation.kind." + name();
    }

    static ObservationKind parse(String value) {
        if (value == null || value.isBlank()) {
            throw DomainViolation.of("kind", "cockpit.observation.kindRequired");
        }
        try {
            return valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw DomainViolation.of("kind", "cockpit.observation.kindInvalid", value);
        }
    }
}
