package cn.yingshang.support;

import cn.yingshang.shared.CreditCode;
import java.util.concurrent.ThreadLocalRandom;

/** Fresh, valid credit codes for test data, so repeated runs on the same database never collide. */
public final class TestCodes {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private TestCodes() {
    }

    public static String enterprise(String region) {
        return compose("91", region);
    }

    public static String compose(String prefix, String region) {
        StringBuilder id = new StringBuilder();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 9; i++) {
            id.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return CreditCode.compose(prefix + region + id).value();
    }
}
