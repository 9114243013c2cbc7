package cn.yingshang.credit.internal;

import cn.yingshang.credit.CreditRecordKind;
import cn.yingshang.credit.NewCreditRecord;
import cn.yingshang.credit.Severity;
import cn.yingshang.shared.DomainViolation;
import cn.yingshang.platform.TabularFile;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * A source department's records from CSV or XLSX. Each good row is recorded (in its own
 * transaction); a source record id already known is counted as repeated, never duplicated; each
 * bad row is reported with its line number and reason.
 */
@Service
class RecordImport {

    static final List<String> TEMPLATE_HEADERS = List.of("统一社会信用代码", "记录类别", "来源记录编号", "依据", "决定日期", "失信程度", "摘要");

    private static final Map<String, String> HEADERS = Map.ofEntries(
            Map.entry("统一社会信用代码", "creditCode"), Map.entry("credit_code", "creditCode"),
            Map.entry("记录类别", "kind"), Map.entry("kind", "kind"),
            Map.entry("来源记录编号", "sourceRecordId"), Map.entry("source_record_id", "sourceRecordId"),
            Map.entry("依据", "basis"), Map.entry("basis", "basis"),
            Map.entry("决定日期", "decidedOn"), Map.entry("decided_on", "decidedOn"),
            Map.entry("失信程度", "severity"), Map.entry("severity", "severity"),
            Map.entry("摘要", "summary"), Map.entry("summary", "summary"));

    record RejectedRow(int line, String reason) {
    }

    record ImportReport(int imported, int repeated, List<RejectedRow> rejected) {
    }

    private final CreditRecording recording;

    RecordImport(CreditRecording recording) {
        this.recording = recording;
    }

    ImportReport importFile(String departmentCode, String filename, byte[] content) {
        List<TabularFile.Line> lines = TabularFile.read(filename, content);
        if (lines.isEmpty()) {
            throw new DomainViolation("file", "文件没有内容");
        }
        Map<String, Integer> columns = columns(lines.getFirst());
        int imported = 0;
        int repeated = 0;
        List<RejectedRow> rejected = new ArrayList<>();
        for (TabularFile.Line line : lines.subList(1, lines.size())) {
            try {
                var outcome = recording.recordReporting(row(departmentCode, line, columns));
                if (outcome.created()) {
                    imported++;
                } else {
                    repeated++;
                }
            } catch (DomainViolation e) {
                rejected.add(new RejectedRow(line.number(), e.field() == null ? e.getMessage() : label(e.field()) + "：" + e.getMessage()));
            }
        }
        return new ImportReport(imported, repeated, rejected);
    }

    private static NewCreditRecord row(String department, TabularFile.Line line, Map<String, Integer> columns) {
        CreditRecordKind kind = kind(cell(line, columns, "kind"));
        String severityText = cell(line, columns, "severity");
        return new NewCreditRecord(cell(line, columns, "creditCode").toUpperCase(), kind, department,
                cell(line, columns, "sourceRecordId"), cell(line, columns, "basis"), date(cell(line, columns, "decidedOn")),
                severity(severityText), cell(line, columns, "summary"));
    }

    static CreditRecordKind kind(String value) {
        for (CreditRecordKind k : CreditRecordKind.values()) {
            if (k.name().equalsIgnoreCase(value) || k.label().equals(value)) {
                return k;
            }
        }
        throw new DomainViolation("kind", value.isEmpty() ? "请填写记录类别" : "记录类别无效：“" + value + "”");
    }

    static Severity severity(String value) {
        if (value.isEmpty() || value.equals("—") || value.equals("无")) {
            return null;
        }
        for (Severity s : Severity.values()) {
            if (s.name().equalsIgnoreCase(value) || s.label().equals(value)) {
                return s;
            }
        }
        throw new DomainViolation("severity", "失信程度应为轻微、一般或严重，实为“" + value + "”");
    }

    private static LocalDate date(String value) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value.replace('/', '-').replace('.', '-'), DateTimeFormatter.ofPattern("yyyy-M-d"));
        } catch (DateTimeParseException e) {
            throw new DomainViolation("decidedOn", "日期格式应为YYYY-MM-DD，实为“" + value + "”");
        }
    }

    private static Map<String, Integer> columns(TabularFile.Line header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String field = HEADERS.get(header.cells().get(i).strip());
            if (field == null) {
                field = HEADERS.get(header.cells().get(i).strip().toLowerCase());
            }
            if (field != null) {
                columns.putIfAbsent(field, i);
            }
        }
        for (String required : List.of("creditCode", "kind", "sourceRecordId", "basis", "decidedOn")) {
            if (!columns.containsKey(required)) {
                throw new DomainViolation("file", "第1行表头缺少必需列：" + label(required) + "（可下载导入模板）");
            }
        }
        return columns;
    }

    private static String cell(TabularFile.Line line, Map<String, Integer> columns, String field) {
        Integer index = columns.get(field);
        return index == null || index >= line.cells().size() ? "" : line.cells().get(index).strip();
    }

    static String label(String field) {
        return switch (field) {
            case "creditCode" -> "统一社会信用代码";
            case "kind" -> "记录类别";
            case "sourceRecordId" -> "来源记录编号";
            case "sourceDepartmentCode" -> "来源部门";
            case "basis" -> "依据";
            case "decidedOn" -> "决定日期";
            case "severity" -> "失信程度";
            case "summary" -> "摘要";
            default -> field;
        };
    }
}
