package cn.yingshang.appeal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.support.PlatformTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

@PlatformTest
class IdentityKeyRotationTest {

    static final String V2 = "ffeeddccbbaa99887766554433221100";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    IdentityCipher demoCipher;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    Environment environment;

    record Stored(long id, byte[] name, byte[] phone, byte[] code) {
    }

    List<Stored> identities() {
        return jdbc.sql("""
                        SELECT id, requester_name_enc, requester_phone_enc, requester_code_enc FROM appeal
                        WHERE requester_name_enc IS NOT NULL OR requester_phone_enc IS NOT NULL OR requester_code_enc IS NOT NULL ORDER BY id""")
                .query((rs, i) -> new Stored(rs.getLong(1), rs.getBytes(2), rs.getBytes(3), rs.getBytes(4))).list();
    }

    @Test
    @DisplayName("rotating to key v2: the job re-encrypts every identity (legacy CBC ones too) and v2 alone reads them back")
    void rotatesEveryRowToTheCurrentKey() {
        String v1 = environment.getProperty("yingshang.appeal.identity-keys.v1");
        List<Stored> before = identities();
        assertThat(before).hasSizeGreaterThan(IdentityKeyRotation.BATCH / 50); // the demo set has appeals with identities
        // one row as an earlier version stored it (SM4-CBC, labelled by V3_6)
        Stored legacyRow = before.getFirst();
        String legacyName = demoCipher.decrypt(legacyRow.name());
        jdbc.sql("UPDATE appeal SET requester_name_enc = :v WHERE id = :id")
                .param("v", IdentityCipherTest.legacy(v1, legacyName)).param("id", legacyRow.id()).update();
        Map<Long, List<String>> plain = new LinkedHashMap<>();
        for (Stored s : identities()) {
            plain.put(s.id(), java.util.Arrays.asList(demoCipher.decrypt(s.name()), demoCipher.decrypt(s.phone()), demoCipher.decrypt(s.code())));
        }

        IdentityCipher both = new IdentityCipher(Map.of("v1", v1, "v2", V2), "v2");
        try {
            IdentityKeyRotation.Result result = new IdentityKeyRotation(jdbc, both, transactions).rotateAll();
            assertThat(result.complete()).isTrue();
            assertThat(result.rotated()).isEqualTo(plain.size());

            IdentityCipher onlyV2 = new IdentityCipher(Map.of("v2", V2), "v2");
            for (Stored s : identities()) {
                for (byte[] value : new byte[][] {s.name(), s.phone(), s.code()}) {
                    assertThat(value == null || onlyV2.isCurrent(value)).as("appeal %d under v2", s.id()).isTrue();
                }
                assertThat(java.util.Arrays.asList(onlyV2.decrypt(s.name()), onlyV2.decrypt(s.phone()), onlyV2.decrypt(s.code())))
                        .as("appeal %d", s.id()).isEqualTo(plain.get(s.id()));
            }
            assertThat(new IdentityKeyRotation(jdbc, both, transactions).rotateAll().rotated()).isZero();
        } finally {
            // back to the demo key, so the rest of the suite reads these appeals again
            new IdentityKeyRotation(jdbc, new IdentityCipher(Map.of("v1", v1, "v2", V2), "v1"), transactions).rotateAll();
        }
        assertThat(demoCipher.decrypt(jdbc.sql("SELECT requester_name_enc FROM appeal WHERE id = :id")
                .param("id", legacyRow.id()).query(byte[].class).single())).isEqualTo(legacyName);
    }
}
