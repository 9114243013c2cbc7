package cn.yingshang.inspection.internal;

import cn.yingshang.platform.Text;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.NoSuchElementException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "inspection-public", description = "inspection.publicInspectionApi.api.tag.description")
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

    @Operation(summary = "inspection.publicInspectionApi.api.operation.summary")
    @GetMapping("/draws/{planId}")
    DrawJson draw(@PathVariable long planId) {
        Draws.Draw draw = draws.find(planId).orElseThrow(() -> new NoSuchElementException(Text.of("inspection.public.commitmentNotPublishedApi")));
        return new DrawJson(draw, draw.drawn() ? draws.selectedCodes(planId) : java.util.List.of(),
                "/public/inspections/draws/" + planId + "/pool.txt");
    }

    @Operation(summary = "inspection.publicInspectionApi.api.operation.summary2")
    @GetMapping("/draws/{planId}/verify")
    Draws.Verification verify(@PathVariable long planId, @RequestParam(defaultValue = "") String seed) {
        return draws.verify(planId, seed);
    }

    @Operation(summary = "inspection.publicInspectionApi.api.operation.summary3")
    @GetMapping("/assignment")
    Visits.Assignment assignment(@RequestParam String certificateNo, @RequestParam String taskCode) {
        return visits.assignment(certificateNo, taskCode);
    }
}
