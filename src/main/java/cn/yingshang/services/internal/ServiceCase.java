package cn.yingshang.services.internal;

import java.time.LocalDate;

/** A service case (办件) as stored. */
record ServiceCase(long id, long implementationId, String department, String regionCode, String creditCode,
                   String channel, CaseStatus status, LocalDate appliedOn, LocalDate acceptedOn, LocalDate dueOn) {
}
