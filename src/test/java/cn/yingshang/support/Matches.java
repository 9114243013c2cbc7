package cn.yingshang.support;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How often a pattern occurs in a page: the rows a list shows, the links it offers. */
public final class Matches {

    private Matches() {
    }

    public static int count(String body, String pattern) {
        Matcher m = Pattern.compile(pattern).matcher(body);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
