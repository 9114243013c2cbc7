package cn.yingshang.inspection.internal;

import java.nio.charset.StandardCharsets;

/** Lets tests outside the internal package compute the published hashes. */
public final class DrawAlgorithmAccess {

    private DrawAlgorithmAccess() {
    }

    public static String sha256(String text) {
        return DrawAlgorithm.sha256(text.getBytes(StandardCharsets.UTF_8));
    }
}
