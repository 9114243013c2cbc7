package cn.yingshang.projects.internal;

import cn.yingshang.platform.ApiCursor;
import cn.yingshang.platform.ApiScope;
import cn.yingshang.platform.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Major projects open to private investment (003 §13) as API operations: the public list with its
 * answered questions, an enterprise's question, and the publishing department's projects and answers,
 * through the same use case and owner check as the pages. The public sees only answered questions and
 * never who asked them.
 */
@RestController
@Validated
@Tag(name = "api.projects.open.tag", description = "api.projects.open.tag.description")
class OpenProjectsApi {

    private final OpenProjects open;
    private final PrivateInvestment investment;
    private final ProjectMessages messages;

    OpenProjectsApi(OpenProjects open, PrivateInvestment investment, ProjectMessages messages) {
        this.open = open;
        this.investment = investment;
        this.messages = messages;
    }

    record NewOpenProject(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 100) String field,
                         @NotBlank @Size(max = 4000) String description, @NotNull @Positive BigDecimal investment) {
    }

    record NewQuestion(@NotBlank @Size(max = 2000) String question) {
    }

    record NewAnswer(@NotBlank @Size(max = 4000) String answer) {
    }

    /** {@code creditCode} and {@code entityName} are null on the public list. */
    record QuestionView(long id, String question, LocalDate askedOn, String answer, LocalDate answeredOn, String creditCode,
                        String entityName) {
    }

    record OpenProjectView(long id, String title, String field, String description, BigDecimal investment, String regionCode,
                           String departmentName, LocalDate publishedOn, List<QuestionView> questions) {
    }

    record OpenProjectPage(List<OpenProjectView> items, String next) {
    }

    @GetMapping("/api/v1/public/investment-projects")
    @Operation(operationId = "listOpenInvestmentProjects", summary = "api.projects.listOpenInvestmentProjects")
    OpenProjectPage publicList(@RequestParam(defaultValue = "") @Size(max = 40) String q,
                               @RequestParam(required = false) @Size(max = 80) String after,
                               @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit) {
        return page(q, after, limit, false);
    }

    @GetMapping("/api/v1/projects/open")
    @PreAuthorize(ProjectsApi.READ)
    @ApiScope("projects:read")
    @Operation(operationId = "listOpenProjectsWithQuestions", summary = "api.projects.listOpenProjectsWithQuestions")
    OpenProjectPage workbench(@RequestParam(defaultValue = "") @Size(max = 40) String q,
                              @RequestParam(required = false) @Size(max = 80) String after,
                              @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit) {
        return page(q, after, limit, true);
    }

    @PostMapping("/api/v1/projects/open")
    @PreAuthorize(ProjectsApi.MANAGE)
    @ApiScope("projects:manage")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "publishOpenProject", summary = "api.projects.publishOpenProject")
    OpenProjectView publish(@Valid @RequestBody NewOpenProject body, @AuthenticationPrincipal SignedInUser user) {
        long id = investment.publish(body.title(), body.field(), body.description(), body.investment(), user);
        return view(open.find(id).orElseThrow(), true);
    }

    @PostMapping("/api/v1/investment-projects/{id}/questions")
    @PreAuthorize("hasAuthority('projects:ask')")
    @ApiScope("projects:ask")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "askAboutOpenProject", summary = "api.projects.askAboutOpenProject")
    QuestionView ask(@PathVariable long id, @Valid @RequestBody NewQuestion body, @AuthenticationPrincipal SignedInUser user) {
        long questionId = investment.ask(id, body.question(), user);
        return question(open.question(questionId).orElseThrow(), true);
    }

    @PostMapping("/api/v1/projects/open/questions/{questionId}/answer")
    @PreAuthorize(ProjectsApi.MANAGE)
    @ApiScope("projects:manage")
    @Operation(operationId = "answerOpenProjectQuestion", summary = "api.projects.answerOpenProjectQuestion")
    QuestionView answer(@PathVariable long questionId, @Valid @RequestBody NewAnswer body, @AuthenticationPrincipal SignedInUser user) {
        investment.answer(questionId, body.answer(), user);
        return question(open.question(questionId).orElseThrow(() -> new AccessDeniedException(messages.text("projects.denied"))), true);
    }

    private OpenProjectPage page(String q, String after, int limit, boolean withAskers) {
        ApiCursor cursor = ApiCursor.parse(after);
        List<OpenProjects.OpenProject> fetched = open.slice(q, cursor.position(), limit + 1);
        return new OpenProjectPage(ApiCursor.page(fetched, limit).stream().map(p -> view(p, withAskers)).toList(),
                cursor.nextAfter(fetched, limit));
    }

    private OpenProjectView view(OpenProjects.OpenProject p, boolean withAskers) {
        return new OpenProjectView(p.id(), p.title(), p.field(), p.description(), p.investment(), p.regionCode(), p.departmentName(),
                p.publishedOn(), open.questions(p.id()).stream().filter(x -> withAskers || x.answered()).map(x -> question(x, withAskers))
                .toList());
    }

    private static QuestionView question(OpenProjects.Question x, boolean withAsker) {
        return new QuestionView(x.id(), x.question(), x.askedOn(), x.answer(), x.answeredOn(), withAsker ? x.creditCode() : null,
                withAsker ? x.entityName() : null);
    }
}
