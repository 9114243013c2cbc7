package cn.yingshang.legal.internal;

import java.time.LocalDate;

/** A typical case a court or procuratorate published on 信息公开 (002 #45); a withdrawn one is no longer shown. */
@cn.yingshang.shared.DomainType
public record TypicalCase(long id, long bodyId, int caseYear, String title, String caseNumber, String summary, String significance,
                          String status, LocalDate publishedOn, LocalDate withdrawnOn, String withdrawReason) {

    public boolean published() {
        return "PUBLISHED".equals(status);
    }
}
