package cn.yingshang.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class XlsxExportTest {

    @Test
    @DisplayName("sheets come back with a bold heading row, numbers as numbers, blanks for null and Excel-safe names")
    void writesReadableSheets() throws Exception {
        byte[] bytes = XlsxExport.bytes(
                new XlsxExport.Sheet("by month", List.of("month", "claims", "owed"),
                        List.of(List.of("2025-06", 3, new BigDecimal("1200.50")), Arrays.asList("2025-07", null, 7L))),
                new XlsxExport.Sheet("a/b:c*d?e[f]g that is far longer than thirty-one characters", List.of("x"), List.of()));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(2);
            XSSFSheet first = book.getSheetAt(0);
            assertThat(first.getSheetName()).isEqualTo("by month");
            assertThat(first.getRow(0).getCell(1).getStringCellValue()).isEqualTo("claims");
            assertThat(book.getFontAt(first.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(first.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(1200.5);
            assertThat(first.getRow(2).getCell(1).getStringCellValue()).isEmpty();
            assertThat(first.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(7.0);
            assertThat(first.getLastRowNum()).isEqualTo(2);
            String second = book.getSheetAt(1).getSheetName();
            assertThat(second).hasSizeLessThanOrEqualTo(31).doesNotContain("/", ":", "*", "?", "[", "]");
        }
    }

    @Test
    @DisplayName("a one-sheet download is an attachment named after its title with the XLSX media type")
    void downloadIsAnAttachment() {
        var response = XlsxExport.download("figures", List.of("a"), List.of(List.of(1)));
        assertThat(response.getHeaders().getContentType()).isEqualTo(XlsxExport.MEDIA_TYPE);
        assertThat(response.getHeaders().getFirst("Content-Disposition")).contains("figures.xlsx");
        assertThat(response.getBody()).startsWith(new byte[] {'P', 'K'});
    }
}
