package cn.yingshang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Small classes with one job (issue 14): a main class longer than 400 lines says in its own comment why it stays
 * whole ("Why this class is over 400 lines …"); otherwise it is split before it grows further.
 */
class ClassSizeTest {

    static final int MAX_LINES = 400;

    @Test
    @DisplayName("no main class over 400 lines without a comment saying why")
    void longClassesSayWhy() throws IOException {
        List<String> unexplained;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            unexplained = files.filter(f -> f.toString().endsWith(".java")).sorted().map(ClassSizeTest::unexplained)
                    .filter(s -> !s.isEmpty()).toList();
        }
        assertThat(unexplained).as("classes over %d lines without a \"Why this class is over %d lines\" comment",
                MAX_LINES, MAX_LINES).isEmpty();
    }

    private static String unexplained(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            boolean explained = lines.stream().anyMatch(l -> l.contains("Why this class is over " + MAX_LINES + " lines"));
            return lines.size() > MAX_LINES && !explained ? file + " (" + lines.size() + " lines)" : "";
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
