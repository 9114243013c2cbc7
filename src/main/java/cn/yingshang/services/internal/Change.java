package cn.yingshang.services.internal;

import java.time.OffsetDateTime;

/** One line of the public change list of the catalogue. */
@cn.yingshang.shared.DomainType
record Change(int versionNo, OffsetDateTime publishedAt, String change, String itemCode, String name, String summary) {
}
