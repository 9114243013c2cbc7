package cn.yingshang.reference.internal;

import cn.yingshang.shared.ChineseBundle;
import cn.yingshang.shared.CalendarDay;
import cn.yingshang.shared.DomainViolation;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a year's notice from the public holiday-cn JSON format ({@code {"days":[{"name","date","isOffDay"}]}})
 * or from CSV lines {@code date,off_day,name}.
 */
@Component
class HolidayFileReader {

    private final JsonMapper json;

    HolidayFileReader(JsonMapper json) {
        this.json = json;
    }

    List<CalendarDay> read(String filename, byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8).strip();
        if (text.isEmpty()) {
            throw DomainViolation.of("file", "reference.holidayFile.empty");
        }
        return text.startsWith("{") ? fromJson(text) : fromCsv(text);
    }

    private List<CalendarDay> fromJson(String text) {
        List<CalendarDay> days = new ArrayList<>();
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (RuntimeException e) {
            throw DomainViolation.of("file", "reference.holidayFile.badJson", e.getMessage());
        }
        JsonNode list = root.path("days");
        if (!list.isArray()) {
            throw DomainViolation.of("file", "reference.holidayFile.noDays");
        }
        int i = 0;
        for (JsonNode day : list) {
            i++;
            days.add(new CalendarDay(date(day.path("date").asString(), text("reference.holidayFile.item", i)),
                    day.path("isOffDay").asBoolean(), day.path("name").asString(text("reference.holidayFile.defaultName"))));
        }
        return days;
    }

    private List<CalendarDay> fromCsv(String text) {
        List<CalendarDay> days = new ArrayList<>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("date") || line.startsWith(text("reference.holidayFile.dateHeading"))) {
                continue;
            }
            String[] cells = line.split(",", 3);
            if (cells.length < 3) {
                throw DomainViolation.of("file", "reference.holidayFile.badLine", String.valueOf(i + 1));
            }
            days.add(new CalendarDay(date(cells[0].strip(), text("reference.holidayFile.line", i + 1)),
                    Boolean.parseBoolean(cells[1].strip()) || text("reference.holidayFile.offDay").equals(cells[1].strip()), cells[2].strip()));
        }
        return days;
    }

    private static LocalDate date(String value, String where) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw DomainViolation.of("file", "reference.holidayFile.badDate", where, value);
        }
    }

    /** Holiday files are written in Chinese whoever uploads them; their words are read from the Chinese bundle. */
    private static String text(String key, Object... args) {
        return ChineseBundle.text("i18n/reference", key, java.util.Arrays.stream(args).map(String::valueOf).toArray());
    }
}
