package cn.yingshang.catalogue.internal;

import cn.yingshang.platform.Text;
import cn.yingshang.platform.XlsxExport;
import cn.yingshang.catalogue.CatalogueKind;
import cn.yingshang.shared.DomainViolation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A catalogue as an XLSX sheet: the header row names the columns (编号, 名称, 别名, 设定依据, the
 * department column, then the catalogue's own fields), one entry per row. Export writes the same
 * layout, so an exported file can be edited and imported as the next version.
 */
final class CatalogueXlsx {

    /** Column headings shared by the exported file and the import, so a template round-trips. */
    private static final String CODE = "catalogue.column.code";
    private static final String NAME = "catalogue.column.name";
    private static final String ALIASES = "catalogue.column.aliases";
    private static final String BASIS = "catalogue.column.basis";

    private CatalogueXlsx() {
    }

    static List<String> headers(CatalogueKind kind) {
        List<String> h = new ArrayList<>(List.of(Text.of(CODE), Text.of(NAME), Text.of(ALIASES), Text.of(BASIS), kind.departmentLabel()));
        kind.fields().forEach(f -> h.add(f.label()));
        return h;
    }

    static byte[] write(CatalogueKind kind, List<Entry> entries) {
        List<List<String>> rows = entries.stream().map(e -> {
            List<String> cells = new ArrayList<>(List.of(e.code(), e.name(), e.aliases(), e.basis(), e.department()));
            kind.fields().forEach(f -> cells.add(e.detail(f.key())));
            return cells;
        }).toList();
        return XlsxExport.bytes(new XlsxExport.Sheet(kind.label().replaceAll("[\\p{Ps}\\p{Pe}]", ""), headers(kind), rows));
    }

    static List<Entry> read(CatalogueKind kind, String filename, byte[] content) {
        try (XSSFWorkbook wb = cn.yingshang.platform.OfficeDocuments.xlsx("file", filename, content)) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter fmt = new DataFormatter();
            Row head = sheet.getRow(sheet.getFirstRowNum());
            if (head == null) {
                throw DomainViolation.of("file", "catalogue.xlsx.empty");
            }
            Map<String, Integer> columns = new LinkedHashMap<>();
            for (int i = 0; i < head.getLastCellNum(); i++) {
                columns.put(fmt.formatCellValue(head.getCell(i)).strip(), i);
            }
            String codeColumn = Text.of(CODE);
            String nameColumn = Text.of(NAME);
            Integer aliasesColumn = columns.get(Text.of(ALIASES));
            Integer basisColumn = columns.get(Text.of(BASIS));
            for (String required : List.of(codeColumn, nameColumn)) {
                if (!columns.containsKey(required)) {
                    throw DomainViolation.of("file", "catalogue.xlsx.columnMissing", required);
                }
            }
            List<Entry> entries = new ArrayList<>();
            Set<String> codes = new HashSet<>();
            for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                String code = cell(fmt, row, columns.get(codeColumn));
                String name = cell(fmt, row, columns.get(nameColumn));
                if (code.isEmpty() && name.isEmpty()) {
                    continue;
                }
                if (code.isEmpty() || name.isEmpty()) {
                    throw DomainViolation.of("file", "catalogue.xlsx.codeAndNameRequired", r + 1);
                }
                if (!codes.add(code)) {
                    throw DomainViolation.of("file", "catalogue.xlsx.codeRepeated", r + 1, code);
                }
                Map<String, String> details = new LinkedHashMap<>();
                for (CatalogueKind.Field f : kind.fields()) {
                    details.put(f.key(), cell(fmt, row, columns.get(f.label())));
                }
                entries.add(new Entry(code, name, cell(fmt, row, aliasesColumn), cell(fmt, row, basisColumn),
                        cell(fmt, row, columns.get(kind.departmentLabel())), details));
            }
            if (entries.isEmpty()) {
                throw DomainViolation.of("file", "catalogue.xlsx.noEntries");
            }
            return entries;
        } catch (DomainViolation e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // includes POI's refusal of an entry that inflates beyond the limits (OfficeDocuments)
            throw DomainViolation.of("file", "catalogue.xlsx.unreadable");
        }
    }

    private static String cell(DataFormatter fmt, Row row, Integer column) {
        return column == null ? "" : fmt.formatCellValue(row.getCell(column)).strip();
    }
}
