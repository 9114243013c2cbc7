package cn.yingshang.shared;

import java.math.BigDecimal;
import java.util.Optional;

import static cn.yingshang.shared.EnterpriseSizeStandard.Measure.ASSETS;
import static cn.yingshang.shared.EnterpriseSizeStandard.Measure.HEADCOUNT;
import static cn.yingshang.shared.EnterpriseSizeStandard.Measure.REVENUE;

/**
 * The 16 industry groups of 工信部联企业〔2011〕300号《中小企业划型标准规定》 (Art. 4) with
 * their thresholds. Each group measures two of employees (从业人员, people), revenue
 * (营业收入, 万元) and total assets (资产总额, 万元), or just one.
 *
 * <p>How the article reads, and so how {@link #classify} decides:
 * <ul>
 *   <li>「X以下或Y以下的为中小微型企业」: an enterprise at or above both ceilings is large;</li>
 *   <li>「X及以上，且Y及以上的为中型/小型企业」: medium and small need both floors of their band;</li>
 *   <li>「X以下或Y以下的为微型企业」: one figure under the small floor makes it micro.</li>
 * </ul>
 * An enterprise below a ceiling that misses the medium floors drops to small, and so on down:
 * the same reading as 国家统计局《统计上大中小微型企业划分办法（2017）》.
 *
 * <p>The standard was written on GB/T 4754-2011; its groups are mapped to 2017 codes by what
 * they covered then: 工业 is B, C and D; 交通运输业 is 「不含铁路运输业」 (so G53 falls to
 * {@link #OTHER}) and keeps 装卸搬运 (G591), which moved from division 58 to 59 in 2017;
 * 仓储业 is the rest of G59; 信息传输业 is I63 and I64. Finance (J) has its own standard
 * (银发〔2015〕309号) and falls to {@link #OTHER} here, as everything unlisted does.
 */
public enum EnterpriseSizeStandard implements Labelled {

    AGRICULTURE(band(REVENUE, 20000, 500, 50), null),
    INDUSTRY(band(HEADCOUNT, 1000, 300, 20), band(REVENUE, 40000, 2000, 300)),
    CONSTRUCTION(band(REVENUE, 80000, 6000, 300), band(ASSETS, 80000, 5000, 300)),
    WHOLESALE(band(HEADCOUNT, 200, 20, 5), band(REVENUE, 40000, 5000, 1000)),
    RETAIL(band(HEADCOUNT, 300, 50, 10), band(REVENUE, 20000, 500, 100)),
    TRANSPORT(band(HEADCOUNT, 1000, 300, 20), band(REVENUE, 30000, 3000, 200)),
    WAREHOUSING(band(HEADCOUNT, 200, 100, 20), band(REVENUE, 30000, 1000, 100)),
    POSTAL(band(HEADCOUNT, 1000, 300, 20), band(REVENUE, 30000, 2000, 100)),
    ACCOMMODATION(band(HEADCOUNT, 300, 100, 10), band(REVENUE, 10000, 2000, 100)),
    CATERING(band(HEADCOUNT, 300, 100, 10), band(REVENUE, 10000, 2000, 100)),
    INFORMATION_TRANSMISSION(band(HEADCOUNT, 2000, 100, 10), band(REVENUE, 100000, 1000, 100)),
    SOFTWARE_AND_IT_SERVICES(band(HEADCOUNT, 300, 100, 10), band(REVENUE, 10000, 1000, 50)),
    REAL_ESTATE_DEVELOPMENT(band(REVENUE, 200000, 1000, 100), band(ASSETS, 10000, 5000, 2000)),
    PROPERTY_MANAGEMENT(band(HEADCOUNT, 1000, 300, 100), band(REVENUE, 5000, 1000, 500)),
    LEASING_AND_BUSINESS_SERVICES(band(HEADCOUNT, 300, 100, 10), band(ASSETS, 120000, 8000, 100)),
    OTHER(band(HEADCOUNT, 300, 100, 10), null);

    /** A figure the standard measures an enterprise by. */
    enum Measure { HEADCOUNT, REVENUE, ASSETS }

    private final Band first;
    private final Band second;

    /** {@code second} is null for the two groups measured by one figure only. */
    EnterpriseSizeStandard(Band first, Band second) {
        this.first = first;
        this.second = second;
    }

    @Override
    public String messageKey() {
        return "enterprise-size-standard." + name();
    }

    /**
     * The group an industry falls in, or empty when the code is too coarse to tell: {@code F},
     * {@code G}, {@code I}, {@code K} and {@code K70} span groups with different thresholds.
     */
    public static Optional<EnterpriseSizeStandard> of(IndustryCode industry) {
        String division = industry.division().orElse(null);
        String group = industry.group().orElse(null);
        return Optional.ofNullable(switch (industry.section()) {
            case 'A' -> AGRICULTURE;
            case 'B', 'C', 'D' -> INDUSTRY;
            case 'E' -> CONSTRUCTION;
            case 'F' -> division == null ? null : division.equals("51") ? WHOLESALE : RETAIL;
            case 'G' -> transport(division, group);
            case 'H' -> division == null ? null : division.equals("61") ? ACCOMMODATION : CATERING;
            case 'I' -> division == null ? null : division.equals("65") ? SOFTWARE_AND_IT_SERVICES : INFORMATION_TRANSMISSION;
            case 'K' -> group == null ? null
                    : group.equals("701") ? REAL_ESTATE_DEVELOPMENT
                    : group.equals("702") ? PROPERTY_MANAGEMENT
                    : OTHER;
            case 'L' -> LEASING_AND_BUSINESS_SERVICES;
            default -> OTHER;
        });
    }

    /** Empty when a figure this group measures is missing; negative figures are refused. */
    public Optional<EnterpriseSize> classify(Integer headcount, BigDecimal revenueWan, BigDecimal assetsWan) {
        Figures figures = new Figures(headcount, revenueWan, assetsWan);
        BigDecimal a = figures.of(first.measure());
        BigDecimal b = second == null ? null : figures.of(second.measure());
        if (a == null || (second != null && b == null)) {
            return Optional.empty();
        }
        if (atLeast(a, first.large()) && (second == null || atLeast(b, second.large()))) {
            return Optional.of(EnterpriseSize.LARGE);
        }
        if (atLeast(a, first.medium()) && (second == null || atLeast(b, second.medium()))) {
            return Optional.of(EnterpriseSize.MEDIUM);
        }
        if (atLeast(a, first.small()) && (second == null || atLeast(b, second.small()))) {
            return Optional.of(EnterpriseSize.SMALL);
        }
        return Optional.of(EnterpriseSize.MICRO);
    }

    private static EnterpriseSizeStandard transport(String division, String group) {
        if (division == null) {
            return null;
        }
        return switch (division) {
            case "53" -> OTHER;
            case "54", "55", "56", "57", "58" -> TRANSPORT;
            case "59" -> group == null ? null : group.equals("591") ? TRANSPORT : WAREHOUSING;
            default -> POSTAL;
        };
    }

    /** Thresholds of one measure, read as: large at or above {@code large} (with the other measure), etc. */
    private static Band band(Measure measure, long large, long medium, long small) {
        return new Band(measure, large, medium, small);
    }

    private static boolean atLeast(BigDecimal value, long threshold) {
        return value.compareTo(BigDecimal.valueOf(threshold)) >= 0;
    }

    /** One measure's thresholds: the ceiling of SMEs and the floors of medium and small. */
    private record Band(Measure measure, long large, long medium, long small) {
    }

    private record Figures(Integer headcount, BigDecimal revenueWan, BigDecimal assetsWan) {

        Figures {
            if (headcount != null && headcount < 0) {
                throw DomainViolation.of("headcount", "enterprise-size.headcount.negative");
            }
            if (revenueWan != null && revenueWan.signum() < 0) {
                throw DomainViolation.of("revenue", "enterprise-size.revenue.negative");
            }
            if (assetsWan != null && assetsWan.signum() < 0) {
                throw DomainViolation.of("assets", "enterprise-size.assets.negative");
            }
        }

        BigDecimal of(Measure measure) {
            return switch (measure) {
                case HEADCOUNT -> headcount == null ? null : BigDecimal.valueOf(headcount);
                case REVENUE -> revenueWan;
                case ASSETS -> assetsWan;
            };
        }
    }
}
