package cn.yingshang.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document as the running platform serves it: it lints clean under Redocly CLI's
 * recommended rules (a standard linter, run with Node from the system packages), and the copy in
 * {@code src/test/resources/openapi/yingshang.json}, from which the build generates the Java client,
 * is the same document. After changing an API, refresh the copy with
 * {@code -Dyingshang.openapi.refresh=true} and commit it.
 */
@PlatformTest
class ApiDocumentLintTest {

    /** Pinned: 1.x runs on Node 18 (Debian 12's) as well as 20; 2.x needs 20.19 or later. */
    static final String REDOCLY = "@redocly/cli@1.34.20";
    static final Path CHECKED_IN = Path.of("src/test/resources/openapi/yingshang.json");
    static final Path WORK = Path.of("target/openapi-lint");

    @LocalServerPort
    int port;

    final JsonMapper json;

    @Autowired
    ApiDocumentLintTest(JsonMapper json) {
        this.json = json;
    }

    JsonNode live() {
        WebUser.Response docs = WebUser.anonymous(port).get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        return json.readTree(docs.body());
    }

    @Test
    @DisplayName("the OpenAPI document lints with zero errors under Redocly CLI's recommended rules")
    void lintsClean() throws Exception {
        Path node = which("node");
        Path npm = which("npm");
        if (node == null || npm == null) {
            // CI installs Node (see .ci/run): there its absence is a failure, not a skip
            assertThat(System.getenv("CI")).as("Node.js is required for the OpenAPI lint in CI").isNull();
            Assumptions.abort("Node.js (node and npm) is not installed here: the OpenAPI lint did not run. "
                    + "Install Debian's nodejs and npm packages to run it.");
        }
        Files.createDirectories(WORK);
        Path document = WORK.resolve("yingshang.json");
        Files.writeString(document, json.writerWithDefaultPrettyPrinter().writeValueAsString(live()));
        Path cli = WORK.resolve("node_modules/@redocly/cli/bin/cli.js");
        if (!Files.exists(cli)) {
            Result install = run(List.of(npm.toString(), "install", "--no-audit", "--no-fund", "--prefix", WORK.toString(), REDOCLY), 600);
            assertThat(install.exit()).as("npm install %s failed", REDOCLY).isZero();
        }
        Result lint = run(List.of(node.toString(), cli.toString(), "lint", document.toString(), "--format=json"), 300);
        String out = lint.output();
        JsonNode report = json.readTree(out.substring(out.indexOf('{')));
        List<String> errors = new ArrayList<>();
        for (JsonNode problem : report.path("problems")) {
            if ("error".equals(problem.path("severity").asString())) {
                errors.add(problem.path("ruleId").asString() + " " + problem.path("message").asString() + " at "
                        + problem.path("location").path(0).path("pointer").asString());
            }
        }
        System.out.println("Redocly lint: " + report.path("totals"));
        // openapi-generator refuses a document that declares a tag twice (two controllers, two descriptions)
        List<String> tags = new ArrayList<>();
        live().path("tags").forEach(t -> tags.add(t.path("name").asString()));
        assertThat(tags).as("tags declared once").doesNotHaveDuplicates();
        assertThat(errors).as("Redocly lint errors").isEmpty();
        assertThat(report.path("totals").path("errors").asInt()).isZero();
    }

    @Test
    @DisplayName("the checked-in copy the Java client is generated from equals the document the platform serves")
    void checkedInCopyIsCurrent() throws IOException {
        JsonNode live = live();
        if (Boolean.getBoolean("yingshang.openapi.refresh")) {
            Files.writeString(CHECKED_IN, json.writerWithDefaultPrettyPrinter().writeValueAsString(live) + "\n");
        }
        JsonNode copy = json.readTree(Files.readString(CHECKED_IN, StandardCharsets.UTF_8));
        assertThat(copy).as("src/test/resources/openapi/yingshang.json is stale: rerun this test with "
                + "-Dyingshang.openapi.refresh=true and commit the file").isEqualTo(live);
    }

    record Result(int exit, String output) {
    }

    static Result run(List<String> command, long seconds) throws IOException, InterruptedException {
        // stderr (progress lines) to a file of its own, so stdout is the JSON report alone
        Path errors = Files.createTempFile("lint", ".err");
        Process process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("timed out: " + command);
        }
        String err = Files.readString(errors);
        Files.deleteIfExists(errors);
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8) + (output.length == 0 ? err : ""));
    }

    static Path which(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
