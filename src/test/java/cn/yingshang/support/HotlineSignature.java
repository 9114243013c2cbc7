package cn.yingshang.support;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Signs a 12345 hotline request as the hotline system does: HMAC-SHA256 over timestamp, nonce and body. */
public final class HotlineSignature {

    public static final String DEMO_SECRET = "dev-12345-shared-secret";

    private HotlineSignature() {
    }

    public static String sign(String secret, String timestamp, String nonce, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + "\n" + nonce + "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String newNonce() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    /** Adds X-Timestamp (now), a fresh X-Nonce and X-Signature to a request carrying {@code body}. */
    public static HttpRequest.Builder signed(HttpRequest.Builder request, String secret, String body) {
        return signed(request, secret, body, Instant.now().getEpochSecond(), newNonce());
    }

    public static HttpRequest.Builder signed(HttpRequest.Builder request, String secret, String body, long epochSecond,
                                             String nonce) {
        String timestamp = Long.toString(epochSecond);
        return request.header("X-Timestamp", timestamp).header("X-Nonce", nonce)
                .header("X-Signature", sign(secret, timestamp, nonce, body));
    }
}
