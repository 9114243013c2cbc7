package cn.yingshang.inspection.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.NoSuchElementException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "inspection-public", description = "双随机抽取公示与验证（无需登录）")
@RestController
@RequestMapping("/api/v1/public/inspections")
class PublicInspectionApi {

    private final Draws draws;
    private final Visits visits;

    PublicInspectionApi(Draws draws, Visits visits) {
        this.draws = draws;
        this.visits = visits;
    }

    record DrawJson(Draws.Draw draw, java.util.List<String> selected, String poolUrl) {
    }

    @Operation(summary = "抽取记录：种子承诺、对象库哈希、（抽取后）种子与抽取结果")
    @GetMapping("/draws/{planId}")
    DrawJson draw(@PathVariable long planId) {
        Draws.Draw draw = draws.find(planId).orElseThrow(() -> new NoSuchElementException("该计划尚未公布抽取承诺"));
        return new DrawJson(draw, draw.drawn() ? draws.selectedCodes(planId) : java.util.List.of(),
                "/public/inspections/draws/" + planId + "/pool.txt");
    }

    @Operation(summary = "由服务器按公开算法重新计算抽取结果并比对（可传入自备的种子）")
    @GetMapping("/draws/{planId}/verify")
    Draws.Verification verify(@PathVariable long planId, @RequestParam(defaultValue = "") String seed) {
        return draws.verify(planId, seed);
    }

    @Operation(summary = "核验检查人员是否被指派执行某检查任务")
    @GetMapping("/assignment")
    Visits.Assignment assignment(@RequestParam String certificateNo, @RequestParam String taskCode) {
        return visits.assignment(certificateNo, taskCode);
    }
}
