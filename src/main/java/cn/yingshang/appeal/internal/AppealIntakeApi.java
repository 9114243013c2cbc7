package cn.yingshang.appeal.internal;

import cn.yingshang.platform.ApiScope;
import cn.yingshang.platform.Downloads;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.shared.DomainViolation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import static cn.yingshang.appeal.internal.AppealText.text;

/**
 * The appeal page actions of intake staff and the office as API operations: an appeal taken by phone,
 * letter or visit, a new access code for its caller, the appeal's attachments for whoever may read
 * the appeal, and the categories and time limits. The same use cases and checks as the pages.
 */
@RestController
@Tag(name = "api.appeal.intake.tag", description = "api.appeal.intake.tag.description")
class AppealIntakeApi {

    private final SubmittingAppeal appeals;
    private final ReissuingAccessCode reissuing;
    private final AppealAccess access;
    private final AppealReading reading;
    private final ConfiguringAppeals configuring;
    private final Categories categories;
    private final TimeLimits limits;

    AppealIntakeApi(SubmittingAppeal appeals, ReissuingAccessCode reissuing, AppealAccess access, AppealReading reading,
                    ConfiguringAppeals configuring, Categories categories, TimeLimits limits) {
        this.appeals = appeals;
        this.reissuing = reissuing;
        this.access = access;
        this.reading = reading;
        this.configuring = configuring;
        this.categories = categories;
        this.limits = limits;
    }

    record StaffAppeal(@NotNull Channel channel, @NotBlank @Size(max = 40) String type, @NotBlank @Size(max = 80) String category,
                       @NotBlank @Size(max = 100) String title, @NotBlank @Size(min = 5, max = 20000) String content,
                       @Size(max = 100) String name, @Pattern(regexp = "[0-9+\\-]{7,20}|") String phone,
                       @Size(max = 18) String creditCode, Boolean anonymous, @NotBlank @Pattern(regexp = "\\d{6}") String region) {
    }

    /** What the caller is told once: both codes. */
    record StaffReceipt(long id, String trackingNumber, String publicCode, String accessCode) {
    }

    record CategoryChange(@NotBlank @Pattern(regexp = "[A-Z_]{2,30}") String code, @NotBlank @Size(max = 100) String name,
                          @Size(max = 40) String function, @Min(0) @Max(10000) Integer sortOrder, Boolean active) {
    }

    record LimitsChange(@NotBlank @Size(max = 40) String appealType, @NotBlank @Size(max = 80) String category,
                        @Min(0) @Max(365) int dispatchDays, @Min(1) @Max(365) int replyDays, @Min(0) @Max(365) int returnDays,
                        @Min(0) @Max(365) int maxExtensionDays, @Min(0) @Max(365) int reopenDays) {
    }

    record AppealSettings(List<Categories.Category> categories, List<TimeLimits.Limits> limits) {
    }

    @PostMapping("/api/v1/appeals/staff-intake")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('appeal:intake')")
    @ApiScope("appeal:intake")
    @Operation(operationId = "takeAppealForCaller", summary = "api.appeal.takeAppealForCaller")
    StaffReceipt intake(@Valid @RequestBody StaffAppeal body, @AuthenticationPrincipal SignedInUser user) {
        if (!body.channel().staffEntered()) {
            throw DomainViolation.of("channel", "appeal.violation.channel");
        }
        SubmittingAppeal.Receipt r = appeals.submit(new SubmittingAppeal.Submission(body.type(), body.category(), body.title(),
                body.content(), body.name(), body.phone(), body.creditCode(), Boolean.TRUE.equals(body.anonymous()), body.region(), body.channel(), null, null,
                List.of()), text("appeal.actor.staffIntake", user.displayName()));
        return new StaffReceipt(r.id(), r.trackingNumber(), TrackingCodes.displayPublic(r.publicCode()),
                TrackingCodes.displayAccess(r.accessCode()));
    }

    @PostMapping("/api/v1/appeals/{id}/access-code")
    @PreAuthorize("hasAuthority('appeal:intake')")
    @ApiScope("appeal:intake")
    @Operation(operationId = "reissueAppealAccessCode", summary = "api.appeal.reissueAppealAccessCode")
    ReissuingAccessCode.Reissued reissue(@PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
        return reissuing.reissue(id, user);
    }

    @GetMapping("/api/v1/appeals/{id}/attachments")
    @ApiScope("appeal:read")
    @Operation(operationId = "listAppealAttachments", summary = "api.appeal.listAppealAttachments")
    List<AppealReading.AttachmentInfo> attachments(@PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
        access.requireVisible(id, user);
        return reading.attachments(id);
    }

    @GetMapping(value = "/api/v1/appeals/{id}/attachments/{attachmentId}", produces = MediaType.APPLICATION_OCTET_STREAM_VALUE)
    @ApiScope("appeal:read")
    @Operation(operationId = "downloadAppealAttachment", summary = "api.appeal.downloadAppealAttachment")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachmentId, @AuthenticationPrincipal SignedInUser user) {
        access.requireVisible(id, user);
        Map<String, Object> a = reading.attachment(id, attachmentId);
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment((String) a.get("filename")))
                .contentType(MediaType.APPLICATION_OCTET_STREAM).body((byte[]) a.get("data"));
    }

    @GetMapping("/api/v1/appeal-settings")
    @PreAuthorize("hasAuthority('appeal:configure')")
    @ApiScope("appeal:configure")
    @Operation(operationId = "getAppealSettings", summary = "api.appeal.getAppealSettings")
    AppealSettings settings() {
        return new AppealSettings(categories.all(), limits.all());
    }

    @PostMapping("/api/v1/appeal-settings/categories")
    @PreAuthorize("hasAuthority('appeal:configure')")
    @ApiScope("appeal:configure")
    @Operation(operationId = "saveAppealCategory", summary = "api.appeal.saveAppealCategory")
    AppealSettings saveCategory(@Valid @RequestBody CategoryChange body) {
        configuring.saveCategory(body.code(), body.name(), body.function(), body.sortOrder() == null ? 100 : body.sortOrder(),
                !Boolean.FALSE.equals(body.active()));
        return settings();
    }

    @PostMapping("/api/v1/appeal-settings/limits")
    @PreAuthorize("hasAuthority('appeal:configure')")
    @ApiScope("appeal:configure")
    @Operation(operationId = "saveAppealTimeLimits", summary = "api.appeal.saveAppealTimeLimits")
    AppealSettings saveLimits(@Valid @RequestBody LimitsChange body) {
        configuring.saveLimits(new TimeLimits.Limits(body.appealType(), body.category(), body.dispatchDays(), body.replyDays(),
                body.returnDays(), body.maxExtensionDays(), body.reopenDays()));
        return settings();
    }
}
