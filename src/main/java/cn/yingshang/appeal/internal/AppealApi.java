package cn.yingshang.appeal.internal;

import cn.yingshang.platform.ApiCursor;
import cn.yingshang.platform.ApiScope;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.shared.DomainViolation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The appeal API: enterprise intake, reading with identity masking, queues, and the 12345 hotline intake. */
@RestController
@Tag(name = "api.appeal.tag", description = "api.appeal.tag.description")
class AppealApi {

    private final SubmittingAppeal appeals;
    private final AppealAccess access;
    private final AppealQueries queries;
    private final JsonMapper json;
    private final byte[] hotlineSecret;
    private final HotlineNonces nonces;
    private final java.time.Clock clock;
    private final org.springframework.context.MessageSource messages;
    private final AppealViews views;

    AppealApi(SubmittingAppeal appeals, AppealAccess access, AppealQueries queries, JsonMapper json,
              @Value("${yingshang.appeal.hotline-secret}") String hotlineSecret,
              HotlineNonces nonces, java.time.Clock clock, org.springframework.context.MessageSource messages,
              AppealViews views) {
        this.appeals = appeals;
        this.access = access;
        this.queries = queries;
        this.json = json;
        this.hotlineSecret = hotlineSecret.getBytes(StandardCharsets.UTF_8);
        this.nonces = nonces;
        this.clock = clock;
        this.messages = messages;
        this.views = views;
    }

    private String message(String key) {
        return messages.getMessage(key, null, java.util.Locale.CHINA);
    }

    /** How far a signed request's timestamp may be from this node's clock. */
    static final java.time.Duration HOTLINE_WINDOW = java.time.Duration.ofMinutes(5);

    record EnterpriseAppeal(@jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Size(max = 40) String type,
                            @jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Size(max = 80) String category,
                            @jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Size(max = 200) String title,
                            @jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Size(max = 20000) String content,
                            @jakarta.validation.constraints.Size(max = 40) String phone) {
    }

    /** Where a new appeal can be found again. */
    record AppealCreated(long id, String trackingNumber) {
    }

    /** What the 12345 system tells its caller; the access code only on a ticket's first receipt. */
    record HotlineReceipt(long id, String trackingNumber, String publicCode,
                          @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                          String accessCode, boolean duplicate) {
    }

    /** One page of the work queue; {@code next} is the cursor of the following page, absent on the last. */
    record AppealQueuePage(List<AppealQueries.QueueRow> items, String next) {
    }

    @PostMapping("/api/v1/appeals")
    @PreAuthorize("hasAuthority('appeal:submit')")
    @ApiScope("appeal:submit")
    @Operation(operationId = "submitAppeal", summary = "api.appeal.submitAppeal")
    ResponseEntity<AppealCreated> submit(@AuthenticationPrincipal SignedInUser user,
                                         @jakarta.validation.Valid @RequestBody EnterpriseAppeal body) {
        SubmittingAppeal.Receipt r = appeals.submitByEnterprise(user, new SubmittingAppeal.EnterpriseMatter(body.type(),
                body.category(), body.title(), body.content(), body.phone()), null, List.of());
        return ResponseEntity.status(HttpStatus.CREATED).body(new AppealCreated(r.id(), r.trackingNumber()));
    }

    @GetMapping("/api/v1/appeals/{id}")
    @ApiScope("appeal:read")
    @Operation(operationId = "getAppeal", summary = "api.appeal.getAppeal")
    AppealViews.AppealView get(@PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
        return views.of(access.requireVisible(id, user), user);
    }

    @GetMapping("/api/v1/appeals/queue")
    @PreAuthorize("hasAuthority('appeal:handle') or hasAuthority('appeal:office')")
    @ApiScope("appeal:read")
    @Operation(operationId = "listAppealQueue", summary = "api.appeal.listAppealQueue")
    AppealQueuePage queue(@AuthenticationPrincipal SignedInUser user,
                    @RequestParam(required = false) @jakarta.validation.constraints.Size(max = 40) String after,
                    @RequestParam(defaultValue = "50") @jakarta.validation.constraints.Min(1) @jakarta.validation.constraints.Max(100) int limit,
                    @io.swagger.v3.oas.annotations.Parameter(deprecated = true, description = "api.appeal.queue.page")
                    @RequestParam(required = false) @jakarta.validation.constraints.Min(0) @jakarta.validation.constraints.Max(100_000) Integer page) {
        // callers written for the page-number version keep working until they move to the cursor
        ApiCursor cursor = after == null && page != null ? new ApiCursor(page * limit) : ApiCursor.parse(after);
        List<AppealQueries.QueueRow> rows = user.can("appeal:office") ? queries.officeQueue(null, limit + 1, cursor.position())
                : queries.departmentQueue(user.departmentId().value(), limit + 1, cursor.position());
        return new AppealQueuePage(ApiCursor.page(rows, limit), cursor.nextAfter(rows, limit));
    }

    /**
     * 12345 intake: the hotline system posts its ticket with headers X-Timestamp (Unix seconds),
     * X-Nonce (16–64 of A–Z a–z 0–9 _ -, new for every request) and X-Signature, the hex
     * HMAC-SHA256 of {@code timestamp + "\n" + nonce + "\n" + body} (optionally prefixed "sha256=").
     * A timestamp more than 5 minutes off, or a nonce already seen, is refused, so a captured request
     * cannot be replayed. The same ticketId twice (a retry, with a new nonce) creates one appeal.
     */
    @PostMapping("/api/v1/public/appeals/hotline")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201", description = "api.appeal.hotline.created",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json",
                    schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = HotlineReceipt.class)))
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "api.appeal.hotline.repeated",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json",
                    schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = HotlineReceipt.class)))
    @Operation(operationId = "receiveHotlineTicket", summary = "api.appeal.receiveHotlineTicket")
    ResponseEntity<?> hotline(@RequestHeader(value = "X-Signature", required = false) String signature,
                              @RequestHeader(value = "X-Timestamp", required = false) String timestamp,
                              @RequestHeader(value = "X-Nonce", required = false) String nonce,
                              @RequestBody(required = false) byte[] body) {
        if (body == null || body.length == 0) {
            return problem(HttpStatus.BAD_REQUEST, message("appeal.hotline.body.empty"));
        }
        if (body.length > 64 * 1024) {
            return problem(HttpStatus.CONTENT_TOO_LARGE, message("appeal.hotline.body.large"));
        }
        if (timestamp == null || !timestamp.matches("\\d{1,12}") || nonce == null || !nonce.matches("[A-Za-z0-9_-]{16,64}")) {
            return problem(HttpStatus.UNAUTHORIZED, message("appeal.hotline.headers"));
        }
        if (signature == null || !validSignature(signature, timestamp, nonce, body)) {
            return problem(HttpStatus.UNAUTHORIZED, message("appeal.hotline.signature"));
        }
        java.time.Instant signedAt = java.time.Instant.ofEpochSecond(Long.parseLong(timestamp));
        if (java.time.Duration.between(signedAt, clock.instant()).abs().compareTo(HOTLINE_WINDOW) > 0) {
            return problem(HttpStatus.UNAUTHORIZED, message("appeal.hotline.stale"));
        }
        if (!nonces.firstUse(nonce, HOTLINE_WINDOW)) {
            return problem(HttpStatus.UNAUTHORIZED, message("appeal.hotline.replay"));
        }
        JsonNode n;
        try {
            n = json.readTree(body);
        } catch (RuntimeException e) {
            return problem(HttpStatus.BAD_REQUEST, message("appeal.hotline.body.json"));
        }
        String ticket = text(n, "ticketId");
        if (ticket == null || ticket.isBlank()) {
            throw DomainViolation.of("ticketId", "appeal.violation.ticketId");
        }
        SubmittingAppeal.Receipt r = appeals.submit(new SubmittingAppeal.Submission(text(n, "type"), text(n, "category"),
                text(n, "title"), text(n, "content"), text(n, "name"), text(n, "phone"), text(n, "creditCode"),
                n.has("anonymous") && n.get("anonymous").asBoolean(), text(n, "region"), Channel.HOTLINE_12345, ticket,
                null, List.of()), Channel.HOTLINE_12345.label());
        return ResponseEntity.status(r.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(hotlineReceipt(r));
    }

    /**
     * The 12345 system tells the caller the public code and access code (by SMS); the access code is
     * given only with the first receipt of a ticket, a repeated ticket gets the public code alone.
     */
    private static HotlineReceipt hotlineReceipt(SubmittingAppeal.Receipt r) {
        return new HotlineReceipt(r.id(), r.trackingNumber(), TrackingCodes.displayPublic(r.publicCode()),
                r.accessCode() == null ? null : TrackingCodes.displayAccess(r.accessCode()), !r.created());
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v != null && v.isContainer()) {
            throw DomainViolation.of(field, "input.enum", v.isArray() ? "[…]" : "{…}");  // a ticket id sent as an object
        }
        return v == null || v.isNull() ? null : v.asString();
    }

    boolean validSignature(String signature, String timestamp, String nonce, byte[] body) {
        String given = signature.startsWith("sha256=") ? signature.substring(7) : signature;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(hotlineSecret, "HmacSHA256"));
            mac.update((timestamp + "\n" + nonce + "\n").getBytes(StandardCharsets.UTF_8));
            byte[] expected = mac.doFinal(body);
            byte[] actual;
            try {
                actual = HexFormat.of().parseHex(given.strip().toLowerCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return false;
            }
            return MessageDigest.isEqual(expected, actual);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
    }
}
