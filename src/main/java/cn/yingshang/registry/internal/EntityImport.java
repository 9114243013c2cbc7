package cn.yingshang.registry.internal;

import cn.yingshang.shared.DomainViolation;
import cn.yingshang.platform.TabularFile;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Bulk import of entities from CSV or XLSX. Every good row is kept; each bad row is rejected with
 * its line number and reason; a row is saved whole or not at all (one transaction per row).
 */
@Service
class EntityImport {

    /** Accepted headers, Chinese or English, for each form field. */
    private static final Map<String, String> HEADERS = Map.ofEntries(
            Map.entry("统一社会信用代码", "creditCode"), Map.entry("credit_code", "creditCode"),
            Map.entry("名称", "name"), Map.entry("name", "name"),
            Map.entry("主体类型", "kind"), Map.entry("kind", "kind"),
            Map.entry("所有制", "ownership"), Map.entry("ownership", "ownership"),
            Map.entry("行政区划", "region"), Map.entry("region", "region"),
            Map.entry("行业代码", "industry"), Map.entry("industry", "industry"),
            Map.entry("成立日期", "established"), Map.entry("established", "established"),
            Map.entry("注册资本", "registeredCapital"), Map.entry("registered_capital", "registeredCapital"),
            Map.entry("从业人数", "headcount"), Map.entry("headcount", "headcount"),
            Map.entry("营业收入", "revenue"), Map.entry("revenue", "revenue"),
            Map.entry("资产总额", "assets"), Map.entry("assets", "assets"),
            Map.entry("登记状态", "status"), Map.entry("status", "status"),
            Map.entry("资质", "qualifications"), Map.entry("qualifications", "qualifications"),
            Map.entry("标签", "tags"), Map.entry("tags", "tags"));

    static final List<String> TEMPLATE_HEADERS = List.of("统一社会信用代码", "名称", "主体类型", "所有制", "行政区划",
            "行业代码", "成立日期", "注册资本", "从业人数", "营业收入", "资产总额", "登记状态", "资质", "标签");

    record RejectedRow(int line, String reason) {
    }

    record ImportReport(int imported, int updated, List<RejectedRow> rejected) {
    }

    private final EntityRegistration registration;

    EntityImport(EntityRegistration registration) {
        this.registration = registration;
    }

    ImportReport importFile(String filename, byte[] content) {
        List<TabularFile.Line> lines = TabularFile.read(filename, content);
        if (lines.isEmpty()) {
            throw new DomainViolation("file", "文件没有内容");
        }
        Map<String, Integer> columns = columns(lines.getFirst());
        int imported = 0;
        int updated = 0;
        List<RejectedRow> rejected = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (TabularFile.Line line : lines.subList(1, lines.size())) {
            try {
                EntityForm form = form(line, columns);
                String code = form.creditCode() == null ? "" : form.creditCode().strip().toUpperCase();
                Integer first = seen.putIfAbsent(code, line.number());
                if (first != null && !code.isEmpty()) {
                    throw new DomainViolation("creditCode", "统一社会信用代码与第" + first + "行重复");
                }
                if (registration.registerOrAmend(form)) {
                    imported++;
                } else {
                    updated++;
                }
            } catch (DomainViolation e) {
                rejected.add(new RejectedRow(line.number(), describe(e)));
            }
        }
        return new ImportReport(imported, updated, rejected);
    }

    private static Map<String, Integer> columns(TabularFile.Line header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String field = HEADERS.get(header.cells().get(i).strip().toLowerCase().replace("（万元）", "").replace("(万元)", ""));
            if (field == null) {
                field = HEADERS.get(header.cells().get(i).strip().replace("（万元）", "").replace("(万元)", ""));
            }
            if (field != null) {
                columns.putIfAbsent(field, i);
            }
        }
        for (String required : List.of("creditCode", "name", "kind", "ownership", "region", "industry", "established")) {
            if (!columns.containsKey(required)) {
                throw new DomainViolation("file", "第1行表头缺少必需列：" + label(required) + "（可下载导入模板）");
            }
        }
        return columns;
    }

    private static EntityForm form(TabularFile.Line line, Map<String, Integer> columns) {
        return new EntityForm(cell(line, columns, "creditCode"), cell(line, columns, "name"), cell(line, columns, "kind"),
                cell(line, columns, "ownership"), cell(line, columns, "region"), cell(line, columns, "industry"),
                date(cell(line, columns, "established")), decimal("registeredCapital", cell(line, columns, "registeredCapital")),
                integer(cell(line, columns, "headcount")), decimal("revenue", cell(line, columns, "revenue")),
                decimal("assets", cell(line, columns, "assets")), cell(line, columns, "status"),
                cell(line, columns, "qualifications"), cell(line, columns, "tags"));
    }

    private static String cell(TabularFile.Line line, Map<String, Integer> columns, String field) {
        Integer index = columns.get(field);
        return index == null || index >= line.cells().size() ? "" : line.cells().get(index).strip();
    }

    private static LocalDate date(String value) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value.replace('/', '-').replace('.', '-'), DateTimeFormatter.ofPattern("yyyy-M-d"));
        } catch (DateTimeParseException e) {
            throw new DomainViolation("established", "成立日期格式应为YYYY-MM-DD，实为“" + value + "”");
        }
    }

    private static BigDecimal decimal(String field, String value) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(value.replace(",", ""));
        } catch (NumberFormatException e) {
            throw new DomainViolation(field, label(field) + "应为数字（万元），实为“" + value + "”");
        }
    }

    private static Integer integer(String value) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(value.replace(",", ""));
        } catch (NumberFormatException e) {
            throw new DomainViolation("headcount", "从业人数应为整数，实为“" + value + "”");
        }
    }

    private static String describe(DomainViolation e) {
        return e.field() == null ? e.getMessage() : label(e.field()) + "：" + e.getMessage();
    }

    static String label(String field) {
        return switch (field) {
            case "creditCode" -> "统一社会信用代码";
            case "name" -> "名称";
            case "kind" -> "主体类型";
            case "ownership" -> "所有制";
            case "region" -> "行政区划";
            case "industry" -> "行业代码";
            case "established" -> "成立日期";
            case "registeredCapital" -> "注册资本";
            case "headcount" -> "从业人数";
            case "revenue" -> "营业收入";
            case "assets" -> "资产总额";
            case "status" -> "登记状态";
            case "qualifications" -> "资质";
            case "tags" -> "标签";
            default -> field;
        };
    }
}
