package cn.yingshang.cockpit.internal;

import cn.yingshang.platform.AuditLog;
import cn.yingshang.shared.DomainViolation;
import org.springframework.stereotype.Component;

/**
 * The office defines an indicator (the definitions page and the API): its source must offer the
 * measures it names; the change is audited and takes effect at the next computation.
 */
@Component
class IndicatorDefinitions {

    private final Indicators indicators;
    private final IndicatorComputation computation;
    private final AuditLog audit;

    IndicatorDefinitions(Indicators indicators, IndicatorComputation computation, AuditLog audit) {
        this.indicators = indicators;
        this.computation = computation;
        this.audit = audit;
    }

    Indicator save(CockpitPages.IndicatorForm form) {
        FigureSource source = form.source() == null ? null : computation.sources().get(form.source());
        if (source == null) {
            throw DomainViolation.of("source", "cockpit.indicators.sourceRequired");
        }
        if (!source.measures().containsKey(form.numerator())) {
            throw DomainViolation.of("numerator", "cockpit.indicators.sourceMeasureUnknown", form.numerator());
        }
        if (form.denominator() != null && !form.denominator().isBlank() && !source.measures().containsKey(form.denominator())) {
            throw DomainViolation.of("denominator", "cockpit.indicators.sourceMeasureUnknown", form.denominator());
        }
        Direction direction;
        try {
            direction = Direction.valueOf(form.direction());
        } catch (RuntimeException e) {
            throw DomainViolation.of("direction", "cockpit.indicators.directionRequired");
        }
        Indicator before = indicators.byCode(form.code()).orElse(null);
        Indicator saved = indicators.save(new Indicator(0, form.code().strip(), form.name(), form.module() == null ? form.source() : form.module(),
                form.source(), form.numerator(), form.denominator(), form.filters(), direction, form.onTrack(), form.breach(),
                form.minSample() == null ? 1 : form.minSample(), form.description(), Boolean.TRUE.equals(form.enabled()),
                form.sortOrder() == null ? 100 : form.sortOrder(), form.unit()));
        audit.record("cockpit.indicator.save", "indicator", saved.code(), before, saved);
        return saved;
    }
}
