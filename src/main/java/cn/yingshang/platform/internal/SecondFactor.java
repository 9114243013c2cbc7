package cn.yingshang.platform.internal;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * TOTP (RFC 6238: 6 digits, 30-second steps, SHA-1, as every authenticator app reads it) with
 * one step of clock drift either way. A code is accepted once: the step it belongs to is stored
 * and an equal or older step is refused, on every node.
 */
@Component
class SecondFactor {

    static final int PERIOD_SECONDS = 30;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final String issuer;
    private final DefaultCodeGenerator codes = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);

    SecondFactor(JdbcClient jdbc, Clock clock, SecuritySettings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.issuer = settings.secondFactor().issuer();
    }

    /** The secret being enrolled for this account (a new one unless enrolment already started). */
    String enrolmentSecret(long accountId) {
        String existing = jdbc.sql("SELECT totp_secret FROM platform_account WHERE id = :id AND totp_enabled_at IS NULL")
                .param("id", accountId).query(String.class).optional().orElse(null);
        if (existing != null) {
            return existing;
        }
        String secret = new DefaultSecretGenerator(32).generate();
        jdbc.sql("UPDATE platform_account SET totp_secret = :s, totp_last_step = NULL WHERE id = :id AND totp_enabled_at IS NULL")
                .param("s", secret).param("id", accountId).update();
        return secret;
    }

    boolean enrolled(long accountId) {
        return jdbc.sql("SELECT totp_enabled_at IS NOT NULL FROM platform_account WHERE id = :id")
                .param("id", accountId).query(Boolean.class).optional().orElse(false);
    }

    /** Confirms enrolment with a first code from the app. */
    boolean confirmEnrolment(long accountId, String code) {
        if (!accept(accountId, code, false)) {
            return false;
        }
        return jdbc.sql("UPDATE platform_account SET totp_enabled_at = :at WHERE id = :id AND totp_enabled_at IS NULL")
                .param("at", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC)).param("id", accountId)
                .update() == 1;
    }

    /** Checks a sign-in code of an enrolled account. */
    boolean verify(long accountId, String code) {
        return accept(accountId, code, true);
    }

    private boolean accept(long accountId, String code, boolean enrolled) {
        if (code == null || !code.strip().matches("\\d{6}")) {
            return false;
        }
        String secret = jdbc.sql("SELECT totp_secret FROM platform_account WHERE id = :id AND (totp_enabled_at IS NOT NULL) = :e")
                .param("id", accountId).param("e", enrolled).query(String.class).optional().orElse(null);
        if (secret == null) {
            return false;
        }
        long now = clock.millis() / 1000 / PERIOD_SECONDS;
        Optional<Long> matched = Optional.empty();
        for (long step = now - 1; step <= now + 1; step++) {
            if (MessageDigest.isEqual(code(secret, step).getBytes(StandardCharsets.US_ASCII),
                    code.strip().getBytes(StandardCharsets.US_ASCII))) {
                matched = Optional.of(step);
            }
        }
        return matched.filter(step -> jdbc.sql("""
                        UPDATE platform_account SET totp_last_step = :step
                        WHERE id = :id AND (totp_last_step IS NULL OR totp_last_step < :step)""")
                .param("step", step).param("id", accountId).update() == 1).isPresent();
    }

    private String code(String secret, long step) {
        try {
            return codes.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The otpauth:// URI an authenticator app reads from the QR code. */
    String uri(String username, String secret) {
        return new QrData.Builder().label(username).secret(secret).issuer(issuer).algorithm(HashingAlgorithm.SHA1)
                .digits(6).period(PERIOD_SECONDS).build().getUri();
    }
}
