package cn.yingshang.platform;

/** Lets tests in other packages read a landing page's to-do figures the way {@link LandingPagesTest} does. */
public final class LandingPagesTestAccess {

    private LandingPagesTestAccess() {
    }

    public static long count(String page, String label) {
        return LandingPagesTest.count(page, label);
    }

    public static long overdue(String page, String label) {
        return LandingPagesTest.overdue(page, label);
    }
}
