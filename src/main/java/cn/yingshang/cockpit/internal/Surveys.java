package cn.yingshang.cockpit.internal;

import cn.yingshang.platform.Text;
import cn.yingshang.platform.AuditLog;
import cn.yingshang.platform.DepartmentId;
import cn.yingshang.platform.Departments;
import cn.yingshang.platform.Notifications;
import cn.yingshang.registry.EntityPage;
import cn.yingshang.registry.EntitySearch;
import cn.yingshang.registry.MarketEntities;
import cn.yingshang.registry.MarketEntity;
import cn.yingshang.registry.EntityStatus;
import cn.yingshang.shared.CreditCode;
import cn.yingshang.shared.ConflictingChange;
import cn.yingshang.shared.DomainViolation;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Satisfaction surveys (004 五(六): regular questionnaires to enterprises on each department's
 * work, used in year-end assessment; 001 §25: services are evaluated by those served). Rating
 * questions use the five 好差评 levels and name the department they rate.
 */
@Service
class Surveys {

    static final int MAX_SAMPLE = 2_000;

    enum Status { DRAFT("cockpit.surveys.status.DRAFT"), SENT("cockpit.surveys.status.SENT"), CLOSED("cockpit.surveys.status.CLOSED");
        private final String label;
        Status(String label) { this.label = label; }
        public String label() { return Text.of(label); }
    }

    record Survey(long id, String title, String intro, Status status, Instant createdAt, Instant sentAt, LocalDate closesOn,
                  String sampleRegion, String sampleIndustry, Integer sampleSize) {
    }

    record Question(long id, int position, String text, String kind, Long departmentId, String departmentName) {
        public boolean isRating() {
            return "RATING".equals(kind);
        }
    }

    record Sample(String region, String industry, Integer size, String invited) {
    }

    /** Results of one department: how many rated, the average level, the share at least 基本满意. */
    record DepartmentResult(long departmentId, String departmentName, long answers, double average, double satisfiedShare) {
    }

    record Invitation(Survey survey, boolean answered) {
    }

    private final JdbcClient jdbc;
    private final MarketEntities entities;
    private final Departments departments;
    private final Notifications notifications;
    private final AuditLog audit;
    private final Clock clock;

    Surveys(JdbcClient jdbc, MarketEntities entities, Departments departments, Notifications notifications, AuditLog audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.entities = entities;
        this.departments = departments;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    List<Survey> all() {
        return jdbc.sql("SELECT * FROM cockpit_survey ORDER BY created_at DESC").query(Surveys::map).list();
    }

    Survey require(long id) {
        return jdbc.sql("SELECT * FROM cockpit_survey WHERE id = :id").param("id", id).query(Surveys::map).optional()
                .orElseThrow(() -> new NoSuchElementException(Text.of("cockpit.surveys.notFound", id)));
    }

    @Transactional
    Survey create(String title, String intro, LocalDate closesOn) {
        if (title == null || title.isBlank()) {
            throw DomainViolation.of("title", "cockpit.surveys.titleRequired");
        }
        if (closesOn != null && closesOn.isBefore(LocalDate.now(clock))) {
            throw DomainViolation.of("closesOn", "cockpit.surveys.closesOnPast");
        }
        long id = jdbc.sql("INSERT INTO cockpit_survey (title, intro, status, created_at, closes_on) VALUES (:t, :i, 'DRAFT', :at, :c) RETURNING id")
                .param("t", title.strip()).param("i", intro == null ? "" : intro.strip())
                .param("at", Timestamp.from(clock.instant())).param("c", closesOn).query(Long.class).single();
        audit.record("cockpit.survey.create", "survey", String.valueOf(id), null, require(id));
        return require(id);
    }

    @Transactional
    void addQuestion(long surveyId, String text, String kind, Long departmentId) {
        Survey survey = require(surveyId);
        if (survey.status() != Status.DRAFT) {
            throw DomainViolation.of("text", "cockpit.surveys.sentNoEdit");
        }
        if (text == null || text.isBlank()) {
            throw DomainViolation.of("text", "cockpit.surveys.questionRequired");
        }
        if (!"RATING".equals(kind) && !"TEXT".equals(kind)) {
            throw DomainViolation.of("kind", "cockpit.surveys.kindRequired");
        }
        if ("RATING".equals(kind)) {
            if (departmentId == null || departments.byId(DepartmentId.of(departmentId)).isEmpty()) {
                throw DomainViolation.of("departmentId", "cockpit.surveys.ratedDepartmentRequired");
            }
        }
        int position = jdbc.sql("SELECT coalesce(max(position), 0) + 1 FROM cockpit_survey_question WHERE survey_id = :s")
                .param("s", surveyId).query(Integer.class).single();
        jdbc.sql("INSERT INTO cockpit_survey_question (survey_id, position, text, kind, department_id) VALUES (:s, :p, :t, :k, :d)")
                .param("s", surveyId).param("p", position).param("t", text.strip()).param("k", kind)
                .param("d", "RATING".equals(kind) ? departmentId : null).update();
        audit.record("cockpit.survey.question", "survey", String.valueOf(surveyId), null, Map.of("text", text, "kind", kind));
    }

    List<Question> questions(long surveyId) {
        return jdbc.sql("SELECT * FROM cockpit_survey_question WHERE survey_id = :s ORDER BY position")
                .param("s", surveyId).query((rs, n) -> {
                    Long d = (Long) rs.getObject("department_id");
                    return new Question(rs.getLong("id"), rs.getInt("position"), rs.getString("text"), rs.getString("kind"), d,
                            d == null ? "" : departments.byId(DepartmentId.of(d)).map(x -> x.name()).orElse(""));
                }).list();
    }

    /**
     * Sends the survey to a sample of active enterprises of the region and industry (drawn with a
     * fixed seed so the draw can be reproduced), plus any invited enterprises (商会、协会 members),
     * and notifies each enterprise's accounts. Returns how many were sent.
     */
    @Transactional
    int send(long surveyId, Sample sample) {
        Survey survey = require(surveyId);
        if (survey.status() != Status.DRAFT) {
            throw DomainViolation.of("size", "cockpit.surveys.alreadySent");
        }
        if (questions(surveyId).isEmpty()) {
            throw DomainViolation.of("size", "cockpit.surveys.noQuestions");
        }
        int size = sample.size() == null ? 0 : sample.size();
        if (size < 0 || size > MAX_SAMPLE) {
            throw DomainViolation.of("size", "cockpit.surveys.sampleRange", String.valueOf(MAX_SAMPLE));
        }
        Map<String, MarketEntity> chosen = new LinkedHashMap<>();
        for (String code : (sample.invited() == null ? "" : sample.invited()).split(Text.of("cockpit.surveys.invitedSeparators"))) {
            if (code.isBlank()) {
                continue;
            }
            if (!CreditCode.check(code).valid()) {
                throw DomainViolation.of("invited", "cockpit.surveys.invitedInvalid", code);
            }
            MarketEntity e = entities.find(CreditCode.of(code))
                    .orElseThrow(() -> DomainViolation.of("invited", "cockpit.surveys.invitedUnknown", code));
            chosen.put(e.creditCode().value(), e);
        }
        if (size > 0) {
            List<MarketEntity> pool = new ArrayList<>();
            for (int page = 0; pool.size() < size * 5 && page < 50; page++) {
                EntityPage p = entities.search(new EntitySearch("", blankToNull(sample.region()), blankToNull(sample.industry()), page, 200));
                p.items().stream().filter(e -> e.status() == EntityStatus.ACTIVE).forEach(pool::add);
                if (p.items().size() < 200) {
                    break;
                }
            }
            Collections.shuffle(pool, new Random(surveyId));
            pool.stream().limit(size).forEach(e -> chosen.putIfAbsent(e.creditCode().value(), e));
        }
        if (chosen.isEmpty()) {
            throw DomainViolation.of("size", "cockpit.surveys.noneSampled");
        }
        for (MarketEntity e : chosen.values()) {
            jdbc.sql("INSERT INTO cockpit_survey_recipient (survey_id, credit_code, region_code) VALUES (:s, :c, :r) ON CONFLICT DO NOTHING")
                    .param("s", surveyId).param("c", e.creditCode().value()).param("r", e.region().code()).update();
            notifications.toEntity(e.creditCode(), Text.of("cockpit.surveys.invitation.title", survey.title()),
                    survey.closesOn() == null ? Text.of("cockpit.surveys.invitation.body")
                            : Text.of("cockpit.surveys.invitation.bodyWithDeadline", survey.closesOn().toString()),
                    "/enterprise/surveys/" + surveyId);
        }
        if (jdbc.sql("""
                        UPDATE cockpit_survey SET status = 'SENT', sent_at = :at, sample_region = :r, sample_industry = :i, sample_size = :n
                        WHERE id = :id AND status = 'DRAFT'""")
                .param("at", Timestamp.from(clock.instant())).param("r", blankToNull(sample.region()))
                .param("i", blankToNull(sample.industry())).param("n", chosen.size()).param("id", surveyId).update() != 1) {
            throw new ConflictingChange();  // sent by someone else meanwhile; this transaction's invitations roll back
        }
        audit.record("cockpit.survey.send", "survey", String.valueOf(surveyId), survey, require(surveyId));
        return chosen.size();
    }

    List<Invitation> invitationsOf(String creditCode) {
        return jdbc.sql("""
                        SELECT s.*, r.answered_at AS answered FROM cockpit_survey s JOIN cockpit_survey_recipient r ON r.survey_id = s.id
                        WHERE r.credit_code = :c ORDER BY s.sent_at DESC""")
                .param("c", creditCode)
                .query((rs, n) -> new Invitation(map(rs, n), rs.getTimestamp("answered") != null)).list();
    }

    boolean invited(long surveyId, String creditCode) {
        return jdbc.sql("SELECT count(*) FROM cockpit_survey_recipient WHERE survey_id = :s AND credit_code = :c")
                .param("s", surveyId).param("c", creditCode).query(Long.class).single() > 0;
    }

    /** An invited enterprise answers once; every rating question needs a level. */
    @Transactional
    void answer(long surveyId, String creditCode, Map<Long, String> answers) {
        Survey survey = require(surveyId);
        var recipient = jdbc.sql("SELECT region_code, answered_at FROM cockpit_survey_recipient WHERE survey_id = :s AND credit_code = :c")
                .param("s", surveyId).param("c", creditCode)
                .query((rs, n) -> new Object[]{rs.getString(1), rs.getTimestamp(2)}).optional()
                .orElseThrow(() -> DomainViolation.of("_form", "cockpit.surveys.notInvited"));
        if (recipient[1] != null) {
            throw new ConflictingChange(Text.of("cockpit.surveys.alreadyAnswered"));
        }
        if (survey.status() != Status.SENT || (survey.closesOn() != null && LocalDate.now(clock).isAfter(survey.closesOn()))) {
            throw DomainViolation.of("_form", "cockpit.surveys.closed");
        }
        Timestamp now = Timestamp.from(clock.instant());
        // claim the invitation first: of two submissions at once the second finds it answered and stores nothing
        if (jdbc.sql("UPDATE cockpit_survey_recipient SET answered_at = :at WHERE survey_id = :s AND credit_code = :c AND answered_at IS NULL")
                .param("at", now).param("s", surveyId).param("c", creditCode).update() != 1) {
            throw new ConflictingChange(Text.of("cockpit.surveys.alreadyAnswered"));
        }
        for (Question q : questions(surveyId)) {
            String raw = answers.getOrDefault(q.id(), "").strip();
            Integer level = null;
            String text = null;
            if (q.isRating()) {
                if (raw.isEmpty()) {
                    throw DomainViolation.of("q" + q.id(), "cockpit.surveys.answer.ratingRequired", q.text());
                }
                try {
                    level = ServiceLevel.of(Integer.parseInt(raw)).level();
                } catch (NumberFormatException e) {
                    throw new DomainViolation("q" + q.id(), Text.of("cockpit.surveys.ratingRange"));
                }
            } else {
                text = raw;
            }
            jdbc.sql("""
                            INSERT INTO cockpit_survey_answer (survey_id, question_id, credit_code, region_code, level, text, answered_at)
                            VALUES (:s, :q, :c, :r, :l, :t, :at)""")
                    .param("s", surveyId).param("q", q.id()).param("c", creditCode).param("r", recipient[0])
                    .param("l", level).param("t", text).param("at", now).update();
        }
        audit.record("cockpit.survey.answer", "survey", String.valueOf(surveyId), null, Map.of("creditCode", creditCode));
    }

    record Response(long sent, long answered) {
        public double rate() {
            return sent == 0 ? 0 : (double) answered / sent;
        }
    }

    Response response(long surveyId) {
        return jdbc.sql("SELECT count(*), count(answered_at) FROM cockpit_survey_recipient WHERE survey_id = :s")
                .param("s", surveyId).query((rs, n) -> new Response(rs.getLong(1), rs.getLong(2))).single();
    }

    List<DepartmentResult> resultsByDepartment(long surveyId) {
        return jdbc.sql("""
                        SELECT q.department_id, count(a.level) AS n, coalesce(avg(a.level), 0) AS avg,
                          coalesce(avg(CASE WHEN a.level >= 3 THEN 1.0 ELSE 0.0 END), 0) AS sat
                        FROM cockpit_survey_question q JOIN cockpit_survey_answer a ON a.question_id = q.id
                        WHERE q.survey_id = :s AND q.kind = 'RATING' GROUP BY q.department_id ORDER BY sat DESC, avg DESC""")
                .param("s", surveyId).query((rs, n) -> new DepartmentResult(rs.getLong(1),
                        departments.byId(DepartmentId.of(rs.getLong(1))).map(d -> d.name()).orElse(""), rs.getLong(2),
                        rs.getDouble(3), rs.getDouble(4))).list();
    }

    record Comment(String question, String text, java.time.Instant answeredAt) {
    }

    /** One page of the survey's written answers, latest first, searched by their text or the question's. */
    cn.yingshang.platform.PageOf<Comment> comments(long surveyId, String search, cn.yingshang.platform.ListPage page) {
        return cn.yingshang.platform.ListQuery.page(jdbc, new cn.yingshang.platform.ListQuery.Spec("q.text AS question, a.text, a.answered_at",
                        "cockpit_survey_answer a JOIN cockpit_survey_question q ON q.id = a.question_id",
                        "a.survey_id = :s AND q.kind = 'TEXT' AND a.text <> ''", List.of("a.text", "q.text"), List.of(),
                        java.util.Map.of("answered", "a.answered_at"), "a.answered_at DESC, a.question_id, a.credit_code"),
                java.util.Map.of("s", surveyId), search, page,
                (rs, n) -> new Comment(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Survey map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Timestamp sent = rs.getTimestamp("sent_at");
        return new Survey(rs.getLong("id"), rs.getString("title"), rs.getString("intro"), Status.valueOf(rs.getString("status")),
                rs.getTimestamp("created_at").toInstant(), sent == null ? null : sent.toInstant(),
                rs.getObject("closes_on", LocalDate.class), rs.getString("sample_region"), rs.getString("sample_industry"),
                (Integer) rs.getObject("sample_size"));
    }
}
