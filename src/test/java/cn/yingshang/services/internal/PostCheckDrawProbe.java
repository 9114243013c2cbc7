package cn.yingshang.services.internal;

/** Lets tests outside the internal package reach the package-private draw. */
public final class PostCheckDrawProbe {

    private PostCheckDrawProbe() {
    }

    public static boolean drawn(long caseId, int percent) {
        return PostCheckDraw.drawn(caseId, percent);
    }
}
