package cn.yingshang.cockpit.internal;

import cn.yingshang.platform.Text;
import cn.yingshang.platform.Department;
import cn.yingshang.platform.DepartmentId;
import cn.yingshang.platform.Departments;
import cn.yingshang.review.ReviewFigures;
import cn.yingshang.shared.RegionCode;
import cn.yingshang.shared.Regions;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Fair competition reviews through the review module's {@link ReviewFigures} (003 §35): documents
 * issued, those reviewed before issue, reviews signed and Art. 12 exceptions, by the drafting
 * department and so by its region.
 */
@Component
class ReviewFigureSource implements FigureSource {

    private final ReviewFigures reviews;
    private final Departments departments;

    ReviewFigureSource(ReviewFigures reviews, Departments departments) {
        this.reviews = reviews;
        this.departments = departments;
    }

    @Override
    public String key() {
        return "review";
    }

    @Override
    public Map<String, String> measures() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("issued", Text.of("cockpit.measure.review.issued"));
        m.put("issued-after-review", Text.of("cockpit.measure.review.issuedAfterReview"));
        m.put("reviewed", Text.of("cockpit.measure.review.reviewed"));
        m.put("exceptions", Text.of("cockpit.measure.review.exceptions"));
        return m;
    }

    private static String name(ReviewFigures.Measure measure) {
        return measure.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public List<Tally> tally(YearMonth month, Set<String> measures, Map<String, String> filters) {
        return reviews.tally(month.atDay(1), month.atEndOfMonth()).stream()
                .filter(t -> measures.contains(name(t.measure())))
                .map(t -> Tally.of(name(t.measure()), regionOf(t.departmentId()), t.departmentId(), t.count())).toList();
    }

    private RegionCode regionOf(Long departmentId) {
        return departmentId == null ? Regions.XINJIANG
                : departments.byId(DepartmentId.of(departmentId)).map(Department::region).orElse(Regions.XINJIANG);
    }

    @Override
    public CasePage cases(String measure, YearMonth month, RegionCode region, Long departmentId, Map<String, String> filters,
                          int page, int size) {
        List<Long> within = departmentId != null ? List.of(departmentId) : region.equals(Regions.XINJIANG) ? null
                : departments.all().stream().filter(d -> d.region().isWithin(region)).map(d -> d.id().value()).toList();
        ReviewFigures.CaseList list = reviews.cases(ReviewFigures.Measure.valueOf(measure.replace('-', '_').toUpperCase(Locale.ROOT)),
                month.atDay(1), month.atEndOfMonth(), within, page, size);
        return new CasePage(list.items().stream().map(c -> new CaseRow(Text.of("cockpit.review.case", c.documentId()), c.title(),
                c.departmentId() == null ? "" : regionOf(c.departmentId()).name(),
                c.departmentId() == null ? "" : OwnFigureSources.departmentName(departments, c.departmentId()), c.status(),
                c.date(), c.link())).toList(), page, size, list.total());
    }
}
