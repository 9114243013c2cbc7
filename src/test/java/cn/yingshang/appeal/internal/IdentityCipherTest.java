package cn.yingshang.appeal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class IdentityCipherTest {

    @Test
    @DisplayName("000 §58: identity is stored SM4-encrypted with a random IV and decrypts back")
    void roundTrip() {
        IdentityCipher cipher = new IdentityCipher(IdentityCipher.DEV_KEY);
        byte[] a = cipher.encrypt("张三 13912345678");
        byte[] b = cipher.encrypt("张三 13912345678");
        assertThat(a).isNotEqualTo(b);
        assertThat(new String(a, StandardCharsets.ISO_8859_1)).doesNotContain("139");
        assertThat(cipher.decrypt(a)).isEqualTo("张三 13912345678");
        assertThat(Masking.phone("13912345678")).isEqualTo("139****5678");
        assertThat(Masking.name("张三")).isEqualTo("张**");
    }
}
