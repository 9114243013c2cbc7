package cn.yingshang.legal.internal;

import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The limits as the office set them (table {@code legal_time_limit}), read fresh so every node applies the same. */
@Component
class LegalTimeLimits {

    static final String FILING_REVIEW = "FILING_REVIEW";
    static final String SUPPLEMENT = "SUPPLEMENT";
    static final String PRE_SUIT_MEDIATION = "PRE_SUIT_MEDIATION";
    static final String UNRELATED_PROPERTY_RELEASE = "UNRELATED_PROPERTY_RELEASE";
    static final String STALLED_CASE_CLEARING = "STALLED_CASE_CLEARING";

    private final JdbcClient jdbc;

    LegalTimeLimits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    LegalTimeLimit get(String code) {
        return jdbc.sql("SELECT code, amount, unit, basis FROM legal_time_limit WHERE code = :code").param("code", code)
                .query((rs, n) -> new LegalTimeLimit(rs.getString(1), rs.getInt(2), LimitUnit.valueOf(rs.getString(3)), rs.getString(4)))
                .optional().orElseThrow(() -> new NoSuchElementException(code));
    }

    LegalTimeLimit trial(Procedure procedure) {
        return get("TRIAL_" + procedure.name());
    }

    List<LegalTimeLimit> all() {
        return jdbc.sql("SELECT code, amount, unit, basis FROM legal_time_limit ORDER BY code")
                .query((rs, n) -> new LegalTimeLimit(rs.getString(1), rs.getInt(2), LimitUnit.valueOf(rs.getString(3)), rs.getString(4)))
                .list();
    }
}
