package cn.yingshang.credit.internal;

import cn.yingshang.credit.CreditRecordKind;
import cn.yingshang.credit.NewCreditRecord;
import cn.yingshang.credit.Severity;
import cn.yingshang.platform.TabularImports;
import cn.yingshang.platform.TabularImports.Column;
import cn.yingshang.platform.TabularImports.Outcome;
import cn.yingshang.shared.DomainViolation;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * A source department's records from CSV or XLSX through the platform's {@link TabularImports}:
 * each good row is recorded; a source record id already known counts as an update ("repeated"),
 * never a duplicate.
 */
@Service
class RecordImport {

    static final TabularImports.Layout LAYOUT = new TabularImports.Layout("credit.import", List.of(
            Column.required("creditCode", "credit_code"), Column.required("kind", "kind"),
            Column.required("sourceRecordId", "source_record_id"), Column.required("basis", "basis"),
            Column.required("decidedOn", "decided_on"), Column.optional("severity", "severity"),
            Column.optional("summary", "summary")));

    /** What the API answers: the counts under the names the API has always used. */
    record ImportReport(int imported, int repeated, List<TabularImports.RejectedRow> rejected) {

        static ImportReport of(TabularImports.Report report) {
            return new ImportReport(report.created(), report.updated(), report.rejected());
        }
    }

    private final CreditRecording recording;
    private final TabularImports imports;

    RecordImport(CreditRecording recording, TabularImports imports) {
        this.recording = recording;
        this.imports = imports;
    }

    TabularImports.Report importFile(String departmentCode, String filename, byte[] content) {
        return imports.run(LAYOUT, filename, content, row ->
                recording.recordReporting(record(departmentCode, row)).created() ? Outcome.CREATED : Outcome.UPDATED);
    }

    private static NewCreditRecord record(String department, TabularImports.Row row) {
        return new NewCreditRecord(row.cell("creditCode").toUpperCase(), kind(row.cell("kind")), department,
                row.cell("sourceRecordId"), row.cell("basis"), row.date("decidedOn"), severity(row.cell("severity")),
                row.cell("summary"));
    }

    static CreditRecordKind kind(String value) {
        for (CreditRecordKind k : CreditRecordKind.values()) {
            if (k.name().equalsIgnoreCase(value) || k.label().equals(value)) {
                return k;
            }
        }
        throw value.isEmpty() ? DomainViolation.of("kind", "credit.import.kindMissing")
                : DomainViolation.of("kind", "credit.import.kindInvalid", value);
    }

    /** Words that mean "no severity stated" (a dash, "none"), as the bundle lists them. */
    private static final List<String> NO_SEVERITY = List.of(java.util.ResourceBundle
            .getBundle("i18n/messages", java.util.Locale.SIMPLIFIED_CHINESE).getString("credit.import.noSeverity").split(","));

    static Severity severity(String value) {
        if (value.isEmpty() || NO_SEVERITY.contains(value)) {
            return null;
        }
        for (Severity s : Severity.values()) {
            if (s.name().equalsIgnoreCase(value) || s.label().equals(value)) {
                return s;
            }
        }
        throw DomainViolation.of("severity", "credit.import.severityInvalid", value);
    }

}
