package cn.yingshang.catalogue.internal;

import cn.yingshang.shared.ChineseBundle;
import cn.yingshang.shared.ChineseText;
import cn.yingshang.shared.DomainViolation;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** One catalogue entry of one version. Details hold the catalogue's own fields (CatalogueKind.fields()). */
@cn.yingshang.shared.DomainType
public record Entry(String code, String name, String aliases, String basis, String department, Map<String, String> details) {

    /** Stored change texts and the reading of imported cells are Chinese whoever reads them. */
    private static final String BUNDLE = "i18n/catalogue";
    private static final String YES = ChineseBundle.text(BUNDLE, "catalogue.value.yes");
    private static final String ALIAS_SEPARATORS = ChineseBundle.text(BUNDLE, "catalogue.aliases.separators");


    public Entry {
        if (code == null || code.isBlank()) {
            throw DomainViolation.of("code", "catalogue.entry.codeRequired");
        }
        if (name == null || name.isBlank()) {
            throw DomainViolation.of("name", "catalogue.entry.nameRequired");
        }
        code = code.strip();
        name = name.strip();
        aliases = aliases == null ? "" : aliases.strip();
        basis = basis == null ? "" : basis.strip();
        department = department == null ? "" : department.strip();
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    public String detail(String key) {
        return details.getOrDefault(key, "");
    }

    boolean flag(String key) {
        String v = detail(key);
        return v.equals(YES) || v.equalsIgnoreCase("true") || v.equalsIgnoreCase("y") || v.equals("1");
    }

    /** Name and aliases in normalised form: what the check matches against. */
    List<String> names() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(name),
                        Arrays.stream(aliases.split(ALIAS_SEPARATORS)))
                .map(ChineseText::normalise).filter(s -> !s.isEmpty()).toList();
    }

    String searchText() {
        return ChineseText.normalise(String.join(" ", code, name, aliases, basis, department, String.join(" ", details.values())));
    }

    /** What differs from an earlier version of the same entry, in words; empty when nothing. */
    String differencesFrom(Entry before, List<cn.yingshang.catalogue.CatalogueKind.Field> fields, String departmentLabel) {
        StringBuilder out = new StringBuilder();
        diff(out, ChineseBundle.text(BUNDLE, "catalogue.column.name"), before.name, name);
        diff(out, ChineseBundle.text(BUNDLE, "catalogue.column.basis"), before.basis, basis);
        diff(out, departmentLabel, before.department, department);
        for (var f : fields) {
            diff(out, f.label(), before.detail(f.key()), detail(f.key()));
        }
        return out.toString();
    }

    private static void diff(StringBuilder out, String label, String a, String b) {
        if (!a.equals(b)) {
            if (!out.isEmpty()) {
                out.append(ChineseBundle.text(BUNDLE, "catalogue.diff.separator"));
            }
            out.append(ChineseBundle.text(BUNDLE, "catalogue.diff.change", label, a.isEmpty() ? ChineseBundle.text(BUNDLE, "catalogue.diff.empty") : a,
                    b.isEmpty() ? ChineseBundle.text(BUNDLE, "catalogue.diff.empty") : b));
        }
    }
}
