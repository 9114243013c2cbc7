package cn.yingshang.appeal.internal;

import cn.yingshang.shared.DomainViolation;
import org.springframework.stereotype.Component;

/** The office keeps the appeal categories and the time limits per type and category ({@code *} for any). */
@Component
class ConfiguringAppeals {

    private final Categories categories;
    private final TimeLimits limits;

    ConfiguringAppeals(Categories categories, TimeLimits limits) {
        this.categories = categories;
        this.limits = limits;
    }

    void saveCategory(String code, String name, String function, int sortOrder, boolean active) {
        categories.save(code, name, function, sortOrder, active);
    }

    /** Limits for a type or category that does not exist would never apply: refused, naming the field. */
    void saveLimits(TimeLimits.Limits l) {
        if (!"*".equals(l.appealType())) {
            AppealType.parse(l.appealType());
        }
        if (!"*".equals(l.category()) && categories.find(l.category()).isEmpty()) {
            throw DomainViolation.of("category", "appeal.violation.category.unknown");
        }
        limits.save(l);
    }
}
