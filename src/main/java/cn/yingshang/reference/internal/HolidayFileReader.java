package cn.yingshang.reference.internal;

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
            throw new DomainViolation("file", "文件为空");
        }
        return text.startsWith("{") ? fromJson(text) : fromCsv(text);
    }

    private List<CalendarDay> fromJson(String text) {
        List<CalendarDay> days = new ArrayList<>();
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (RuntimeException e) {
            throw new DomainViolation("file", "JSON格式错误：" + e.getMessage());
        }
        JsonNode list = root.path("days");
        if (!list.isArray()) {
            throw new DomainViolation("file", "JSON中缺少 days 数组");
        }
        int i = 0;
        for (JsonNode day : list) {
            i++;
            days.add(new CalendarDay(date(day.path("date").asString(), "第" + i + "项"),
                    day.path("isOffDay").asBoolean(), day.path("name").asString("节假日")));
        }
        return days;
    }

    private List<CalendarDay> fromCsv(String text) {
        List<CalendarDay> days = new ArrayList<>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("date") || line.startsWith("日期")) {
                continue;
            }
            String[] cells = line.split(",", 3);
            if (cells.length < 3) {
                throw new DomainViolation("file", "第" + (i + 1) + "行：应为“日期,是否休息(true/false),名称”");
            }
            days.add(new CalendarDay(date(cells[0].strip(), "第" + (i + 1) + "行"),
                    Boolean.parseBoolean(cells[1].strip()) || "休".equals(cells[1].strip()), cells[2].strip()));
        }
        return days;
    }

    private static LocalDate date(String value, String where) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new DomainViolation("file", where + "：日期格式应为YYYY-MM-DD，实为“" + value + "”");
        }
    }
}
