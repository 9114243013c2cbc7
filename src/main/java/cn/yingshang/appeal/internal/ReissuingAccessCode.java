package cn.yingshang.appeal.internal;

import cn.yingshang.platform.AuditLog;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.shared.DomainViolation;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A caller who lost the access code of an appeal taken by phone, letter or visit gets a new one from
 * the intake staff; the old one stops working. An appeal filed from an account is read by signing in,
 * so it has no code to reissue.
 */
@Component
class ReissuingAccessCode {

    /** The codes the caller is told once: the public tracking code and the new access code. */
    record Reissued(long appealId, String trackingNumber, String publicCode, String accessCode) {
    }

    private final AppealStore appeals;
    private final JdbcClient jdbc;
    private final AuditLog audit;

    ReissuingAccessCode(AppealStore appeals, JdbcClient jdbc, AuditLog audit) {
        this.appeals = appeals;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional
    Reissued reissue(long id, SignedInUser user) {
        AppealRow a = appeals.require(id);
        if (a.requesterAccountId() != null) {
            throw DomainViolation.of(null, "appeal.accessCode.ownAccount");
        }
        String code = jdbc.sql("SELECT public_code FROM appeal WHERE id = :id").param("id", id).query(String.class).single();
        String access = TrackingCodes.newAccessCode();
        jdbc.sql("UPDATE appeal SET access_code_hash = :h WHERE id = :id")
                .param("h", TrackingCodes.hash(code, access)).param("id", id).update();
        audit.record("appeal.access-code.reissue", "appeal", a.trackingNumber(), null, Map.of("by", user.username()));
        return new Reissued(id, a.trackingNumber(), TrackingCodes.displayPublic(code), TrackingCodes.displayAccess(access));
    }
}
