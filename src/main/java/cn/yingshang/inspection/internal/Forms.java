package cn.yingshang.inspection.internal;

import cn.yingshang.platform.Text;
import cn.yingshang.platform.Department;
import java.math.BigDecimal;
import java.util.List;

/** Form records of the inspection pages (forms bind to records, never to entities). */
final class Forms {

    private Forms() {
    }

    record ItemForm(Long departmentId, String name, String basis, String method, String scopeRegion, String scopeIndustry,
                    List<String> scopeKinds, boolean keySupervision) {
        static ItemForm empty() {
            return new ItemForm(null, "", "", Text.of("inspection.form.onSite"), "", "", List.of(), false);
        }
    }

    record PlanForm(String title, Integer year, List<Long> itemIds, BigDecimal ratioA, BigDecimal ratioB, BigDecimal ratioC,
                    BigDecimal ratioD, Integer exclusionDays) {
        DrawAlgorithm.Ratios ratios() {
            if (ratioA == null || ratioB == null || ratioC == null || ratioD == null) {
                return null;
            }
            return new DrawAlgorithm.Ratios(ratioA, ratioB, ratioC, ratioD);
        }

        Plans.NewPlan toNewPlan() {
            return new Plans.NewPlan(title, year, itemIds, ratios(), exclusionDays);
        }
    }

    record SettingsForm(BigDecimal ratioA, BigDecimal ratioB, BigDecimal ratioC, BigDecimal ratioD, int exclusionDays,
                        int publicationWorkingDays) {
    }

    /** A department as an option of the select fragment. */
    record DepartmentOption(String name, String label) {
        static DepartmentOption of(Department d) {
            return new DepartmentOption(Long.toString(d.id().value()), d.name());
        }
    }
}
