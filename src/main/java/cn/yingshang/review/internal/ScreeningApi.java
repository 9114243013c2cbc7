package cn.yingshang.review.internal;

import cn.yingshang.review.ScreeningFinding;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "review", description = "review.screeningApi.api.tag.description")
@RestController
@RequestMapping("/api/v1/review")
class ScreeningApi {

    private final StandardStore standards;
    private final ScreeningPool pool;

    ScreeningApi(StandardStore standards, ScreeningPool pool) {
        this.standards = standards;
        this.pool = pool;
    }

    record ScreeningRequest(String text) {
    }

    record FindingJson(String group, String standardCode, String standard, String clause, String reason, String article) {
        static FindingJson of(ScreeningFinding f) {
            return new FindingJson(f.group().name(), f.standardCode(), f.standard(), f.clause(), f.reason(), f.article());
        }
    }

    record ScreeningResult(List<FindingJson> findings) {
    }

    @Operation(summary = "review.screeningApi.api.operation.summary")
    @PostMapping("/screenings")
    ScreeningResult screen(@RequestBody ScreeningRequest request) {
        return new ScreeningResult(pool.screen(request == null ? null : request.text()).stream().map(FindingJson::of).toList());
    }

    /** The screening pool is full or timed out: come back shortly (RFC 9457, 503 with Retry-After). */
    @ExceptionHandler(ScreeningPool.Busy.class)
    ResponseEntity<ProblemDetail> busy(ScreeningPool.Busy e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    record StandardJson(String code, String group, String title, String article, String reason, String context,
                        List<String> patterns, List<String> unless) {
    }

    @Operation(summary = "review.screeningApi.api.operation.summary2")
    @GetMapping("/standards")
    List<StandardJson> standards() {
        return standards.standards().standards().stream().map(s -> new StandardJson(s.code(), s.group().name(), s.title(),
                s.article(), s.reason(), s.context(), s.patterns(), s.unless())).toList();
    }
}
