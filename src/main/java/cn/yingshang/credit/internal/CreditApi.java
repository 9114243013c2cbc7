package cn.yingshang.credit.internal;

import cn.yingshang.credit.NewCreditRecord;
import cn.yingshang.platform.Role;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.shared.CreditCode;
import cn.yingshang.shared.CreditRiskClass;
import cn.yingshang.shared.DomainViolation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@Tag(name = "credit", description = "信用记录、风险分类、失信名单（来源部门报送）")
@RestController
@RequestMapping("/api/v1/credit")
class CreditApi {

    private final CreditRecording recording;
    private final RecordImport recordImport;
    private final CreditRecordStore records;
    private final RiskClassification classification;
    private final DishonestyLists lists;
    private final DepartmentNames names;
    private final Clock clock;

    CreditApi(CreditRecording recording, RecordImport recordImport, CreditRecordStore records, RiskClassification classification,
              DishonestyLists lists, DepartmentNames names, Clock clock) {
        this.recording = recording;
        this.recordImport = recordImport;
        this.records = records;
        this.classification = classification;
        this.lists = lists;
        this.names = names;
        this.clock = clock;
    }

    record RecordedJson(long id, boolean created) {
    }

    @Operation(summary = "来源部门报送一条信用记录（按来源部门+来源记录编号幂等：重复报送返回原记录，200；新记录201）")
    @PostMapping("/records")
    @PreAuthorize("hasAuthority('credit:record')")
    @cn.yingshang.platform.ApiScope("credit:record")
    ResponseEntity<RecordedJson> record(@AuthenticationPrincipal SignedInUser user, @RequestBody NewCreditRecord body) {
        String own = names.codeOf(user).orElse(null);
        String department = body.sourceDepartmentCode() == null || body.sourceDepartmentCode().isBlank() ? own : body.sourceDepartmentCode();
        boolean mayReportForOthers = user.role() == Role.ADMIN || user.role() == Role.OFFICE;
        if (!mayReportForOthers && (own == null || !own.equals(department))) {
            throw new DomainViolation("sourceDepartmentCode", "只能报送本部门（" + (own == null ? "无" : own) + "）作出的记录");
        }
        var outcome = recording.recordReporting(new NewCreditRecord(body.creditCode(), body.kind(), department, body.sourceRecordId(),
                body.basis(), body.decidedOn(), body.severity(), body.summary()));
        return ResponseEntity.status(outcome.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(new RecordedJson(outcome.id(), outcome.created()));
    }

    @Operation(summary = "批量导入信用记录（CSV或XLSX；逐行报告被拒绝的行及原因；重复的来源记录编号不重复登记）")
    @PostMapping("/records/imports")
    @PreAuthorize("hasAuthority('credit:record')")
    @cn.yingshang.platform.ApiScope("credit:record")
    RecordImport.ImportReport importFile(@AuthenticationPrincipal SignedInUser user, @RequestPart("file") MultipartFile file) throws IOException {
        String department = names.codeOf(user).orElseThrow(() -> new DomainViolation("file", "只有部门账号可以导入信用记录"));
        return RecordImport.ImportReport.of(recordImport.importFile(department, file.getOriginalFilename(), file.getBytes()));
    }

    record IndicatorJson(String code, String label, int value, int weight, int points) {
    }

    record RecordJson(long id, String kind, String sourceDepartmentCode, String sourceRecordId, String basis, LocalDate decidedOn,
                      String severity, String summary, LocalDate repairableFrom, LocalDate publicUntil, LocalDate repairedOn,
                      boolean publicToday) {
    }

    record ProfileJson(String creditCode, CreditRiskClass riskClass, int score, List<IndicatorJson> indicators, boolean dishonest,
                       List<String> measures, List<RecordJson> records) {
    }

    @Operation(summary = "经营主体的信用档案：风险分类及产生分类的指标、失信状态与措施、全部记录")
    @GetMapping("/entities/{code}")
    @PreAuthorize("hasAuthority('credit:read')")
    @cn.yingshang.platform.ApiScope("credit:read")
    ProfileJson profile(@PathVariable String code) {
        String c = CreditCode.of(code).value();
        LocalDate today = LocalDate.now(clock);
        var explained = classification.explain(c, today);
        return new ProfileJson(c, explained.riskClass(), explained.assessment().score(),
                explained.assessment().contributions().stream()
                        .map(x -> new IndicatorJson(x.code(), x.label(), x.value(), x.weight(), x.points())).toList(),
                lists.isDishonest(c, today), lists.measuresInForce(c, today).stream().map(Enum::name).sorted().toList(),
                records.ofEntity(c).stream().map(r -> new RecordJson(r.id(), r.kind().name(), r.sourceDepartmentCode(),
                        r.sourceRecordId(), r.basis(), r.decidedOn(), r.severity() == null ? null : r.severity().name(), r.summary(),
                        r.repairableFrom(), r.publicUntil(), r.repairedOn(), r.isPublicOn(today))).toList());
    }
}
