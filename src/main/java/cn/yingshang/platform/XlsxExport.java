package cn.yingshang.platform;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The platform's one XLSX writer: every table a page offers "as Excel" (appeal figures and lists,
 * arrears figures, cockpit tables, catalogues) is written here, so all downloads look alike (bold
 * heading row, readable column widths, numbers as numbers) and stream through POI's
 * {@link SXSSFWorkbook}, which keeps only a window of rows in memory however long the table is.
 */
public final class XlsxExport {

    public static final MediaType MEDIA_TYPE =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    /** Rows kept in memory while streaming; the rest are flushed to a temporary file. */
    private static final int WINDOW = 200;

    /**
     * One sheet: its name (made safe for Excel: no {@code []:*?/\}, at most 31 characters), the
     * heading row and the rows. A cell that is a {@link Number} is written as a number, {@code null}
     * as an empty cell, anything else as its text.
     */
    public record Sheet(String name, List<String> headings, List<? extends List<?>> rows) {
    }

    private XlsxExport() {
    }

    public static byte[] bytes(Sheet... sheets) {
        return bytes(List.of(sheets));
    }

    public static byte[] bytes(List<Sheet> sheets) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, sheets);
        return out.toByteArray();
    }

    /** A one-sheet download named after its title ({@code title.xlsx}, the sheet called {@code title}). */
    public static ResponseEntity<byte[]> download(String title, List<String> headings, List<? extends List<?>> rows) {
        return download(title + ".xlsx", List.of(new Sheet(title, headings, rows)));
    }

    public static ResponseEntity<byte[]> download(String filename, List<Sheet> sheets) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(filename))
                .contentType(MEDIA_TYPE)
                .body(bytes(sheets));
    }

    /** Streams a one-sheet table straight into the response, for pages that write their own response. */
    public static void write(HttpServletResponse response, String filename, String sheetName, List<String> headings,
                             List<? extends List<?>> rows) {
        response.setContentType(MEDIA_TYPE.toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(filename));
        try {
            write(response.getOutputStream(), List.of(new Sheet(sheetName, headings, rows)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(OutputStream out, List<Sheet> sheets) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        try (workbook) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (Sheet sheet : sheets) {
                fill(workbook.createSheet(WorkbookUtil.createSafeSheetName(sheet.name())), bold, sheet);
            }
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
        }
    }

    private static void fill(SXSSFSheet target, CellStyle bold, Sheet sheet) {
        Row head = target.createRow(0);
        for (int i = 0; i < sheet.headings().size(); i++) {
            head.createCell(i).setCellValue(sheet.headings().get(i));
            head.getCell(i).setCellStyle(bold);
            target.setColumnWidth(i, (i == 0 ? 30 : 18) * 256);
        }
        int r = 1;
        for (List<?> values : sheet.rows()) {
            Row row = target.createRow(r++);
            for (int i = 0; i < values.size(); i++) {
                Object v = values.get(i);
                if (v instanceof Number n) {
                    row.createCell(i).setCellValue(n.doubleValue());
                } else {
                    row.createCell(i).setCellValue(v == null ? "" : v.toString());
                }
            }
        }
    }
}
