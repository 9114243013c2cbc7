package cn.yingshang.legal.internal;

import java.time.Instant;

/** One step of a case as the enterprise sees it. */
@cn.yingshang.shared.DomainType
public record CourtCaseStep(Instant occurredAt, String actor, String kind, String detail) {
}
