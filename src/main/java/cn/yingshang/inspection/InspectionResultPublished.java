package cn.yingshang.inspection;

import cn.yingshang.shared.CreditCode;

import java.time.LocalDate;

/**
 * An inspection result was published (一公开). {@code outcome} is the worst outcome over the
 * checklist: COMPLIANT, PROBLEM_FOUND, RECTIFICATION_ORDERED or REFERRED; {@code notToBePunished}
 * is true when every problem found was a first minor violation on the no-penalty list (000 §55).
 */
@org.springframework.modulith.events.Externalized("yingshang.events::inspection.result-published")
public record InspectionResultPublished(long taskId, String taskCode, CreditCode creditCode, String departmentCode,
                                        String outcome, boolean notToBePunished, String summary,
                                        LocalDate inspectedOn, LocalDate publishedOn) {
}
