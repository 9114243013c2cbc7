package cn.yingshang.appeal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.bouncycastle.crypto.BufferedBlockCipher;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.modes.CBCBlockCipher;
import org.bouncycastle.crypto.paddings.PaddedBufferedBlockCipher;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class IdentityCipherTest {

    static final String V1 = "00112233445566778899aabbccddeeff";
    static final String V2 = "ffeeddccbbaa99887766554433221100";

    @Test
    @DisplayName("000 §58: identity is stored SM4-GCM-encrypted with a random nonce and its key id, and decrypts back")
    void roundTrip() {
        IdentityCipher cipher = new IdentityCipher(Map.of("v1", V1), "v1");
        byte[] a = cipher.encrypt("张三 13912345678");
        byte[] b = cipher.encrypt("张三 13912345678");
        assertThat(a).isNotEqualTo(b);
        assertThat(new String(a, StandardCharsets.ISO_8859_1)).doesNotContain("139").startsWith("\u0001\u0002v1");
        assertThat(cipher.decrypt(a)).isEqualTo("张三 13912345678");
        assertThat(Masking.phone("13912345678")).isEqualTo("139****5678");
        assertThat(Masking.name("张三")).isEqualTo("张**");
    }

    @Test
    @DisplayName("a tampered cipher text, tag or key id is rejected instead of decrypting to something else")
    void tamperedCipherTextIsRejected() {
        IdentityCipher cipher = new IdentityCipher(Map.of("v1", V1, "v2", V2), "v1");
        byte[] stored = cipher.encrypt("91650100MA00000001");
        for (int i = 4; i < stored.length; i++) { // every byte of nonce, cipher text and tag
            byte[] tampered = stored.clone();
            tampered[i] ^= 0x01;
            assertThatThrownBy(() -> cipher.decrypt(tampered)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("altered");
        }
        byte[] otherKeyId = stored.clone();
        otherKeyId[3] = '2'; // the header is authenticated: relabelling a value under another key fails too
        assertThatThrownBy(() -> cipher.decrypt(otherKeyId)).isInstanceOf(IllegalStateException.class);
        byte[] truncated = java.util.Arrays.copyOf(stored, stored.length - 1);
        assertThatThrownBy(() -> cipher.decrypt(truncated)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    @DisplayName("a value written by an earlier version (SM4-CBC, labelled key v1 by V3_6) still decrypts")
    void legacyValuesStillDecrypt() {
        IdentityCipher cipher = new IdentityCipher(Map.of("v1", V1, "v2", V2), "v2");
        byte[] legacy = legacy(V1, "李四");
        assertThat(cipher.decrypt(legacy)).isEqualTo("李四");
        assertThat(cipher.isCurrent(legacy)).isFalse();
        assertThat(cipher.isCurrent(cipher.encrypt("李四"))).isTrue();
    }

    @Test
    @DisplayName("a value under a key that is no longer configured fails loudly, naming the key id")
    void unknownKeyIsNamed() {
        byte[] underV1 = new IdentityCipher(Map.of("v1", V1), "v1").encrypt("王五");
        assertThatThrownBy(() -> new IdentityCipher(Map.of("v2", V2), "v2").decrypt(underV1))
                .hasMessageContaining("yingshang.appeal.identity-keys.v1");
    }

    @Test
    @DisplayName("the current key id must name a configured 128-bit key")
    void currentKeyMustExist() {
        assertThatThrownBy(() -> new IdentityCipher(Map.of("v1", V1), "v2")).hasMessageContaining("identity-key-current");
        assertThatThrownBy(() -> new IdentityCipher(Map.of("v1", "abcd"), "v1")).hasMessageContaining("32 hex digits");
    }

    /** What versions before key rotation stored (16-byte IV | SM4-CBC), with the label migration V3_6 puts in front. */
    static byte[] legacy(String hexKey, String plain) {
        byte[] iv = new byte[16];
        new java.security.SecureRandom().nextBytes(iv);
        try {
            BufferedBlockCipher c = new PaddedBufferedBlockCipher(CBCBlockCipher.newInstance(new SM4Engine()));
            c.init(true, new ParametersWithIV(new KeyParameter(java.util.HexFormat.of().parseHex(hexKey)), iv));
            byte[] in = plain.getBytes(StandardCharsets.UTF_8);
            byte[] out = new byte[c.getOutputSize(in.length)];
            int n = c.processBytes(in, 0, in.length, out, 0);
            n += c.doFinal(out, n);
            byte[] header = IdentityCipher.header(IdentityCipher.LEGACY_CBC, "v1");
            return ByteBuffer.allocate(header.length + 16 + n).put(header).put(iv).put(out, 0, n).array();
        } catch (org.bouncycastle.crypto.InvalidCipherTextException e) {
            throw new IllegalStateException(e);
        }
    }
}
