package cn.yingshang.finance.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A financing need as the enterprise stated it; amount in 万元. Met once a bank grants a loan for it. */
@cn.yingshang.shared.DomainType
record Need(long id, String creditCode, String entityName, String regionCode, String size, BigDecimal amount,
            int termMonths, String purpose, List<Collateral> collateral, String status, LocalDate statedOn, LocalDate metOn) {

    public boolean open() {
        return "OPEN".equals(status);
    }
}
