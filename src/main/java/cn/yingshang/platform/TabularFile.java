package cn.yingshang.platform;

import cn.yingshang.shared.DomainViolation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Rows of a CSV (RFC 4180, UTF-8) or XLSX file, each with the line number a person sees in the
 * file: every import (registry, credit records) reads its files through this one reader.
 */
public final class TabularFile {

    public record Line(int number, List<String> cells) {
    }

    private TabularFile() {
    }

    public static List<Line> read(String filename, byte[] content) {
        FileKind kind = FileKind.require("file", filename, content, java.util.Set.of(FileKind.XLSX, FileKind.TEXT));
        if (kind == FileKind.XLSX) {
            return xlsx(filename, content);
        }
        return csv(new String(content, StandardCharsets.UTF_8));
    }

    public static List<Line> csv(String text) {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        List<Line> lines = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int recordStart = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                addIfNotBlank(lines, recordStart, cells);
                cells = new ArrayList<>();
                line++;
                recordStart = line;
            } else {
                cell.append(c);
            }
        }
        if (!cell.isEmpty() || !cells.isEmpty()) {
            cells.add(cell.toString());
            addIfNotBlank(lines, recordStart, cells);
        }
        return lines;
    }

    private static void addIfNotBlank(List<Line> lines, int number, List<String> cells) {
        if (cells.stream().anyMatch(s -> !s.isBlank())) {
            lines.add(new Line(number, List.copyOf(cells)));
        }
    }

    private static List<Line> xlsx(String filename, byte[] content) {
        DataFormatter formatter = new DataFormatter();
        List<Line> lines = new ArrayList<>();
        try (Workbook workbook = OfficeDocuments.xlsx("file", filename, content)) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : text(cell, formatter));
                }
                addIfNotBlank(lines, row.getRowNum() + 1, cells);
            }
        } catch (DomainViolation e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw DomainViolation.of("file", "tabular-file.unreadable", String.valueOf(e.getMessage()));
        }
        return lines;
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return LocalDate.ofInstant(cell.getDateCellValue().toInstant(), ZoneId.systemDefault()).toString();
        }
        return formatter.formatCellValue(cell).strip();
    }
}
