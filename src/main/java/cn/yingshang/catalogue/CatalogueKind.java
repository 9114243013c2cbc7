package cn.yingshang.catalogue;

import cn.yingshang.platform.Text;
import java.util.List;

/**
 * The published catalogues. Each has the common columns (code, name, aliases, basis, a department
 * column whose meaning depends on the catalogue) and its own detail fields.
 */
public enum CatalogueKind {
    FEE("fees", "category", "standard"),
    CERTIFICATE("certificates", "issuingUnit", "notifyCommit", "dataSharing"),
    INTERMEDIARY("intermediaries", "governmentPays", "conditions", "timeLimit", "fee"),
    NO_PENALTY("no-penalty", "industry", "conduct", "conditions"),
    REDUCED_PENALTY("reduced-penalty", "industry", "conduct", "measure"),
    NEGATIVE_LIST("negative-list", "category", "description");

    /** A detail column: its key in the entry's details and the bundle key of its heading in pages and XLSX files. */
    public record Field(String key, String labelKey) {

        public String label() {
            return Text.of(labelKey);
        }
    }

    private final String slug;
    private final List<Field> fields;

    /** The headings are {@code catalogue.kind.<KIND>.field.<key>} in the catalogue bundle. */
    CatalogueKind(String slug, String... fieldKeys) {
        this.slug = slug;
        this.fields = java.util.Arrays.stream(fieldKeys).map(k -> new Field(k, "catalogue.kind." + name() + ".field." + k)).toList();
    }

    public String slug() {
        return slug;
    }

    public String label() {
        return Text.of("catalogue.kind." + name());
    }

    public String departmentLabel() {
        return Text.of("catalogue.kind." + name() + ".department");
    }

    public List<Field> fields() {
        return fields;
    }

    /** Catalogues an enterprise can ask "may they require this of me?" about. */
    public boolean checkable() {
        return this == FEE || this == CERTIFICATE || this == INTERMEDIARY;
    }

    public static CatalogueKind ofSlug(String slug) {
        for (CatalogueKind k : values()) {
            if (k.slug.equals(slug)) {
                return k;
            }
        }
        throw new java.util.NoSuchElementException(Text.of("catalogue.kind.unknown", slug));
    }
}
