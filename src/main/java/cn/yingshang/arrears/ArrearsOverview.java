package cn.yingshang.arrears;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The ledger's figures for other modules (the cockpit): amounts in 元, as of a day. */
public interface ArrearsOverview {

    /** All registered claims (confirmed or not, rejected ones excluded). */
    Figures total(LocalDate asOf);

    /** One line per payer type (机关, 事业单位, 国有企业, 大型企业), labelled in Chinese. */
    List<Figures> byPayerType(LocalDate asOf);

    /** One line per month of registration ({@code yyyy-MM}). */
    List<Figures> byMonth(LocalDate asOf);

    /**
     * @param clearanceRatePercent repaid ÷ owed, in per cent with one decimal
     */
    record Figures(String key, String label, long claims, BigDecimal owed, BigDecimal repaid, BigDecimal overdue,
                   long overdueClaims, BigDecimal clearanceRatePercent) {
    }
}
