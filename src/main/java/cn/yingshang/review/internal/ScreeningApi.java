package cn.yingshang.review.internal;

import cn.yingshang.review.ScreeningFinding;
import cn.yingshang.shared.DomainViolation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "review", description = "公平竞争审查")
@RestController
@RequestMapping("/api/v1/review")
class ScreeningApi {

    /** 2 MB of text per call is far beyond any draft and keeps the public endpoint cheap. */
    static final int MAX_CHARS = 2_000_000;

    private final StandardStore standards;

    ScreeningApi(StandardStore standards) {
        this.standards = standards;
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

    @Operation(summary = "公平竞争审查初筛：逐条比对审查标准，返回疑似问题（无需登录）")
    @PostMapping("/screenings")
    ScreeningResult screen(@RequestBody ScreeningRequest request) {
        if (request == null || request.text() == null || request.text().isBlank()) {
            throw new DomainViolation("text", "请提供待审查的文本");
        }
        if (request.text().length() > MAX_CHARS) {
            throw new DomainViolation("text", "文本过长，请分段提交（每次不超过200万字）");
        }
        return new ScreeningResult(standards.screen(request.text()).stream().map(FindingJson::of).toList());
    }

    record StandardJson(String code, String group, String title, String article, String reason, String context,
                        List<String> patterns, List<String> unless) {
    }

    @Operation(summary = "现行审查标准（规则数据）")
    @GetMapping("/standards")
    List<StandardJson> standards() {
        return standards.standards().standards().stream().map(s -> new StandardJson(s.code(), s.group().name(), s.title(),
                s.article(), s.reason(), s.context(), s.patterns(), s.unless())).toList();
    }
}
