package cn.yingshang.appeal.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.bouncycastle.crypto.BufferedBlockCipher;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.modes.CBCBlockCipher;
import org.bouncycastle.crypto.paddings.PaddedBufferedBlockCipher;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * SM4 (GB/T 32907-2016) encryption of a requester's name, phone and credit code at rest: CBC with
 * PKCS7 padding and a random IV stored in front of the cipher text. The key is 16 bytes in hex,
 * property {@code yingshang.appeal.identity-key}; the default is for development only — set your
 * own in production (e.g. environment variable {@code YINGSHANG_APPEAL_IDENTITY_KEY}).
 */
@Component
class IdentityCipher {

    static final String DEV_KEY = "0123456789abcdeffedcba9876543210";
    private static final SecureRandom RANDOM = new SecureRandom();
    private final byte[] key;

    IdentityCipher(@Value("${yingshang.appeal.identity-key:" + DEV_KEY + "}") String hexKey) {
        this.key = HexFormat.of().parseHex(hexKey);
        if (key.length != 16) {
            throw new IllegalStateException("yingshang.appeal.identity-key must be 32 hex digits (SM4, 128 bits)");
        }
    }

    byte[] encrypt(String plain) {
        if (plain == null || plain.isEmpty()) {
            return null;
        }
        byte[] iv = new byte[16];
        RANDOM.nextBytes(iv);
        byte[] out = run(true, iv, plain.getBytes(StandardCharsets.UTF_8));
        return ByteBuffer.allocate(16 + out.length).put(iv).put(out).array();
    }

    String decrypt(byte[] stored) {
        if (stored == null || stored.length < 32) {
            return null;
        }
        byte[] iv = java.util.Arrays.copyOfRange(stored, 0, 16);
        byte[] body = java.util.Arrays.copyOfRange(stored, 16, stored.length);
        return new String(run(false, iv, body), StandardCharsets.UTF_8);
    }

    private byte[] run(boolean encrypt, byte[] iv, byte[] input) {
        try {
            BufferedBlockCipher cipher = new PaddedBufferedBlockCipher(CBCBlockCipher.newInstance(new SM4Engine()));
            cipher.init(encrypt, new ParametersWithIV(new KeyParameter(key), iv));
            byte[] out = new byte[cipher.getOutputSize(input.length)];
            int n = cipher.processBytes(input, 0, input.length, out, 0);
            n += cipher.doFinal(out, n);
            return java.util.Arrays.copyOf(out, n);
        } catch (org.bouncycastle.crypto.InvalidCipherTextException e) {
            throw new IllegalStateException("SM4 decryption failed: wrong key?", e);
        }
    }
}
