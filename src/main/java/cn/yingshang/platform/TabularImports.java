package cn.yingshang.platform;

import cn.yingshang.shared.DomainViolation;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The platform's one pipeline for importing a table (CSV or XLSX, through {@link TabularFile}):
 * header recognition by the column's label or its English name, required columns, the template
 * download, one {@link RowHandler} call per row, and a report of what was created, what updated and
 * which lines were refused and why; the page is {@code templates/imports/page.html}. A module
 * supplies only its {@link Layout} (columns, with labels in its bundle) and the row handler, which
 * saves a row whole or refuses it with a {@link DomainViolation} (each row in its own transaction,
 * so one bad row never undoes another).
 */
@Component
public class TabularImports {

    /**
     * A column: the field the row handler asks for, its English header name (accepted besides the
     * Chinese label), and whether a file without it is refused.
     */
    public record Column(String field, String englishName, boolean required) {

        public static Column required(String field, String englishName) {
            return new Column(field, englishName, true);
        }

        public static Column optional(String field, String englishName) {
            return new Column(field, englishName, false);
        }
    }

    /**
     * The layout of a module's import. Its texts are in the module's bundle under {@code keyPrefix}:
     * {@code .column.<field>} labels a column (and any other field a refusal may name),
     * {@code .example} is the template's example row (comma-separated), {@code .templateFile} the
     * template's file name, and the page's texts {@code .lead}, {@code .template}, {@code .file},
     * {@code .submit}, {@code .result}, {@code .summary} (created, updated, refused), {@code .line},
     * {@code .reason}; the page's title is the prefix itself.
     */
    public record Layout(String keyPrefix, List<Column> columns) {
    }

    /** One line of the file, its cells found by field. */
    public record Row(int line, Map<String, String> cells) {

        /** The stripped cell of a field, empty when the file has no such column or the cell is blank. */
        public String cell(String field) {
            return cells.getOrDefault(field, "");
        }

        /** The cell as a date (2025-06-01, 2025/6/1 or 2025.6.1), null when blank; anything else is refused for the field. */
        public LocalDate date(String field) {
            String value = cell(field);
            if (value.isEmpty()) {
                return null;
            }
            try {
                return LocalDate.parse(value.replace('/', '-').replace('.', '-'), DAY);
            } catch (DateTimeParseException e) {
                throw DomainViolation.of(field, "import.cell.badDate", value);
            }
        }
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-M-d");

    public enum Outcome { CREATED, UPDATED }

    /** Saves one row (or refuses it with a {@link DomainViolation} naming the field). */
    @FunctionalInterface
    public interface RowHandler {
        Outcome handle(Row row);
    }

    public record RejectedRow(int line, String reason) {
    }

    public record Report(int created, int updated, List<RejectedRow> rejected) {
    }

    /** What the shared page needs to know about the module's import: its texts and its two addresses. */
    public record Page(String keyPrefix, String action, String templateUrl) {
    }

    private final MessageSource messages;

    public TabularImports(MessageSource messages) {
        this.messages = messages;
    }

    public Report run(Layout layout, String filename, byte[] content, RowHandler handler) {
        List<TabularFile.Line> lines = TabularFile.read(filename, content);
        if (lines.isEmpty()) {
            throw DomainViolation.of("file", "import.file.empty");
        }
        Map<String, Integer> positions = positions(layout, lines.getFirst());
        int created = 0;
        int updated = 0;
        List<RejectedRow> rejected = new ArrayList<>();
        for (TabularFile.Line line : lines.subList(1, lines.size())) {
            Map<String, String> cells = new HashMap<>();
            positions.forEach((field, index) -> cells.put(field,
                    index < line.cells().size() ? line.cells().get(index).strip() : ""));
            try {
                if (handler.handle(new Row(line.number(), cells)) == Outcome.CREATED) {
                    created++;
                } else {
                    updated++;
                }
            } catch (DomainViolation e) {
                rejected.add(new RejectedRow(line.number(), e.field() == null ? e.getMessage()
                        : messages.getMessage("import.row.reason", new Object[] {label(layout, e.field()), e.getMessage()},
                        Locale.SIMPLIFIED_CHINESE)));
            }
        }
        return new Report(created, updated, List.copyOf(rejected));
    }

    /** The template: a CSV (UTF-8 with BOM, so Excel opens it as such) with the header row and an example row. */
    public ResponseEntity<byte[]> template(Layout layout) {
        List<String> labels = layout.columns().stream().map(c -> label(layout, c.field())).toList();
        String body = "\uFEFF" + String.join(",", labels) + "\n" + text(layout.keyPrefix() + ".example") + "\n";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(text(layout.keyPrefix() + ".templateFile")))
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(body.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Fills the shared page: the report when the import ran, the reason in its error summary when
     * the file as a whole was refused (nothing imported).
     */
    public String page(Model model, Page page, Supplier<Report> importing) {
        model.addAttribute("importPage", page);
        if (importing != null) {
            try {
                model.addAttribute("report", importing.get());
            } catch (DomainViolation e) {
                model.addAttribute("fileError", e.getMessage());
            }
        }
        return "imports/page";
    }

    /** The label of a field, as the template's header row and the refusals name it. */
    public String label(Layout layout, String field) {
        return messages.getMessage(layout.keyPrefix() + ".column." + field, null, field, Locale.SIMPLIFIED_CHINESE);
    }

    private Map<String, Integer> positions(Layout layout, TabularFile.Line header) {
        Map<String, String> fieldByName = new HashMap<>();
        for (Column column : layout.columns()) {
            fieldByName.put(normalised(label(layout, column.field())), column.field());
            fieldByName.put(normalised(column.englishName()), column.field());
        }
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String field = fieldByName.get(normalised(header.cells().get(i)));
            if (field != null) {
                positions.putIfAbsent(field, i);
            }
        }
        for (Column column : layout.columns()) {
            if (column.required() && !positions.containsKey(column.field())) {
                throw DomainViolation.of("file", "import.file.missingColumn", label(layout, column.field()));
            }
        }
        return positions;
    }

    /**
     * A header as people write it: any case, and a unit in brackets after the name ignored, in ASCII
     * or full-width brackets (U+FF08, U+FF09), as Chinese spreadsheets write them.
     */
    private static String normalised(String header) {
        return header.strip().replaceFirst("\\s*[\\x{FF08}(][^\\x{FF09})]*[\\x{FF09})]$", "").toLowerCase(Locale.ROOT);
    }

    private String text(String key) {
        return messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE);
    }
}
