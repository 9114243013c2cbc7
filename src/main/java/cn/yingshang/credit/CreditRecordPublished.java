package cn.yingshang.credit;

import cn.yingshang.shared.CreditCode;

import java.time.LocalDate;
import org.springframework.modulith.events.Externalized;

/**
 * A credit record was recorded and is public from {@code decidedOn} until {@code publicUntil}
 * (null: no limit, or not a negative record). Published once per record, when it is first recorded.
 */
@Externalized("yingshang.events::credit.record-published")
public record CreditRecordPublished(long recordId, CreditCode creditCode, CreditRecordKind kind, String sourceDepartmentCode,
                                   String sourceRecordId, String basis, LocalDate decidedOn, Severity severity,
                                   String summary, LocalDate publicUntil) {
}
