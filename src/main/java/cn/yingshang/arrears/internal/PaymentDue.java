package cn.yingshang.arrears.internal;

import cn.yingshang.shared.TimeLimit;
import java.time.LocalDate;
import java.util.Set;

/** When a claim falls due and why, and what the terms break. */
public record PaymentDue(LocalDate clockStart, String clockStartReason, TimeLimit term, LocalDate dueOn, Set<Violation> violations) {

    boolean isOverdueOn(LocalDate day) {
        return day.isAfter(dueOn);
    }
}
