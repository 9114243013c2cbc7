package cn.yingshang.review.internal;

import cn.yingshang.platform.Text;
import cn.yingshang.platform.AuditLog;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.review.ReviewGroup;
import cn.yingshang.review.ReviewRecordSigned;
import cn.yingshang.review.ScreeningFinding;
import cn.yingshang.review.internal.ReviewModel.Conclusion;
import cn.yingshang.review.internal.ReviewModel.Decision;
import cn.yingshang.review.internal.ReviewModel.DocumentKind;
import cn.yingshang.review.internal.ReviewModel.DocumentStatus;
import cn.yingshang.review.internal.ReviewModel.Draft;
import cn.yingshang.review.internal.ReviewModel.ExceptionGround;
import cn.yingshang.review.internal.ReviewModel.Finding;
import cn.yingshang.review.internal.ReviewModel.Record;
import cn.yingshang.review.internal.ReviewModel.Signing;
import cn.yingshang.shared.ConflictingChange;
import cn.yingshang.shared.DomainViolation;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The review's use cases: submitting a draft, deciding findings, signing the record, issuing. */
@Service
class Reviews {

    private final JdbcClient jdbc;
    private final StandardStore standards;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Reviews(JdbcClient jdbc, StandardStore standards, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.standards = standards;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    long submit(String title, String kind, String text, String filename, SignedInUser by) {
        if (title == null || title.isBlank()) {
            throw DomainViolation.of("title", "review.reviews.title");
        }
        DocumentKind documentKind;
        try {
            documentKind = DocumentKind.valueOf(kind);
        } catch (RuntimeException e) {
            throw DomainViolation.of("kind", "review.reviews.kind");
        }
        if (text == null || text.isBlank()) {
            throw DomainViolation.of("text", "review.review.textRequired");
        }
        long id = jdbc.sql("""
                        INSERT INTO review_document (title, kind, department_id, submitted_by, submitted_at, source_filename, body, status)
                        VALUES (:title, :kind, :dept, :by, :at, :file, :body, 'UNDER_REVIEW') RETURNING id""")
                .param("title", title.strip()).param("kind", documentKind.name())
                .param("dept", by.departmentId() == null ? null : by.departmentId().value())
                .param("by", by.username()).param("at", OffsetDateTime.now(clock)).param("file", filename)
                .param("body", text).query(Long.class).single();
        List<ScreeningFinding> findings = standards.screen(text);
        int seq = 0;
        for (ScreeningFinding f : findings) {
            jdbc.sql("""
                            INSERT INTO review_finding (document_id, seq, grp, standard_code, standard, clause, reason, article)
                            VALUES (:doc, :seq, :grp, :code, :standard, :clause, :reason, :article)""")
                    .param("doc", id).param("seq", ++seq).param("grp", f.group().name()).param("code", f.standardCode())
                    .param("standard", f.standard()).param("clause", f.clause()).param("reason", f.reason())
                    .param("article", f.article()).update();
        }
        audit.record("review.submit", "review_document", String.valueOf(id), null,
                Map.of("title", title, "kind", documentKind.name(), "findings", findings.size()));
        return id;
    }

    Optional<Draft> find(long id) {
        return jdbc.sql("SELECT * FROM review_document WHERE id = :id").param("id", id).query(Reviews::draft).optional();
    }

    Draft get(long id) {
        return find(id).orElseThrow(() -> new NoSuchElementException(Text.of("review.review.notFound", id)));
    }

    /** The latest drafts in a scope (everything, some departments' or the published ones), for the cursor API. */
    List<Draft> latest(Scope scope, int limit) {
        return jdbc.sql("SELECT d.* FROM review_document d WHERE " + scope.where() + " ORDER BY d.submitted_at DESC, d.id DESC LIMIT :n")
                .params(scope.params()).param("n", limit).query(Reviews::draft).list();
    }

    List<Finding> findings(long documentId) {
        return jdbc.sql("SELECT * FROM review_finding WHERE document_id = :d ORDER BY seq").param("d", documentId)
                .query(Reviews::finding).list();
    }

    Optional<Record> record(long documentId) {
        return jdbc.sql("SELECT * FROM review_record WHERE document_id = :d").param("d", documentId)
                .query(Reviews::record).optional();
    }

    public record Published(Draft draft, Record record) {
    }

    /** One page of the signed and published conclusions for 信息公开, newest first, searched by title or opinion. */
    cn.yingshang.platform.PageOf<Published> published(String search, cn.yingshang.platform.ListPage page) {
        return cn.yingshang.platform.ListQuery.page(jdbc, new cn.yingshang.platform.ListQuery.Spec("d.*, r.*",
                        "review_record r JOIN review_document d ON d.id = r.document_id", "r.published", List.of("d.title", "r.opinion"),
                        List.of(), java.util.Map.of("signed", "r.signed_at", "title", "d.title"), "r.signed_at DESC, d.id DESC"),
                java.util.Map.of(), search, page, (rs, n) -> new Published(draft(rs, n), record(rs, n)));
    }

    /** Which drafts a list may show: every draft, those of some departments, or those whose record is published. */
    record Scope(String where, java.util.Map<String, Object> params) {

        static Scope everything() {
            return new Scope("TRUE", java.util.Map.of());
        }

        static Scope departments(List<cn.yingshang.platform.DepartmentId> ids) {
            return new Scope("d.department_id IN (:d)", java.util.Map.of("d",
                    ids.isEmpty() ? List.of(-1L) : ids.stream().map(cn.yingshang.platform.DepartmentId::value).toList()));
        }

        static Scope published() {
            return new Scope("EXISTS (SELECT 1 FROM review_record r WHERE r.document_id = d.id AND r.published)", java.util.Map.of());
        }
    }

    /** One page of the drafts in a scope, newest first, searched by title. */
    cn.yingshang.platform.PageOf<Draft> drafts(Scope scope, String search, cn.yingshang.platform.ListPage page) {
        return cn.yingshang.platform.ListQuery.page(jdbc, new cn.yingshang.platform.ListQuery.Spec("d.*", "review_document d",
                        scope.where(), List.of("d.title"), List.of(),
                        java.util.Map.of("submitted", "d.submitted_at", "title", "d.title", "status", "d.status"), "d.submitted_at DESC, d.id DESC"),
                scope.params(), search, page, Reviews::draft);
    }

    @Transactional
    void decide(long documentId, long findingId, String decision, String note, SignedInUser by) {
        Draft draft = get(documentId);
        if (draft.status() != DocumentStatus.UNDER_REVIEW) {
            throw DomainViolation.of("_form", "review.reviews.form");
        }
        Decision d;
        try {
            d = Decision.valueOf(decision);
        } catch (RuntimeException e) {
            throw DomainViolation.of("decision", "review.reviews.decision");
        }
        if (d == Decision.PENDING) {
            throw DomainViolation.of("decision", "review.reviews.decision");
        }
        if (d == Decision.DISMISSED && (note == null || note.isBlank())) {
            throw DomainViolation.of("note", "review.reviews.note");
        }
        Finding before = findings(documentId).stream().filter(f -> f.id() == findingId).findFirst()
                .orElseThrow(() -> new NoSuchElementException(Text.of("review.review.suspicionNotFound", findingId)));
        ConflictingChange.unlessOne(jdbc.sql("""
                        UPDATE review_finding SET decision = :d, decision_note = :note, decided_by = :by, decided_at = :at
                        WHERE id = :id AND document_id = :doc
                          AND EXISTS (SELECT 1 FROM review_document WHERE id = :doc AND status = 'UNDER_REVIEW')""")
                .param("d", d.name()).param("note", note).param("by", by.username()).param("at", OffsetDateTime.now(clock))
                .param("id", findingId).param("doc", documentId).update());
        audit.record("review.finding.decide", "review_finding", String.valueOf(findingId),
                Map.of("decision", before.decision().name()), Map.of("decision", d.name(), "note", note == null ? "" : note));
    }

    @Transactional
    Record sign(long documentId, Signing signing, SignedInUser by) {
        Draft draft = get(documentId);
        if (draft.status() != DocumentStatus.UNDER_REVIEW) {
            throw new ConflictingChange(Text.of("review.review.alreadySigned"));
        }
        List<Finding> findings = findings(documentId);
        Conclusion conclusion = ReviewRules.conclude(findings, signing, LocalDate.now(clock));
        boolean exception = conclusion == Conclusion.EXCEPTION;
        boolean published = ReviewRules.published(conclusion, signing);
        Instant now = clock.instant();
        // the status guard first: of two reviewers signing at once, the second finds the document signed
        ConflictingChange.unlessOne(jdbc.sql("UPDATE review_document SET status = 'REVIEWED' WHERE id = :d AND status = 'UNDER_REVIEW'")
                .param("d", documentId).update());
        jdbc.sql("""
                        INSERT INTO review_record (document_id, conclusion, opinion, exception_ground, exception_justification,
                          exception_until, published, signed_by, signed_name, signed_at)
                        VALUES (:d, :c, :o, :g, :j, :u, :p, :by, :name, :at)""")
                .param("d", documentId).param("c", conclusion.name()).param("o", signing.opinion().strip())
                .param("g", exception ? signing.exceptionGround() : null)
                .param("j", exception ? signing.exceptionJustification().strip() : null)
                .param("u", exception ? signing.exceptionUntil() : null).param("p", published)
                .param("by", by.username()).param("name", by.displayName())
                .param("at", OffsetDateTime.ofInstant(now, clock.getZone())).update();
        long confirmed = findings.stream().filter(f -> f.decision() == Decision.CONFIRMED).count();
        audit.record("review.sign", "review_document", String.valueOf(documentId), Map.of("status", draft.status().name()),
                Map.of("conclusion", conclusion.name(), "published", published));
        events.publishEvent(new ReviewRecordSigned(documentId, draft.title(), conclusion.name(), exception, (int) confirmed, now));
        return record(documentId).orElseThrow();
    }

    @Transactional
    void issue(long documentId, SignedInUser by) {
        Draft draft = get(documentId);
        if (draft.status() == DocumentStatus.ISSUED) {
            throw new ConflictingChange(Text.of("review.review.alreadyIssued"));
        }
        ReviewRules.requireIssuable(record(documentId).orElse(null));
        ConflictingChange.unlessOne(jdbc.sql("""
                        UPDATE review_document SET status = 'ISSUED', issued_at = :at, issued_by = :by
                        WHERE id = :d AND status = :from""")
                .param("at", OffsetDateTime.now(clock)).param("by", by.username()).param("d", documentId)
                .param("from", draft.status().name()).update());
        audit.record("review.issue", "review_document", String.valueOf(documentId), Map.of("status", draft.status().name()),
                Map.of("status", "ISSUED"));
    }

    private static Draft draft(ResultSet rs, int n) throws SQLException {
        Timestamp issued = rs.getTimestamp("issued_at");
        return new Draft(rs.getLong("id"), rs.getString("title"), DocumentKind.valueOf(rs.getString("kind")),
                DocumentStatus.valueOf(rs.getString("status")), rs.getString("submitted_by"),
                rs.getTimestamp("submitted_at").toInstant(), rs.getString("source_filename"), rs.getString("body"),
                issued == null ? null : issued.toInstant(), (Long) rs.getObject("department_id", Long.class));
    }

    private static Finding finding(ResultSet rs, int n) throws SQLException {
        return new Finding(rs.getLong("id"), rs.getInt("seq"), ReviewGroup.valueOf(rs.getString("grp")),
                rs.getString("standard_code"), rs.getString("standard"), rs.getString("clause"), rs.getString("reason"),
                rs.getString("article"), Decision.valueOf(rs.getString("decision")), rs.getString("decision_note"),
                rs.getString("decided_by"));
    }

    private static Record record(ResultSet rs, int n) throws SQLException {
        String ground = rs.getString("exception_ground");
        java.sql.Date until = rs.getDate("exception_until");
        return new Record(rs.getLong("document_id"), Conclusion.valueOf(rs.getString("conclusion")), rs.getString("opinion"),
                ground == null ? null : ExceptionGround.valueOf(ground), rs.getString("exception_justification"),
                until == null ? null : until.toLocalDate(), rs.getBoolean("published"), rs.getString("signed_by"),
                rs.getString("signed_name"), rs.getTimestamp("signed_at").toInstant());
    }
}
