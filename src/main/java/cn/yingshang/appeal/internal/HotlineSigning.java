package cn.yingshang.appeal.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The 12345 HMAC scheme, both ways: hex HMAC-SHA256 over {@code timestamp + "\n" + nonce + "\n" + body},
 * sent as X-Timestamp (Unix seconds), X-Nonce and X-Signature (optionally prefixed "sha256=").
 */
final class HotlineSigning {

    private HotlineSigning() {
    }

    static String sign(String secret, String timestamp, String nonce, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + "\n" + nonce + "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean valid(String secret, String signature, String timestamp, String nonce, byte[] body) {
        if (signature == null) {
            return false;
        }
        String given = signature.startsWith("sha256=") ? signature.substring(7) : signature;
        byte[] actual;
        try {
            actual = HexFormat.of().parseHex(given.strip().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(HexFormat.of().parseHex(sign(secret, timestamp, nonce, body)), actual);
    }
}
