package cn.yingshang.appeal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 for the appeal and arrears modules: their user-visible text lives in the bundles, not in
 * Java (demo data excepted), every bundle key their Java names exists, and the appeal module reads
 * no table of another module.
 */
class AppealArrearsTextTest {

    static final Pattern CHINESE_LITERAL = Pattern.compile("\"[^\"\\n]*[\\x{4e00}-\\x{9fff}][^\"\\n]*\"");
    static final Pattern KEY = Pattern.compile("\"((?:appeal|arrears|api\\.appeal|api\\.arrears)\\.[A-Za-z0-9_.]+)\"");
    static final List<Path> MODULES = List.of(Path.of("src/main/java/cn/yingshang/appeal"), Path.of("src/main/java/cn/yingshang/arrears"));

    @Test
    @DisplayName("no Chinese string literal in the appeal and arrears modules' Java outside their demo data")
    void noChineseLiterals() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : sources()) {
            if (file.getFileName().toString().endsWith("DemoData.java")) {
                continue;
            }
            Matcher m = CHINESE_LITERAL.matcher(Files.readString(file));
            while (m.find()) {
                found.add(file.getFileName() + ": " + m.group());
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    @DisplayName("every complete bundle key the two modules' Java names is in i18n/appeal.properties or i18n/arrears.properties")
    void everyKeyResolves() throws IOException {
        Properties bundle = new Properties();
        for (String name : List.of("i18n/appeal.properties", "i18n/arrears.properties")) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(name)) {
                bundle.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
        List<String> missing = new ArrayList<>();
        for (Path file : sources()) {
            Matcher m = KEY.matcher(Files.readString(file));
            while (m.find()) {
                String key = m.group(1);
                // a prefix that code completes ("appeal.rating." + code) or an audit/permission code is not a text key
                if (!key.endsWith(".") && looksLikeText(key) && !bundle.containsKey(key)) {
                    missing.add(file.getFileName() + ": " + key);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static boolean looksLikeText(String key) {
        return Stream.of(".violation.", ".notice.", ".note.", ".flash.", ".nav.", ".denied", ".export.", ".watch.", ".actor.",
                "api.appeal.", "api.arrears.", ".action.", ".alert.", ".conflict").anyMatch(key::contains);
    }

    @Test
    @DisplayName("the appeal module reads accounts through the platform's API, not the platform_account table")
    void noCrossModuleTableRead() throws IOException {
        for (Path file : sources()) {
            assertThat(Files.readString(file)).as(file.toString()).doesNotContain("platform_account");
        }
    }

    private static List<Path> sources() throws IOException {
        List<Path> all = new ArrayList<>();
        for (Path module : MODULES) {
            try (Stream<Path> files = Files.walk(module)) {
                files.filter(f -> f.toString().endsWith(".java")).forEach(all::add);
            }
        }
        return all;
    }
}
