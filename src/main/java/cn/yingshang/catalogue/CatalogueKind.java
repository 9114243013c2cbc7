package cn.yingshang.catalogue;

import java.util.List;

/**
 * The published catalogues. Each has the common columns (code, name, aliases, basis, a department
 * column whose meaning depends on the catalogue) and its own detail fields.
 */
public enum CatalogueKind {
    FEE("fees", "涉企收费目录清单", "执收部门", List.of(new Field("category", "收费类别"), new Field("standard", "收费标准"))),
    CERTIFICATE("certificates", "证明事项清单", "索要单位", List.of(new Field("issuingUnit", "开具单位"),
            new Field("notifyCommit", "可告知承诺"), new Field("dataSharing", "可通过数据共享获取"))),
    INTERMEDIARY("intermediaries", "行政审批中介服务事项清单", "审批部门", List.of(new Field("governmentPays", "政府付费"),
            new Field("conditions", "办理条件"), new Field("timeLimit", "办理时限"), new Field("fee", "收费标准"))),
    NO_PENALTY("no-penalty", "首次轻微违法行为不罚清单", "实施部门", List.of(new Field("industry", "行业领域"),
            new Field("conduct", "违法行为"), new Field("conditions", "不予处罚的条件"))),
    REDUCED_PENALTY("reduced-penalty", "行政执法减免责清单", "实施部门", List.of(new Field("industry", "行业领域"),
            new Field("conduct", "违法行为"), new Field("measure", "从轻、减轻处罚措施"))),
    NEGATIVE_LIST("negative-list", "市场准入负面清单（参考）", "主管部门", List.of(new Field("category", "禁止/许可"),
            new Field("description", "事项说明")));

    /** A detail column: its key in the entry's details and its heading in pages and XLSX files. */
    public record Field(String key, String label) {
    }

    private final String slug;
    private final String label;
    private final String departmentLabel;
    private final List<Field> fields;

    CatalogueKind(String slug, String label, String departmentLabel, List<Field> fields) {
        this.slug = slug;
        this.label = label;
        this.departmentLabel = departmentLabel;
        this.fields = fields;
    }

    public String slug() {
        return slug;
    }

    public String label() {
        return label;
    }

    public String departmentLabel() {
        return departmentLabel;
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
        throw new java.util.NoSuchElementException("没有该清单：" + slug);
    }
}
