package cn.yingshang.appeal.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * The 12345 system posts its return visit (回访结果) back, signed like its tickets (same secret,
 * timestamp window and nonce store), so the visit lands in the appeal's timeline.
 */
@RestController
@Tag(name = "api.appeal.tag")
class HotlineReturnVisitApi {

    record ReturnVisitReceipt(String trackingNumber, String status, boolean duplicate) {
    }

    private final HotlineReturnVisits visits;
    private final HotlineNonces nonces;
    private final JsonMapper json;
    private final MessageSource messages;
    private final Clock clock;
    private final String secret;

    HotlineReturnVisitApi(HotlineReturnVisits visits, HotlineNonces nonces, JsonMapper json, MessageSource messages, Clock clock,
                          @Value("${yingshang.appeal.hotline-secret}") String secret) {
        this.visits = visits;
        this.nonces = nonces;
        this.json = json;
        this.messages = messages;
        this.clock = clock;
        this.secret = secret;
    }

    @PostMapping(value = "/api/v1/public/appeals/hotline/return-visits", produces = "application/json")
    @Operation(summary = "api.appeal.receiveHotlineReturnVisit")
    ResponseEntity<?> returnVisit(@RequestHeader(value = "X-Signature", required = false) String signature,
                                  @RequestHeader(value = "X-Timestamp", required = false) String timestamp,
                                  @RequestHeader(value = "X-Nonce", required = false) String nonce,
                                  @RequestBody(required = false) byte[] body) {
        if (body == null || body.length == 0 || body.length > 64 * 1024) {
            return problem(HttpStatus.BAD_REQUEST, "appeal.hotline.visit.body");
        }
        if (timestamp == null || !timestamp.matches("\\d{1,12}") || nonce == null || !nonce.matches("[A-Za-z0-9_-]{16,64}")) {
            return problem(HttpStatus.UNAUTHORIZED, "appeal.hotline.headers");
        }
        if (!HotlineSigning.valid(secret, signature, timestamp, nonce, body)) {
            return problem(HttpStatus.UNAUTHORIZED, "appeal.hotline.signature");
        }
        if (Duration.between(Instant.ofEpochSecond(Long.parseLong(timestamp)), clock.instant()).abs().compareTo(AppealApi.HOTLINE_WINDOW) > 0) {
            return problem(HttpStatus.UNAUTHORIZED, "appeal.hotline.stale");
        }
        if (!nonces.firstUse(nonce, AppealApi.HOTLINE_WINDOW)) {
            return problem(HttpStatus.UNAUTHORIZED, "appeal.hotline.replay");
        }
        HotlineReturnVisits.Visit visit;
        try {
            visit = json.readValue(body, HotlineReturnVisits.Visit.class);
        } catch (RuntimeException e) {
            return problem(HttpStatus.BAD_REQUEST, "appeal.hotline.visit.body");
        }
        HotlineReturnVisits.Outcome o = visits.record(visit);
        return ResponseEntity.ok(new ReturnVisitReceipt(o.trackingNumber(), o.status().name(), o.duplicate()));
    }

    private ResponseEntity<ProblemDetail> problem(HttpStatus status, String key) {
        return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, messages.getMessage(key, null, Locale.CHINA)));
    }
}
