package cn.yingshang.credit.internal;

import cn.yingshang.platform.Text;
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

@Tag(name = "credit", description = "credit.creditApi.api.tag.description")
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

    @Operation(summary = "credit.creditApi.api.operation.summary")
    @PostMapping("/records")
    @PreAuthorize("hasAuthority('credit:record')")
    @cn.yingshang.platform.ApiScope("credit:record")
    ResponseEntity<RecordedJson> record(@AuthenticationPrincipal SignedInUser user, @RequestBody NewCreditRecord body) {
        String own = names.codeOf(user).orElse(null);
        String department = body.sourceDepartmentCode() == null || body.sourceDepartmentCode().isBlank() ? own : body.sourceDepartmentCode();
        boolean mayReportForOthers = user.role() == Role.ADMIN || user.role() == Role.OFFICE;
        if (!mayReportForOthers && (own == null || !own.equals(department))) {
            throw DomainViolation.of("sourceDepartmentCode", "credit.creditApi.ownDepartmentOnly", own == null ? Text.of("credit.api.none") : own);
        }
        var outcome = recording.recordReporting(new NewCreditRecord(body.creditCode(), body.kind(), department, body.sourceRecordId(),
                body.basis(), body.decidedOn(), body.severity(), body.summary()));
        return ResponseEntity.status(outcome.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(new RecordedJson(outcome.id(), outcome.created()));
    }

    @Operation(summary = "credit.creditApi.api.operation.summary2")
    @PostMapping("/records/imports")
    @PreAuthorize("hasAuthority('credit:record')")
    @cn.yingshang.platform.ApiScope("credit:record")
    RecordImport.ImportReport importFile(@AuthenticationPrincipal SignedInUser user, @RequestPart("file") MultipartFile file) throws IOException {
        String department = names.codeOf(user).orElseThrow(() -> DomainViolation.of("file", "credit.creditApi.file"));
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

    @Operation(summary = "credit.creditApi.api.operation.summary3")
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
