package cn.yingshang.services.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Which 告知承诺 cases get a post-check (001 §38). Drawn, not chosen: case {@code id} is drawn when
 * the first two bytes of SHA-256("svc-promise:" + id), read as an unsigned number, modulo 100 are
 * below the share in percent. Anyone can recompute it, and nobody can steer a case out of the draw.
 */
@cn.yingshang.shared.DomainType
final class PostCheckDraw {

    private PostCheckDraw() {
    }

    static boolean drawn(long caseId, int sharePercent) {
        if (sharePercent <= 0) {
            return false;
        }
        if (sharePercent >= 100) {
            return true;
        }
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(("svc-promise:" + caseId).getBytes(StandardCharsets.UTF_8));
            int v = ((h[0] & 0xff) << 8) | (h[1] & 0xff);
            return v % 100 < sharePercent;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
