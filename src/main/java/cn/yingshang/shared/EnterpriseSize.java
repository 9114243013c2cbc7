package cn.yingshang.shared;

import java.math.BigDecimal;
import java.util.Optional;

/** 企业规模 under 工信部联企业〔2011〕300号《中小企业划型标准规定》. */
public enum EnterpriseSize implements Labelled {
    LARGE,
    MEDIUM,
    SMALL,
    MICRO;

    @Override
    public String messageKey() {
        return "enterprise-size." + name();
    }

    /** Small, medium and micro enterprises are the ones the SME rules protect (e.g. 国令802号). */
    public boolean isSme() {
        return this != LARGE;
    }

    /**
     * The size of an enterprise in an industry, from its employees and its annual revenue and
     * total assets in 万元. Empty when the industry is too coarse to pick the standard (e.g.
     * {@code G} alone) or a figure the standard needs is missing. See {@link EnterpriseSizeStandard}.
     */
    public static Optional<EnterpriseSize> classify(IndustryCode industry, Integer headcount,
                                                    BigDecimal revenueWan, BigDecimal assetsWan) {
        return EnterpriseSizeStandard.of(industry)
                .flatMap(standard -> standard.classify(headcount, revenueWan, assetsWan));
    }
}
