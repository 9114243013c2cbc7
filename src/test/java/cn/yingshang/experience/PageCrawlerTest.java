package cn.yingshang.experience;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Walks every page a demo role (or an anonymous visitor) can reach by following links from the landing
 * page, as a person clicking through would, and fails on anything a person should never read: an
 * English error page, raw JSON, a message key, the project's internal citation form, an enum constant,
 * {@code true}/{@code false}/{@code []}, or a UTC timestamp. Codes an official must type (a dictionary
 * entry's code) are shown in {@code <code class="machine">} and not read as text.
 */
@PlatformTest
class PageCrawlerTest {

    private static final int MAX_PAGES = Integer.getInteger("crawler.max-pages", 160);
    private static final int MAX_DEPTH = 4;
    /** Pages of one shape (ids replaced) visited at most this often: the second detail page rarely differs. */
    private static final int PER_SHAPE = 2;

    private static final Pattern HREF = Pattern.compile("<a\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern HREF_VALUE = Pattern.compile("\\bhref=\"([^\"]*)\"");
    private static final Pattern SKIPPED = Pattern.compile(
            "^/(logout|swagger-ui|v3/api-docs|api/|webjars/|css/|js/|img/|geo/|actuator|error)|\\.(xlsx|csv|txt|pdf|json|svg|png)(\\?|$)|/export(\\?|$)|/attachments/");

    /** What must never be shown, each with why. */
    private static final Map<String, Pattern> FORBIDDEN = new java.util.LinkedHashMap<>();

    static {
        FORBIDDEN.put("English error page", Pattern.compile("Whitelabel|\\b(Internal Server Error|Bad Request|Not Found|Forbidden|Method Not Allowed|Unauthorized|Error)\\b"));
        FORBIDDEN.put("raw JSON", Pattern.compile("\\{\\s*\"[A-Za-z_]+\"\\s*:"));
        FORBIDDEN.put("raw message key", Pattern.compile("\\?\\?[^?\\s]+\\?\\?|(?<![\\w/.@-])[a-z][a-zA-Z0-9]*(\\.[a-z][a-zA-Z0-9-]*){2,}(?![\\w/@])"));
        FORBIDDEN.put("internal citation", Pattern.compile("\\b00[0-4] ?[§#]\\d+"));
        FORBIDDEN.put("enum constant", Pattern.compile("\\b[A-Z]{2,}(_[A-Z0-9]+)+\\b"));
        FORBIDDEN.put("boolean or empty list", Pattern.compile("\\b(true|false|null)\\b|\\[\\]"));
        FORBIDDEN.put("UTC timestamp", Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}|\\bUTC\\b|\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?Z\\b"));
        FORBIDDEN.put("number with needless decimals or separator in a year", Pattern.compile("\\b\\d{1,3}(,\\d{3})+年|\\b\\d+\\.00\\s*/"));
    }

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"anonymous", "enterprise1", "enterprise2", "scj.handler", "scj.leader", "office", "supervisor", "inspector1",
            "admin", "court.clerk", "procurator", "police.officer", "bank1", "xm.steward", "bdc.handler", "gaj.handler", "gaj.leader",
            "ga.handler", "gjj.handler", "sfj.handler", "power.handler", "rsj.handler", "tax.handler"})
    @DisplayName("every page a role reaches by links speaks Chinese: no English error, JSON, key, internal citation, enum constant or UTC time")
    void crawl(String role) {
        // -Dcrawler.roles=a,b runs only those roles (a quick re-check after a fix); the suite runs them all
        String only = System.getProperty("crawler.roles", "");
        org.junit.jupiter.api.Assumptions.assumeTrue(only.isBlank() || java.util.Arrays.asList(only.split(",")).contains(role));
        WebUser user = "anonymous".equals(role) ? WebUser.anonymous(port) : WebUser.demo(port, role);
        Set<String> constants = singleWordConstants();
        Deque<String[]> queue = new ArrayDeque<>();
        Set<String> seen = new LinkedHashSet<>();
        Map<String, Integer> shapes = new HashMap<>();
        List<String> problems = new ArrayList<>();
        queue.add(new String[] {"/", "0", "(start)"});
        if ("anonymous".equals(role)) {
            queue.add(new String[] {"/public", "0", "(start)"});
        }
        int visited = 0;
        while (!queue.isEmpty() && visited < MAX_PAGES) {
            String[] next = queue.poll();
            String path = next[0];
            if (!seen.add(path)) {
                continue;
            }
            String shape = path.replaceAll("/\\d+", "/{id}").replaceAll("\\?.*", "?");
            if (shapes.merge(shape, 1, Integer::sum) > PER_SHAPE) {
                continue;
            }
            visited++;
            WebUser.Response page = user.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .GET().header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"));
            String where = role + " " + path + " (linked from " + next[2] + ")";
            if (page.status() >= 400) {
                problems.add(where + ": status " + page.status());
            }
            if (!page.contentType().startsWith("text/html")) {
                if (page.contentType().contains("json")) {
                    problems.add(where + ": answered " + page.contentType());
                }
                continue;
            }
            String text = visibleText(page.body());
            for (var rule : FORBIDDEN.entrySet()) {
                Matcher m = rule.getValue().matcher(text);
                Set<String> found = new TreeSet<>();
                while (m.find() && found.size() < 5) {
                    found.add(context(text, m.start(), m.end()));
                }
                if (!found.isEmpty()) {
                    problems.add(where + ": " + rule.getKey() + " " + found);
                }
            }
            Set<String> shown = new TreeSet<>();
            // entry codes such as FEE-023 are identifiers people quote, not enum constants
            Matcher words = Pattern.compile("(?<![-\\w])[A-Z]{3,}\\b(?!-\\d)").matcher(text);
            while (words.find()) {
                if (constants.contains(words.group())) {
                    shown.add(context(text, words.start(), words.end()));
                }
            }
            if (!shown.isEmpty()) {
                problems.add(where + ": enum constant " + shown);
            }
            int depth = Integer.parseInt(next[1]);
            if (depth >= MAX_DEPTH) {
                continue;
            }
            String current = page.uri().getPath();
            Matcher a = HREF.matcher(page.body());
            while (a.find()) {
                String attributes = a.group(1);
                Matcher href = HREF_VALUE.matcher(attributes);
                if (!href.find() || attributes.matches("(?s).*\\bdownload\\b.*")) {
                    continue;
                }
                String link = href.group(1).replace("&amp;", "&");
                int hash = link.indexOf('#');
                if (hash >= 0) {
                    link = link.substring(0, hash);
                }
                if (!link.startsWith("/") || link.startsWith("//") || SKIPPED.matcher(link).find()) {
                    continue;
                }
                queue.add(new String[] {link, String.valueOf(depth + 1), current});
            }
        }
        assertThat(visited).as("pages visited by " + role).isGreaterThan(1);
        assertThat(problems).as(role + " visited " + visited + " pages").isEmpty();
    }

    private static String context(String text, int start, int end) {
        return text.substring(Math.max(0, start - 25), Math.min(text.length(), end + 25)).replaceAll("\\s+", " ").strip();
    }

    /** The text a person reads: without scripts, styles, tags and hidden inputs' values; entities decoded. */
    static String visibleText(String html) {
        String body = html.replaceAll("(?is)<script\\b.*?</script>", " ").replaceAll("(?is)<style\\b.*?</style>", " ")
                .replaceAll("(?is)<template\\b.*?</template>", " ").replaceAll("(?s)<!--.*?-->", " ")
                .replaceAll("(?is)<code\\b[^>]*class=\"[^\"]*\\b(hash|machine)\\b.*?</code>", " ")
                .replaceAll("<[^>]+>", " ");
        return body.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&").replace("&nbsp;", " ");
    }

    /**
     * Single-word constants of the platform's enums (MICRO, ENTERPRISE, REPLIED…): shown as text they are
     * a code where a label belongs. Abbreviations people read as such (file types, API) are not codes.
     */
    static Set<String> singleWordConstants() {
        Set<String> names = new TreeSet<>();
        try {
            for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:cn/yingshang/**/*.class")) {
                String url = r.getURL().toString();
                if (url.contains("/test-classes/")) {
                    continue;
                }
                String name = url.substring(url.indexOf("cn/yingshang/")).replace(".class", "").replace('/', '.');
                Class<?> type;
                try {
                    type = Class.forName(name, false, PageCrawlerTest.class.getClassLoader());
                } catch (Throwable e) {
                    continue;
                }
                if (type.isEnum()) {
                    for (Object constant : type.getEnumConstants()) {
                        String n = ((Enum<?>) constant).name();
                        if (n.matches("[A-Z]{3,}")) {
                            names.add(n);
                        }
                    }
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        names.removeAll(Set.of("API", "PDF", "XLSX", "CSV", "TEXT", "ZIP", "PNG", "JPEG", "DOCX", "OFD", "HMAC", "SHA", "GET", "POST", "PUT"));
        return names;
    }
}
