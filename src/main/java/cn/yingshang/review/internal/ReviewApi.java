package cn.yingshang.review.internal;

import cn.yingshang.platform.ApiCursor;
import cn.yingshang.platform.ApiScope;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.review.ReviewGroup;
import cn.yingshang.review.internal.ReviewModel.Decision;
import cn.yingshang.review.internal.ReviewModel.DocumentKind;
import cn.yingshang.review.internal.ReviewModel.Draft;
import cn.yingshang.review.internal.ReviewModel.ExceptionGround;
import cn.yingshang.review.internal.ReviewModel.Finding;
import cn.yingshang.review.internal.ReviewModel.Record;
import cn.yingshang.review.internal.ReviewModel.Signing;
import cn.yingshang.shared.DomainViolation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The fair-competition review pages' actions as API operations (issue 17): submit a draft, decide a
 * finding, sign the record, issue the document, and maintain terms and standards. Each calls the
 * same use case as the page after the same {@link ReviewAccess} check (the drafting department acts;
 * whoever drafted never decides or issues it).
 */
@Tag(name = "review")
@RestController
class ReviewApi {

    private static final String READERS = "hasAnyAuthority('review:submit','review:decide','review:read')";

    private final Reviews reviews;
    private final ReviewAccess access;
    private final StandardStore standards;

    ReviewApi(Reviews reviews, ReviewAccess access, StandardStore standards) {
        this.reviews = reviews;
        this.access = access;
        this.standards = standards;
    }

    record ReviewSubmission(String title, DocumentKind kind, String text) {
    }

    record ReviewDraftJson(long id, String title, DocumentKind kind, String status, String submittedBy, Instant submittedAt,
                           Instant issuedAt, Long departmentId) {
        static ReviewDraftJson of(Draft d) {
            return new ReviewDraftJson(d.id(), d.title(), d.kind(), d.status().name(), d.submittedBy(), d.submittedAt(),
                    d.issuedAt(), d.departmentId());
        }
    }

    record ReviewFindingJson(long id, int seq, ReviewGroup group, String standardCode, String standard, String clause,
                             String reason, String article, Decision decision, String decisionNote, String decidedBy) {
        static ReviewFindingJson of(Finding f) {
            return new ReviewFindingJson(f.id(), f.seq(), f.group(), f.standardCode(), f.standard(), f.clause(), f.reason(),
                    f.article(), f.decision(), f.decisionNote(), f.decidedBy());
        }
    }

    record ReviewRecordJson(String conclusion, String opinion, ExceptionGround exceptionGround, String exceptionJustification,
                            LocalDate exceptionUntil, boolean published, String signedBy, Instant signedAt) {
        static ReviewRecordJson of(Record r) {
            return r == null ? null : new ReviewRecordJson(r.conclusion().name(), r.opinion(), r.exceptionGround(),
                    r.exceptionJustification(), r.exceptionUntil(), r.published(), r.signedBy(), r.signedAt());
        }
    }

    record ReviewJson(ReviewDraftJson draft, List<ReviewFindingJson> findings, ReviewRecordJson record) {
    }

    record ReviewPage(List<ReviewDraftJson> items, String next) {
    }

    @Operation(operationId = "listReviews", summary = "review.api.list")
    @GetMapping("/api/v1/reviews")
    @PreAuthorize(READERS)
    @ApiScope("review:read")
    ReviewPage list(@RequestParam(required = false) String after, @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit,
                    @AuthenticationPrincipal SignedInUser user) {
        ApiCursor cursor = ApiCursor.parse(after);
        List<Draft> visible = access.visibleDrafts(user, reviews, cursor.position() + limit + 1);
        List<Draft> fetched = visible.subList(Math.min(cursor.position(), visible.size()), visible.size());
        return new ReviewPage(ApiCursor.page(fetched, limit).stream().map(ReviewDraftJson::of).toList(),
                cursor.nextAfter(fetched, limit));
    }

    @Operation(operationId = "getReview", summary = "review.api.get")
    @GetMapping("/api/v1/reviews/{id}")
    @PreAuthorize(READERS)
    @ApiScope("review:read")
    ReviewJson get(@PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
        Draft draft = reviews.get(id);
        Record record = reviews.record(id).orElse(null);
        access.requireRead(user, draft, record);
        return json(id);
    }

    @Operation(operationId = "submitReviewDraft", summary = "review.api.submit")
    @PostMapping("/api/v1/reviews")
    @PreAuthorize("hasAuthority('review:submit')")
    @ApiScope("review:submit")
    ResponseEntity<ReviewJson> submit(@RequestBody ReviewSubmission body, @AuthenticationPrincipal SignedInUser user) {
        long id = reviews.submit(body.title(), body.kind() == null ? "" : body.kind().name(),
                body.text() == null ? "" : body.text(), null, user);
        return ResponseEntity.status(HttpStatus.CREATED).body(json(id));
    }

    @Operation(operationId = "uploadReviewDraft", summary = "review.api.upload")
    @PostMapping(path = "/api/v1/reviews/uploads", consumes = "multipart/form-data")
    @PreAuthorize("hasAuthority('review:submit')")
    @ApiScope("review:submit")
    ResponseEntity<ReviewJson> upload(@RequestPart("file") MultipartFile file, @RequestParam(defaultValue = "") String title,
                                      @RequestParam(defaultValue = "") String kind,
                                      @AuthenticationPrincipal SignedInUser user) throws IOException {
        String filename = file.getOriginalFilename();
        String body = DraftText.extract(filename, file.getBytes());
        String named = title.isBlank() && filename != null ? filename.replaceFirst("\\.[^.]+$", "") : title;
        long id = reviews.submit(named, kind, body, filename, user);
        return ResponseEntity.status(HttpStatus.CREATED).body(json(id));
    }

    record ReviewFindingDecision(Decision decision, String note) {
    }

    @Operation(operationId = "decideReviewFinding", summary = "review.api.decide")
    @PostMapping("/api/v1/reviews/{id}/findings/{findingId}/decision")
    @PreAuthorize("hasAuthority('review:decide')")
    @ApiScope("review:decide")
    ReviewJson decide(@PathVariable long id, @PathVariable long findingId, @RequestBody ReviewFindingDecision body,
                      @AuthenticationPrincipal SignedInUser user) {
        access.requireDecide(user, reviews.get(id));
        if (body.decision() == null || body.decision() == Decision.PENDING) {
            throw DomainViolation.of("decision", "review.api.decision-required");
        }
        reviews.decide(id, findingId, body.decision().name(), body.note() == null ? "" : body.note(), user);
        return json(id);
    }

    record ReviewSigning(String opinion, Boolean invokeException, ExceptionGround exceptionGround,
                         String exceptionJustification, LocalDate exceptionUntil, Boolean publish) {
    }

    @Operation(operationId = "signReviewRecord", summary = "review.api.sign")
    @PostMapping("/api/v1/reviews/{id}/record")
    @PreAuthorize("hasAuthority('review:decide')")
    @ApiScope("review:decide")
    ReviewJson sign(@PathVariable long id, @RequestBody ReviewSigning body, @AuthenticationPrincipal SignedInUser user) {
        access.requireDecide(user, reviews.get(id));
        reviews.sign(id, new Signing(body.opinion() == null ? "" : body.opinion(), Boolean.TRUE.equals(body.invokeException()),
                body.exceptionGround() == null ? "" : body.exceptionGround().name(),
                body.exceptionJustification() == null ? "" : body.exceptionJustification(), body.exceptionUntil(),
                Boolean.TRUE.equals(body.publish())), user);
        return json(id);
    }

    @Operation(operationId = "issueReviewedDocument", summary = "review.api.issue")
    @PostMapping("/api/v1/reviews/{id}/issue")
    @PreAuthorize("hasAuthority('review:submit')")
    @ApiScope("review:submit")
    ReviewJson issue(@PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
        access.requireIssue(user, reviews.get(id));
        reviews.issue(id, user);
        return json(id);
    }

    record ReviewTermJson(String name, List<String> alternatives) {
    }

    @Operation(operationId = "saveReviewTerm", summary = "review.api.term")
    @PutMapping("/api/v1/review-terms/{name}")
    @PreAuthorize("hasAuthority('review:standards')")
    @ApiScope("review:standards")
    ReviewTermJson saveTerm(@PathVariable String name, @RequestBody ReviewTermJson body, @AuthenticationPrincipal SignedInUser user) {
        List<String> words = body.alternatives() == null ? List.of()
                : body.alternatives().stream().filter(java.util.Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty()).toList();
        standards.saveTerm(name.strip(), words, user);
        return new ReviewTermJson(name.strip(), standards.standards().terms().byName().get(name.strip()));
    }

    record ReviewStandardJson(String code, ReviewGroup group, String title, String article, String reason, String context,
                              List<String> patterns, List<String> unless) {
        static ReviewStandardJson of(ReviewStandard s) {
            return new ReviewStandardJson(s.code(), s.group(), s.title(), s.article(), s.reason(), s.context(), s.patterns(),
                    s.unless());
        }
    }

    @Operation(operationId = "saveReviewStandard", summary = "review.api.standard")
    @PutMapping("/api/v1/review-standards/{code}")
    @PreAuthorize("hasAuthority('review:standards')")
    @ApiScope("review:standards")
    ReviewStandardJson saveStandard(@PathVariable String code, @RequestBody ReviewStandardJson body,
                                    @AuthenticationPrincipal SignedInUser user) {
        if (body.group() == null) {
            throw DomainViolation.of("group", "review.standardPages.group");
        }
        ReviewStandard saved = standards.save(ReviewStandard.of(code.strip(), body.group(), body.title(), body.article(),
                body.reason() == null ? "" : body.reason(), body.context() == null ? "" : body.context(),
                lines(body.patterns()), lines(body.unless()), standards.standards().terms()), user);
        return ReviewStandardJson.of(saved);
    }

    private static List<String> lines(List<String> values) {
        return values == null ? List.of() : values.stream().filter(java.util.Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private ReviewJson json(long id) {
        return new ReviewJson(ReviewDraftJson.of(reviews.get(id)), reviews.findings(id).stream().map(ReviewFindingJson::of).toList(),
                ReviewRecordJson.of(reviews.record(id).orElse(null)));
    }
}
