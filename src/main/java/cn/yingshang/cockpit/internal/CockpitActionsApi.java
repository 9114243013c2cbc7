package cn.yingshang.cockpit.internal;

import cn.yingshang.platform.ApiScope;
import cn.yingshang.platform.AuditLog;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.platform.Text;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The evaluation side of the cockpit pages as API operations (issue 17): the office's recomputation and indicator
 * definitions, assessments, case reviews and surveys; an enterprise's survey answers. Each calls the same use case as
 * its page. Supervision (supervisors, rectification orders, the task ledger) is {@link SupervisionActionsApi}.
 */
@Tag(name = "cockpit")
@RestController
class CockpitActionsApi {

    private static final String MANAGE = "hasAuthority('cockpit:manage')";

    private final IndicatorComputation computation;
    private final FigureViews figures;
    private final Assessments assessments;
    private final CaseReviews caseReviews;
    private final Surveys surveys;
    private final AuditLog audit;
    private final IndicatorDefinitions definitions;

    CockpitActionsApi(IndicatorComputation computation, FigureViews figures, Assessments assessments, CaseReviews caseReviews,
                      Surveys surveys, AuditLog audit, IndicatorDefinitions definitions) {
        this.definitions = definitions;
        this.computation = computation;
        this.figures = figures;
        this.assessments = assessments;
        this.caseReviews = caseReviews;
        this.surveys = surveys;
        this.audit = audit;
    }

    // ---- figures -----------------------------------------------------------------------------

    record CockpitComputation(String period) {
    }

    record CockpitComputed(String period) {
    }

    @Operation(operationId = "computeCockpitIndicators", summary = "cockpit.api.compute")
    @PostMapping("/api/v1/cockpit/computations")
    @PreAuthorize(MANAGE)
    @ApiScope("cockpit:manage")
    CockpitComputed compute(@RequestBody(required = false) CockpitComputation body) {
        String period = body == null ? null : body.period();
        YearMonth month = period == null || period.isBlank() ? figures.currentMonth() : figures.period(period);
        computation.computeAllAtOnce(month);
        audit.record("cockpit.compute", "period", month.toString(), null, null);
        return new CockpitComputed(month.toString());
    }

    record CockpitIndicatorDefinition(String name, String module, String source, String numerator, String denominator,
                                      String filters, Direction direction, BigDecimal onTrack, BigDecimal breach,
                                      Integer minSample, String description, Boolean enabled, Integer sortOrder, String unit) {
    }

    record CockpitIndicatorJson(String code, String name, String source, String numerator, String denominator,
                                Direction direction, BigDecimal onTrack, BigDecimal breach, boolean enabled) {
    }

    @Operation(operationId = "saveCockpitIndicator", summary = "cockpit.api.indicator")
    @PutMapping("/api/v1/cockpit/indicators/{code}")
    @PreAuthorize(MANAGE)
    @ApiScope("cockpit:manage")
    CockpitIndicatorJson saveIndicator(@PathVariable String code, @RequestBody CockpitIndicatorDefinition b) {
        Indicator i = definitions.save(new CockpitPages.IndicatorForm(code, b.name(), b.module(), b.source(), b.numerator(),
                b.denominator(), b.filters(), b.direction() == null ? "" : b.direction().name(), b.onTrack(), b.breach(),
                b.minSample(), b.description(), b.enabled() == null ? Boolean.TRUE : b.enabled(), b.sortOrder(), b.unit()));
        return new CockpitIndicatorJson(i.code(), i.name(), i.source(), i.numerator(), i.denominator(), i.direction(), i.onTrack(),
                i.breach(), i.enabled());
    }

    // ---- assessments -------------------------------------------------------------------------

    record CockpitAssessmentRequest(Integer year, String name, BigDecimal passMark) {
    }

    record CockpitAssessmentJson(long id, int year, String name, BigDecimal passMark) {
    }

    @Operation(operationId = "createCockpitAssessment", summary = "cockpit.api.assessment")
    @PostMapping("/api/v1/cockpit/assessments")
    @PreAuthorize(MANAGE)
    @ApiScope("cockpit:manage")
    ResponseEntity<CockpitAssessmentJson> createAssessment(@RequestBody CockpitAssessmentRequest b) {
        Assessments.Scheme s = assessments.create(b.year(), b.name() == null ? "" : b.name(), b.passMark());
        return ResponseEntity.status(HttpStatus.CREATED).body(new CockpitAssessmentJson(s.id(), s.year(), s.name(), s.passMark()));
    }

    record CockpitAssessmentWeight(String indicator, BigDecimal weight) {
    }

    @Operation(operationId = "weighCockpitAssessment", summary = "cockpit.api.weigh")
    @PostMapping("/api/v1/cockpit/assessments/{id}/weights")
    @PreAuthorize(MANAGE)
    @ApiScope("cockpit:manage")
    ResponseEntity<Void> weigh(@PathVariable long id, @RequestBody CockpitAssessmentWeight b) {
        assessments.weigh(id, b.indicator() == null ? "" : b.indicator(), b.weight());
        return ResponseEntity.noContent().build();
    }

    @Operation(operationId = "scoreCockpitAssessment", summary = "cockpit.api.score")
    @PostMapping("/api/v1/cockpit/assessments/{id}/scoring")
    @PreAuthorize(MANAGE)
    @ApiScope("cockpit:manage")
    ResponseEntity<Void> score(@PathVariable long id) {
        assessments.score(id);
        return ResponseEntity.noContent().build();
    }

    record CockpitAssessmentAction(String subjectKind, String subjectKey, String kind, LocalDate heldOn, String note) {
    }

    @Operation(operationId = "recordCockpitAssessmentAction", summary = "cockpit.api.act")
    @PostMapping("/api/v1/cockpit/assessments/{id}/actions")
    @PreAuthorize(MANAGE)
    @ApiScope("cockpit:manage")
    ResponseEntity<Void> act(@PathVariable long id, @RequestBody CockpitAssessmentAction b, @AuthenticationPrincipal SignedInUser user) {
        assessments.act(id, nz(b.subjectKind()), nz(b.subjectKey()), nz(b.kind()), b.heldOn(), nz(b.note()), user.displayName());
        return ResponseEntity.noContent().build();
    }

    // ---- case reviews ------------------------------------------------------------------------

    record CockpitCaseDraw(String quarter, Integer size) {
    }

    record CockpitCaseDrawn(String quarter, int drawn) {
    }

    @Operation(operationId = "drawCockpitCaseReviews", summary = "cockpit.api.draw")
    @PostMapping("/api/v1/cockpit/case-reviews/draws")
    @PreAuthorize(MANAGE)
    @ApiScope("cockpit:manage")
    ResponseEntity<CockpitCaseDrawn> draw(@RequestBody CockpitCaseDraw b) {
        CaseReviews.Quarter q = b.quarter() == null || b.quarter().isBlank() ? caseReviews.currentQuarter()
                : CaseReviews.Quarter.parse(b.quarter());
        int drawn = caseReviews.draw(q, b.size() == null ? 10 : b.size());
        return ResponseEntity.status(HttpStatus.CREATED).body(new CockpitCaseDrawn(q.toString(), drawn));
    }

    record CockpitCaseFinding(String finding, String verdict) {
    }

    @Operation(operationId = "recordCockpitCaseReview", summary = "cockpit.api.case-record")
    @PostMapping("/api/v1/cockpit/case-reviews/{id}")
    @PreAuthorize(MANAGE)
    @ApiScope("cockpit:manage")
    ResponseEntity<Void> recordCaseReview(@PathVariable long id, @RequestBody CockpitCaseFinding b,
                                          @AuthenticationPrincipal SignedInUser user) {
        caseReviews.record(id, nz(b.finding()), nz(b.verdict()), user.displayName());
        return ResponseEntity.noContent().build();
    }

    // ---- surveys -----------------------------------------------------------------------------

    record CockpitSurveyRequest(String title, String intro, LocalDate closesOn) {
    }

    record CockpitSurveyJson(long id, String title, String intro, String status, LocalDate closesOn) {
        static CockpitSurveyJson of(Surveys.Survey s) {
            return new CockpitSurveyJson(s.id(), s.title(), s.intro(), s.status().name(), s.closesOn());
        }
    }

    @Operation(operationId = "createCockpitSurvey", summary = "cockpit.api.survey")
    @PostMapping("/api/v1/cockpit/surveys")
    @PreAuthorize(MANAGE)
    @ApiScope("cockpit:manage")
    ResponseEntity<CockpitSurveyJson> createSurvey(@RequestBody CockpitSurveyRequest b) {
        return ResponseEntity.status(HttpStatus.CREATED).body(CockpitSurveyJson.of(surveys.create(nz(b.title()), nz(b.intro()), b.closesOn())));
    }

    record CockpitSurveyQuestion(String text, String kind, Long departmentId) {
    }

    @Operation(operationId = "addCockpitSurveyQuestion", summary = "cockpit.api.question")
    @PostMapping("/api/v1/cockpit/surveys/{id}/questions")
    @PreAuthorize(MANAGE)
    @ApiScope("cockpit:manage")
    ResponseEntity<Void> addQuestion(@PathVariable long id, @RequestBody CockpitSurveyQuestion b) {
        surveys.addQuestion(id, nz(b.text()), b.kind() == null ? "RATING" : b.kind(), b.departmentId());
        return ResponseEntity.status(HttpStatus.CREATED).build();
    }

    record CockpitSurveySample(String region, String industry, Integer size, String invited) {
    }

    record CockpitSurveySent(int invitations) {
    }

    @Operation(operationId = "sendCockpitSurvey", summary = "cockpit.api.send")
    @PostMapping("/api/v1/cockpit/surveys/{id}/sending")
    @PreAuthorize(MANAGE)
    @ApiScope("cockpit:manage")
    CockpitSurveySent send(@PathVariable long id, @RequestBody CockpitSurveySample b) {
        return new CockpitSurveySent(surveys.send(id, new Surveys.Sample(nz(b.region()), nz(b.industry()), b.size(), nz(b.invited()))));
    }

    record CockpitSurveyAnswer(Long questionId, String answer) {
    }

    record CockpitSurveyAnswers(List<CockpitSurveyAnswer> answers) {
    }

    @Operation(operationId = "answerCockpitSurvey", summary = "cockpit.api.answer")
    @PostMapping("/api/v1/cockpit/surveys/{id}/answers")
    ResponseEntity<Void> answer(@PathVariable long id, @RequestBody CockpitSurveyAnswers b, @AuthenticationPrincipal SignedInUser user) {
        if (user.creditCode() == null) {
            throw new NoSuchElementException(Text.of("cockpit.api.enterprise-only"));
        }
        Map<Long, String> answers = new HashMap<>();
        if (b.answers() != null) {
            b.answers().stream().filter(a -> a.questionId() != null).forEach(a -> answers.put(a.questionId(), a.answer()));
        }
        surveys.answer(id, user.creditCode(), answers);
        return ResponseEntity.status(HttpStatus.CREATED).build();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
