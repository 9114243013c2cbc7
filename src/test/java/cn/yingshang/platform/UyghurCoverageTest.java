package cn.yingshang.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * How much of the public and enterprise portals reads in Uyghur: the message keys their templates use
 * (with the fragments they include), and the share of them translated in an {@code i18n/*_ug.properties}
 * bundle. A key without a translation shows in Chinese (the base bundles); the figure and the list of
 * those keys go to {@code target/ug-coverage.txt} for the translators.
 */
class UyghurCoverageTest {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    static final Path BUNDLES = Path.of("src/main/resources/i18n");

    /** The pages {@code UyghurBrowserTest} walks (public portal, sign-in, enterprise appeal journey, errors). */
    static final List<String> WALKED = List.of("platform/home", "platform/public", "platform/login", "platform/landing",
            "error/400", "error/403", "error/404", "error/4xx", "error/5xx", "error/500",
            "policy/public-list", "credit/public-query", "appeal/new-public", "appeal/received", "appeal/track",
            "appeal/tracked", "appeal/cases", "appeal/new-enterprise", "appeal/mine", "appeal/detail");

    /** Every page of the two portals, for the wider figure (reported, not asserted: translation goes on). */
    static List<String> portalTemplates() throws IOException {
        Pattern portal = Pattern.compile("(^|/)(public|enterprise|new-public|new-enterprise|track|tracked|received|cases|mine"
                + "|for-you|enterprise-policy|application|public-[a-z-]+|enterprise-[a-z-]+|apply|journey|guide|help|licence"
                + "|consistency|ratings|index|check|catalogue|disclosures|calendar|screen)\\.html$");
        List<String> names = new ArrayList<>(WALKED);
        try (var files = Files.walk(TEMPLATES)) {
            files.map(p -> TEMPLATES.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> portal.matcher(p).find() && !p.startsWith("cockpit/"))
                    .map(p -> p.substring(0, p.length() - ".html".length()))
                    .sorted().forEach(p -> {
                        if (!names.contains(p)) {
                            names.add(p);
                        }
                    });
        }
        return names;
    }

    private static final Pattern KEY = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)");
    private static final Pattern INCLUDE = Pattern.compile("~\\{'?([a-z\\-]+/[a-z\\-_]+)");
    private static final Pattern ARABIC = Pattern.compile("\\p{IsArabic}");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    /** The keys a template and the fragments it includes name literally ({@code #{a.b}}), in order of appearance. */
    static Set<String> keysOf(List<String> templates) throws IOException {
        Set<String> keys = new LinkedHashSet<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String template : templates) {
            scan(template, seen, keys);
        }
        return keys;
    }

    private static void scan(String template, Set<String> seen, Set<String> keys) throws IOException {
        Path file = TEMPLATES.resolve(template + ".html");
        if (!seen.add(template) || !Files.exists(file)) {
            return;
        }
        String html = Files.readString(file);
        Matcher key = KEY.matcher(html);
        while (key.find()) {
            keys.add(key.group(1));
        }
        Matcher include = INCLUDE.matcher(html);
        while (include.find()) {
            scan(include.group(1), seen, keys);
        }
    }

    static Map<String, String> bundles(boolean uyghur) throws IOException {
        Map<String, String> all = new TreeMap<>();
        try (var files = Files.list(BUNDLES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".properties")).toList()) {
                boolean isUyghur = file.getFileName().toString().endsWith("_ug.properties");
                if (isUyghur == uyghur && (uyghur || !file.getFileName().toString().contains("_"))) {
                    Properties p = new Properties();
                    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                        p.load(reader);
                    }
                    p.forEach((k, v) -> all.put((String) k, (String) v));
                }
            }
        }
        return all;
    }

    record Coverage(int used, int translated, List<String> untranslated) {
        double percent() {
            return used == 0 ? 100 : 100.0 * translated / used;
        }
    }

    static Coverage coverage(Set<String> keys, Map<String, String> chinese, Map<String, String> uyghur) {
        // a name that is no key of any bundle is a fragment parameter or a dynamic prefix, not text
        List<String> used = keys.stream().filter(chinese::containsKey).toList();
        List<String> untranslated = used.stream().filter(k -> !uyghur.containsKey(k)).toList();
        return new Coverage(used.size(), used.size() - untranslated.size(), untranslated);
    }

    @Test
    @DisplayName("issue 14: the pages the Uyghur browser test walks are at least 90 % translated; the figure and the untranslated keys go to target/ug-coverage.txt")
    void coverageOfThePortals() throws IOException {
        Map<String, String> chinese = bundles(false);
        Map<String, String> uyghur = bundles(true);
        Coverage walked = coverage(keysOf(WALKED), chinese, uyghur);
        Coverage portals = coverage(keysOf(portalTemplates()), chinese, uyghur);

        StringBuilder report = new StringBuilder();
        report.append(String.format("Uyghur (ug-CN) translation coverage%n"));
        report.append(String.format("walked pages (%d templates): %d of %d keys translated = %.1f %%%n",
                WALKED.size(), walked.translated(), walked.used(), walked.percent()));
        report.append(String.format("all public and enterprise pages (%d templates): %d of %d keys translated = %.1f %%%n",
                portalTemplates().size(), portals.translated(), portals.used(), portals.percent()));
        report.append(String.format("%nuntranslated keys on the walked pages (shown in Chinese):%n"));
        walked.untranslated().forEach(k -> report.append("  ").append(k).append('=').append(chinese.get(k)).append('\n'));
        report.append(String.format("%nuntranslated keys on the other public and enterprise pages:%n"));
        portals.untranslated().stream().filter(k -> !walked.untranslated().contains(k))
                .forEach(k -> report.append("  ").append(k).append('=').append(chinese.get(k)).append('\n'));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/ug-coverage.txt"), report.toString());

        assertThat(walked.used()).as("the walked pages use message keys").isGreaterThan(100);
        assertThat(walked.percent()).as(report.toString()).isGreaterThanOrEqualTo(90.0);
    }

    @Test
    @DisplayName("every Uyghur text is in Arabic script, translates a key the Chinese bundles have, and keeps its {0} arguments")
    void translationsAreWellFormed() throws IOException {
        Map<String, String> chinese = bundles(false);
        Map<String, String> uyghur = bundles(true);
        assertThat(uyghur).isNotEmpty();
        List<String> problems = new ArrayList<>();
        uyghur.forEach((key, text) -> {
            if (!ARABIC.matcher(text).find()) {
                problems.add(key + ": not in Arabic script");
            }
            // menu labels are looked up by path (layout.nav.<href>) and have no Chinese key: the menu item has the text
            if (key.startsWith("layout.nav.")) {
                return;
            }
            if (!chinese.containsKey(key)) {
                problems.add(key + ": no such key in the Chinese bundles");
            } else if (!arguments(chinese.get(key)).equals(arguments(text))) {
                problems.add(key + ": arguments " + arguments(text) + " instead of " + arguments(chinese.get(key)));
            }
        });
        assertThat(problems).isEmpty();
    }

    private static Set<String> arguments(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
