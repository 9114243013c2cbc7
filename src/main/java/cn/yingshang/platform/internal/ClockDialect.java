package cn.yingshang.platform.internal;

import cn.yingshang.platform.BeijingTime;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * {@code #clock} in every template: stored instants as Beijing time, the only way pages show them
 * ({@code #temporals.format} formats an OffsetDateTime in the offset the driver read it with: UTC,
 * eight hours off). {@code #clock.evidence(t)} adds the zone, for records that are legal evidence.
 * {@code #cite.text(s)} shows stored text (seeded by migrations, typed by officials) with seed citations
 * as title and article, as the message source does for bundles.
 */
@Component
class ClockDialect extends AbstractDialect implements IExpressionObjectDialect {

    private static final NumberFormats NUMBERS = new NumberFormats();
    private final Formats formats;
    private final cn.yingshang.platform.Citations citations;

    ClockDialect(MessageSource messages, java.time.Clock clock, cn.yingshang.platform.Citations citations) {
        super("clock");
        this.formats = new Formats(messages, clock);
        this.citations = citations;
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of("clock", "cite", "num");
            }

            @Override
            public Object buildObject(IExpressionContext context, String name) {
                return switch (name) {
                    case "cite" -> citations;
                    case "num" -> NUMBERS;
                    default -> formats;
                };
            }

            @Override
            public boolean isCacheable(String name) {
                return true;
            }
        };
    }

    /** The Uyghur forms (CLDR: "4-دېكابىر، 2026"), on the Beijing wall clock like the Chinese ones. */
    private static final java.time.format.DateTimeFormatter UYGHUR_DATE = java.time.format.DateTimeFormatter
            .ofLocalizedDate(java.time.format.FormatStyle.MEDIUM).withLocale(PortalLocale.UYGHUR);
    private static final java.time.format.DateTimeFormatter UYGHUR_MINUTES = java.time.format.DateTimeFormatter
            .ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM, java.time.format.FormatStyle.SHORT).withLocale(PortalLocale.UYGHUR);

    /** The request's language (PortalLocale answers Chinese outside the translated portals). */
    private static Locale requestLocale() {
        return org.springframework.context.i18n.LocaleContextHolder.getLocale();
    }

    private static boolean uyghur() {
        return "ug".equals(requestLocale().getLanguage());
    }

    /** What a template calls; every method takes Instant, OffsetDateTime, LocalDateTime, LocalDate or null. */
    public static final class Formats {

        private final MessageSource messages;
        private final java.time.Clock clock;

        Formats(MessageSource messages, java.time.Clock clock) {
            this.messages = messages;
            this.clock = clock;
        }

        /** Today in Beijing, by the platform's clock. */
        public java.time.LocalDate today() {
            return java.time.LocalDate.now(clock.withZone(BeijingTime.ZONE));
        }

        public String date(Object value) {
            if (value != null && uyghur() && BeijingTime.local(value) != null) {
                return UYGHUR_DATE.format(BeijingTime.local(value));
            }
            return value == null ? "—" : BeijingTime.date(value);
        }

        public String minutes(Object value) {
            if (value != null && uyghur() && BeijingTime.local(value) != null) {
                return UYGHUR_MINUTES.format(BeijingTime.local(value));
            }
            return value == null ? "—" : BeijingTime.minutes(value);
        }

        public String seconds(Object value) {
            return value == null ? "—" : BeijingTime.seconds(value);
        }

        public String clock(Object value) {
            return value == null ? "—" : BeijingTime.clock(value);
        }

        /** Seconds and the zone: 2026-12-04 01:30:00（北京时间）. */
        public String evidence(Object value) {
            return value == null ? "—" : messages.getMessage("clock.evidence", new Object[] {BeijingTime.seconds(value)},
                    requestLocale());
        }

        /** Minutes and the zone. */
        public String evidenceMinutes(Object value) {
            return value == null ? "—" : messages.getMessage("clock.evidence", new Object[] {BeijingTime.minutes(value)},
                    requestLocale());
        }
    }

    /** {@code #num}: see {@link cn.yingshang.platform.Numbers}. */
    public static final class NumberFormats {

        public String figure(Object value) {
            return cn.yingshang.platform.Numbers.figure(value, requestLocale());
        }

        public String wan(Object value) {
            return cn.yingshang.platform.Numbers.wan(value, requestLocale());
        }

        public boolean inWan(Object value) {
            return cn.yingshang.platform.Numbers.inWan(value);
        }
    }
}
