package cn.yingshang.appeal.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bouncycastle.crypto.BufferedBlockCipher;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.modes.CBCBlockCipher;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.paddings.PaddedBufferedBlockCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * SM4 (GB/T 32907-2016) encryption of a requester's name, phone and credit code at rest, with
 * versioned keys so a key can be rotated without losing what it protected.
 *
 * <p>Keys are configured by id ({@code yingshang.appeal.identity-keys.<id>}, 32 hex digits each);
 * {@code yingshang.appeal.identity-key-current} names the one new identities are encrypted with. Old
 * keys stay configured until {@link IdentityKeyRotation} has re-encrypted their rows.
 *
 * <p>Stored form: {@code format (1 byte) | key id length (1 byte) | key id (ASCII) | body}.
 * <ul>
 *   <li>format 1 (written now): SM4-GCM, body = 12-byte random nonce | cipher text | 16-byte tag; the
 *       header is authenticated data, so neither the text nor its key id can be altered unnoticed.</li>
 *   <li>format 0 (read only): SM4-CBC/PKCS7 without authentication, body = 16-byte IV | cipher text,
 *       which is what versions before key rotation wrote; migration V3_6 labelled those rows with key
 *       id {@code v1}. The rotation job rewrites them in format 1.</li>
 * </ul>
 * A key id inside the cipher text (rather than a column) keeps each value self-describing wherever
 * it is copied, e.g. into a backup.
 */
@Component
class IdentityCipher {

    static final byte LEGACY_CBC = 0;
    static final byte GCM = 1;
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, byte[]> keys;
    private final String current;
    private final byte[] currentHeader;

    @Autowired
    IdentityCipher(Environment environment) {
        this(Binder.get(environment).bind("yingshang.appeal.identity-keys", Bindable.mapOf(String.class, String.class))
                        .orElse(Map.of()),
                environment.getProperty("yingshang.appeal.identity-key-current", ""));
    }

    IdentityCipher(Map<String, String> hexKeys, String current) {
        Map<String, byte[]> parsed = new LinkedHashMap<>();
        hexKeys.forEach((id, hex) -> {
            if (!id.matches("[A-Za-z0-9_-]{1,32}")) {
                throw new IllegalStateException("identity key id must be 1-32 letters, digits, _ or -: " + id);
            }
            if (hex == null || !hex.strip().matches("[0-9a-fA-F]{32}")) {
                throw new IllegalStateException("yingshang.appeal.identity-keys." + id + " must be 32 hex digits (SM4, 128 bits)");
            }
            parsed.put(id, HexFormat.of().parseHex(hex.strip()));
        });
        this.keys = Map.copyOf(parsed);
        this.current = current == null ? "" : current.strip();
        if (!keys.containsKey(this.current)) {
            throw new IllegalStateException("yingshang.appeal.identity-key-current names no configured key: '" + this.current
                    + "' (configured: " + keys.keySet() + ")");
        }
        this.currentHeader = header(GCM, this.current);
    }

    String currentKeyId() {
        return current;
    }

    /** The first bytes of every value written under the current key in the current format. */
    byte[] currentHeader() {
        return currentHeader.clone();
    }

    byte[] encrypt(String plain) {
        if (plain == null || plain.isEmpty()) {
            return null;
        }
        byte[] nonce = new byte[NONCE];
        RANDOM.nextBytes(nonce);
        GCMModeCipher gcm = GCMBlockCipher.newInstance(new SM4Engine());
        gcm.init(true, new AEADParameters(new KeyParameter(keys.get(current)), TAG_BITS, nonce, currentHeader));
        byte[] input = plain.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[gcm.getOutputSize(input.length)];
        int n = gcm.processBytes(input, 0, input.length, out, 0);
        try {
            n += gcm.doFinal(out, n);
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException(e);
        }
        return ByteBuffer.allocate(currentHeader.length + NONCE + n).put(currentHeader).put(nonce).put(out, 0, n).array();
    }

    /** @throws IllegalStateException when the value was altered, or its key is not configured */
    String decrypt(byte[] stored) {
        if (stored == null || stored.length == 0) {
            return null;
        }
        if (stored.length < 2 || stored.length < 2 + (stored[1] & 0xff)) {
            throw new IllegalStateException("SM4 identity value is truncated");
        }
        byte format = stored[0];
        int idLength = stored[1] & 0xff;
        String keyId = new String(stored, 2, idLength, StandardCharsets.US_ASCII);
        byte[] key = keys.get(keyId);
        if (key == null) {
            throw new IllegalStateException("identity encrypted under key '" + keyId + "', which is not configured "
                    + "(yingshang.appeal.identity-keys." + keyId + ")");
        }
        int bodyStart = 2 + idLength;
        return switch (format) {
            case GCM -> openGcm(key, Arrays.copyOfRange(stored, 0, bodyStart), stored, bodyStart);
            case LEGACY_CBC -> openLegacy(key, stored, bodyStart);
            default -> throw new IllegalStateException("unknown identity cipher format " + format);
        };
    }

    /** True when the value is already in the current format under the current key. */
    boolean isCurrent(byte[] stored) {
        return stored == null || (stored.length > currentHeader.length
                && Arrays.equals(stored, 0, currentHeader.length, currentHeader, 0, currentHeader.length));
    }

    private static String openGcm(byte[] key, byte[] header, byte[] stored, int bodyStart) {
        if (stored.length < bodyStart + NONCE + TAG_BITS / 8) {
            throw new IllegalStateException("SM4-GCM identity value is truncated");
        }
        byte[] nonce = Arrays.copyOfRange(stored, bodyStart, bodyStart + NONCE);
        GCMModeCipher gcm = GCMBlockCipher.newInstance(new SM4Engine());
        gcm.init(false, new AEADParameters(new KeyParameter(key), TAG_BITS, nonce, header));
        int offset = bodyStart + NONCE;
        int length = stored.length - offset;
        byte[] out = new byte[gcm.getOutputSize(length)];
        int n = gcm.processBytes(stored, offset, length, out, 0);
        try {
            n += gcm.doFinal(out, n);
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException("SM4-GCM authentication failed: the identity value was altered or the key is wrong", e);
        }
        return new String(out, 0, n, StandardCharsets.UTF_8);
    }

    private static String openLegacy(byte[] key, byte[] stored, int bodyStart) {
        if (stored.length < bodyStart + 32) {
            throw new IllegalStateException("SM4-CBC identity value is truncated");
        }
        byte[] iv = Arrays.copyOfRange(stored, bodyStart, bodyStart + 16);
        byte[] body = Arrays.copyOfRange(stored, bodyStart + 16, stored.length);
        try {
            BufferedBlockCipher cipher = new PaddedBufferedBlockCipher(CBCBlockCipher.newInstance(new SM4Engine()));
            cipher.init(false, new ParametersWithIV(new KeyParameter(key), iv));
            byte[] out = new byte[cipher.getOutputSize(body.length)];
            int n = cipher.processBytes(body, 0, body.length, out, 0);
            n += cipher.doFinal(out, n);
            return new String(out, 0, n, StandardCharsets.UTF_8);
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException("SM4 decryption failed: wrong key?", e);
        }
    }

    static byte[] header(byte format, String keyId) {
        byte[] id = keyId.getBytes(StandardCharsets.US_ASCII);
        return ByteBuffer.allocate(2 + id.length).put(format).put((byte) id.length).put(id).array();
    }
}
