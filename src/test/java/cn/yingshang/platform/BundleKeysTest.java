package cn.yingshang.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A key given twice in one bundle keeps only its last value, silently: the account list once showed the
 * flash message "已启用账号" as an account's status because both used {@code accounts.enabled}. Bundles
 * are also merged line by line between branches, where such a pair is easy to make.
 */
class BundleKeysTest {

    private static final Pattern KEY = Pattern.compile("^([^#!\\s][^=:]*?)\\s*[=:]");

    @Test
    void noBundleGivesAKeyTwice() throws IOException {
        List<String> twice = new ArrayList<>();
        try (Stream<Path> bundles = Files.list(Path.of("src/main/resources/i18n"))) {
            for (Path bundle : bundles.filter(p -> p.toString().endsWith(".properties")).sorted().toList()) {
                Set<String> seen = new HashSet<>();
                for (String line : Files.readAllLines(bundle, StandardCharsets.UTF_8)) {
                    Matcher m = KEY.matcher(line);
                    if (m.find() && !seen.add(m.group(1))) {
                        twice.add(bundle.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(twice).as("keys given twice in a bundle (the first value is never shown)").isEmpty();
    }
}
