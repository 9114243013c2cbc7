package cn.yingshang.legal.internal;

import java.time.LocalDate;

/** One quarter's review of enterprise complaints about law enforcement (002 #49), over the complaints fixed when it opened. */
@cn.yingshang.shared.DomainType
record EnforcementReview(long id, int year, int quarter, String status, LocalDate openedOn, LocalDate concludedOn, String conclusion,
                         long complaints, long findings, long rectifying) {

    public boolean open() {
        return "OPEN".equals(status);
    }

    public String period() {
        return year + "Q" + quarter;
    }

    static LocalDate firstDay(int year, int quarter) {
        return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }

    static LocalDate lastDay(int year, int quarter) {
        return firstDay(year, quarter).plusMonths(3).minusDays(1);
    }
}
