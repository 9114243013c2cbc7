package cn.yingshang.registry.internal;

import cn.yingshang.platform.TabularImports;
import cn.yingshang.platform.TabularImports.Column;
import cn.yingshang.platform.TabularImports.Outcome;
import cn.yingshang.shared.DomainViolation;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Bulk import of entities from CSV or XLSX through the platform's {@link TabularImports}: this class
 * gives only the columns and what one row does (register or amend the entity; a credit code twice
 * in one file is refused the second time).
 */
@Service
class EntityImport {

    static final TabularImports.Layout LAYOUT = new TabularImports.Layout("registry.import", List.of(
            Column.required("creditCode", "credit_code"), Column.required("name", "name"),
            Column.required("kind", "kind"), Column.required("ownership", "ownership"),
            Column.required("region", "region"), Column.required("industry", "industry"),
            Column.required("established", "established"),
            Column.optional("registeredCapital", "registered_capital"), Column.optional("headcount", "headcount"),
            Column.optional("revenue", "revenue"), Column.optional("assets", "assets"),
            Column.optional("status", "status"), Column.optional("qualifications", "qualifications"),
            Column.optional("tags", "tags")));

    /** What the API answers: the counts under the names the API has always used. */
    record ImportReport(int imported, int updated, List<TabularImports.RejectedRow> rejected) {

        static ImportReport of(TabularImports.Report report) {
            return new ImportReport(report.created(), report.updated(), report.rejected());
        }
    }

    private final EntityRegistration registration;
    private final TabularImports imports;

    EntityImport(EntityRegistration registration, TabularImports imports) {
        this.registration = registration;
        this.imports = imports;
    }

    TabularImports.Report importFile(String filename, byte[] content) {
        Map<String, Integer> seen = new HashMap<>();
        return imports.run(LAYOUT, filename, content, row -> {
            EntityForm form = form(row);
            String code = form.creditCode() == null ? "" : form.creditCode().strip().toUpperCase();
            Integer first = seen.putIfAbsent(code, row.line());
            if (first != null && !code.isEmpty()) {
                throw DomainViolation.of("creditCode", "registry.import.duplicateCode", first);
            }
            return registration.registerOrAmend(form) ? Outcome.CREATED : Outcome.UPDATED;
        });
    }

    private static EntityForm form(TabularImports.Row row) {
        return new EntityForm(row.cell("creditCode"), row.cell("name"), row.cell("kind"), row.cell("ownership"),
                row.cell("region"), row.cell("industry"), row.date("established"),
                decimal("registeredCapital", row.cell("registeredCapital")), integer(row.cell("headcount")),
                decimal("revenue", row.cell("revenue")), decimal("assets", row.cell("assets")), row.cell("status"),
                row.cell("qualifications"), row.cell("tags"));
    }

    private static BigDecimal decimal(String field, String value) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(value.replace(",", ""));
        } catch (NumberFormatException e) {
            throw DomainViolation.of(field, "registry.import.badAmount", value);
        }
    }

    private static Integer integer(String value) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(value.replace(",", ""));
        } catch (NumberFormatException e) {
            throw DomainViolation.of("headcount", "registry.import.badHeadcount", value);
        }
    }
}
