package cn.yingshang.finance.internal;

import java.time.Instant;

/** An enterprise's consent to one bank seeing its credit profile (授权查询); withdrawn consents stay as history. */
@cn.yingshang.shared.DomainType
record Consent(long id, String creditCode, long bankId, String bankName, String status, Instant grantedAt, Instant withdrawnAt) {

    public boolean active() {
        return "ACTIVE".equals(status);
    }
}
