package cn.yingshang.appeal.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The forms of the appeal's actions, one record each, posted by the detail page (form fields) and
 * by the API (JSON bodies) alike: Bean Validation checks their shape, with messages from the appeal
 * bundle, and the use case's rule checks the rest. Their names are the API's schema names.
 */
final class AppealActionForms {

    private AppealActionForms() {
    }

    record AppealReason(@NotBlank(message = "{appeal.violation.reason}") @Size(max = 2000, message = "{appeal.violation.text.max}") String reason) {
    }

    record AppealNote(@Size(max = 2000, message = "{appeal.violation.text.max}") String note) {
    }

    record AppealDecline(@NotBlank(message = "{appeal.violation.decline.reason}") @Size(max = 2000, message = "{appeal.violation.text.max}") String reason,
                         @Size(max = 2000, message = "{appeal.violation.text.max}") String guidance) {
    }

    record AppealDispatch(@NotNull(message = "{appeal.violation.leadDepartment}") @Positive(message = "{appeal.violation.leadDepartment}") Long leadDepartment,
                          @Size(max = 20, message = "{appeal.violation.assisting.many}")
                          List<@NotNull(message = "{appeal.violation.assisting.invalid}") @Positive(message = "{appeal.violation.assisting.invalid}") Long> assisting,
                          @Size(max = 2000, message = "{appeal.violation.text.max}") String instruction) {
    }

    record AppealDecision(@NotNull Boolean approve, @Size(max = 2000, message = "{appeal.violation.text.max}") String note) {
    }

    record AppealExtension(@Min(value = 1, message = "{appeal.violation.extension.range}") @Max(value = 365, message = "{appeal.violation.extension.range}") int days,
                           @NotBlank(message = "{appeal.violation.extension.reason}") @Size(max = 2000, message = "{appeal.violation.text.max}") String reason) {
    }

    record AppealOpinion(@NotBlank(message = "{appeal.violation.opinion}") @Size(max = 5000, message = "{appeal.violation.text.max}") String opinion) {
    }

    record AppealReply(@NotBlank(message = "{appeal.violation.reply}") @Size(max = 20000, message = "{appeal.violation.text.max}") String reply) {
    }

    enum AppealResolution { RESOLVED, PARTLY, NOT_RESOLVED }

    enum AppealSatisfaction { SATISFIED, BASIC, NOT_SATISFIED }

    record AppealRating(@NotNull(message = "{appeal.violation.resolution}") AppealResolution resolution,
                        @NotNull(message = "{appeal.violation.satisfaction}") AppealSatisfaction satisfaction) {
    }

    record AppealReturnVisit(@NotNull(message = "{appeal.violation.resolution}") AppealResolution resolution,
                             @NotNull(message = "{appeal.violation.satisfaction}") AppealSatisfaction satisfaction,
                             @Size(max = 2000, message = "{appeal.violation.text.max}") String note) {
    }

    record AppealMerge(@NotNull(message = "{appeal.violation.number}") @Positive(message = "{appeal.violation.number}") Long into) {
    }

    record AppealCaseSummary(@NotBlank(message = "{appeal.violation.case.summary}") @Size(max = 5000, message = "{appeal.violation.text.max}") String summary) {
    }

    record AppealIdentityGrant(@NotNull(message = "{appeal.violation.number}") @Positive(message = "{appeal.violation.number}") Long department,
                               @NotBlank(message = "{appeal.violation.grant.reason}") @Size(max = 2000, message = "{appeal.violation.text.max}") String reason) {
    }
}
