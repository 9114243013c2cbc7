package cn.yingshang.inspection.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.shared.CreditRiskClass;
import cn.yingshang.support.Browser;
import cn.yingshang.support.PlatformTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The public page's own SHA-256/HMAC (static/js/sha256.js) and draw worker
 * (static/js/inspection-draw-worker.js) in headless Chromium, held against published vectors and
 * against {@link DrawAlgorithm} on the server.
 */
@PlatformTest
class DrawInBrowserTest {

    private static final Logger log = LoggerFactory.getLogger(DrawInBrowserTest.class);
    private static final int SYNTHETIC_POOL = 200_000;

    @LocalServerPort
    int port;

    @Test
    @DisplayName("000 §51: the page's HMAC-SHA256 gives the RFC 4231 and FIPS 180 vectors and the server's score for a credit code")
    void hmacMatchesVectorsAndServer() {
        String seed = DrawAlgorithm.newSeed(new SecureRandom());
        String code = "91650100MA77ABCD1X";
        String longMessage = code + "|" + "执法证号".repeat(8) + "-0123456789";  // more than one block
        try (Browser browser = new Browser(port)) {
            browser.open("/public/inspections");
            @SuppressWarnings("unchecked")
            Map<String, Object> js = (Map<String, Object>) script(browser,
                    "var done = arguments[arguments.length - 1], seed = arguments[0], code = arguments[1], longMessage = arguments[2];"
                            + "var s = document.createElement('script'); s.src = '/js/sha256.js';"
                            + "s.onerror = function () { done({error: 'sha256.js did not load'}); };"
                            + "s.onload = function () {"
                            + "  var S = YingshangSha256, hmac = function (k, m) { return S.hex(new S.Hmac(k).mac(m)); };"
                            + "  var key1 = new Uint8Array(20).fill(0x0b), key6 = new Uint8Array(131).fill(0xaa);"
                            + "  var seeded = new S.Hmac(seed), words = seeded.words(S.utf8(code), 0, code.length);"
                            + "  done({rfc1: hmac(key1, 'Hi There'), rfc2: hmac('Jefe', 'what do ya want for nothing?'),"
                            + "    rfc6: hmac(key6, 'Test Using Larger Than Block-Size Key - Hash Key First'),"
                            + "    abc: S.hex(S.digest('abc')), empty: S.hex(S.digest('')),"
                            + "    twoBlocks: S.hex(S.digest('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')),"
                            + "    million: S.hex(S.digest(new Uint8Array(1000000).fill(0x61))),"
                            + "    server: hmac(seed, code), again: hmac(seed, code), long: hmac(seed, longMessage),"
                            + "    score: ((words[0] >>> 0).toString(16).padStart(8, '0') + (words[1] >>> 0).toString(16).padStart(8, '0'))});"
                            + "};"
                            + "document.head.appendChild(s);", seed, code, longMessage);
            assertThat(js).doesNotContainKey("error");
            assertThat(js.get("rfc1")).as("RFC 4231 test case 1")
                    .isEqualTo("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
            assertThat(js.get("rfc2")).as("RFC 4231 test case 2")
                    .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
            assertThat(js.get("rfc6")).as("RFC 4231 test case 6 (key longer than a block)")
                    .isEqualTo("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
            assertThat(js.get("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
            assertThat(js.get("empty")).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
            assertThat(js.get("twoBlocks")).isEqualTo("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
            assertThat(js.get("million")).isEqualTo("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");

            HexFormat hex = HexFormat.of();
            assertThat(js.get("server")).as("the server's HMAC of a credit code under a fresh seed")
                    .isEqualTo(hex.formatHex(DrawAlgorithm.hmac(seed).doFinal(code.getBytes(StandardCharsets.UTF_8))));
            assertThat(js.get("again")).as("an Hmac object is reusable").isEqualTo(js.get("server"));
            assertThat(js.get("long")).isEqualTo(hex.formatHex(DrawAlgorithm.hmac(seed).doFinal(longMessage.getBytes(StandardCharsets.UTF_8))));
            assertThat(js.get("score")).as("the rank the draw uses").isEqualTo(hex.toHexDigits(new DrawAlgorithm.Hmac(seed).score(code)));
        }
    }

    @Test
    @DisplayName("000 §51: the draw worker recomputes the server's selection from a 200,000-line pool (time logged)")
    void workerDrawsLikeTheServer() {
        String seed = DrawAlgorithm.newSeed(new SecureRandom());
        DrawAlgorithm.Pool.Builder builder = new DrawAlgorithm.Pool.Builder();
        for (int i = 0; i < SYNTHETIC_POOL; i++) {
            builder.add(syntheticCode(i), CreditRiskClass.values()[i * 7 % 4], i % 97 == 0);
        }
        DrawAlgorithm.Pool pool = builder.build();
        DrawAlgorithm.Selection server = DrawAlgorithm.draw(seed, pool, new DrawAlgorithm.Ratios(new BigDecimal("3.00"),
                new BigDecimal("5.50"), new BigDecimal("20.00"), new BigDecimal("100.00")));

        try (Browser browser = new Browser(port)) {
            browser.open("/public/inspections");
            long began = System.nanoTime();
            // the same pool, built in the page, handed to the worker the public page uses
            @SuppressWarnings("unchecked")
            Map<String, Object> js = (Map<String, Object>) script(browser,
                    "var done = arguments[arguments.length - 1], n = arguments[1], lines = [];"
                            + "for (var i = 0; i < n; i++) {"
                            + "  lines.push('9165' + String(i).padStart(14, '0') + ',' + 'ABCD'[i * 7 % 4] + ',' + (i % 97 === 0 ? 'K' : '-') + '\\n');"
                            + "}"
                            + "var pool = new TextEncoder().encode(lines.join('')).buffer, progress = 0;"
                            + "var worker = new Worker('/js/inspection-draw-worker.js');"
                            + "worker.onerror = function (e) { done({error: e.message}); };"
                            + "worker.onmessage = function (e) {"
                            + "  var m = e.data;"
                            + "  if (m.type === 'progress') { progress = m.done; return; }"
                            + "  worker.terminate();"
                            + "  done(m.type === 'result' ? {poolSize: m.poolSize, poolHash: m.poolHash, selectionHash: m.selectionHash,"
                            + "      drawn: m.codes.length, millis: m.millis, progress: progress} : {error: m.message || m.badLine});"
                            + "};"
                            + "worker.postMessage({seed: arguments[0], basisPoints: {A: 300, B: 550, C: 2000, D: 10000}, pool: pool}, [pool]);",
                    seed, SYNTHETIC_POOL);
            long wallMillis = (System.nanoTime() - began) / 1_000_000;
            assertThat(js).doesNotContainKey("error");
            assertThat(((Number) js.get("poolSize")).intValue()).isEqualTo(SYNTHETIC_POOL);
            assertThat(((Number) js.get("progress")).intValue()).as("progress reaches the pool size").isEqualTo(SYNTHETIC_POOL);
            assertThat(js.get("poolHash")).as("the page builds the same pool text").isEqualTo(DrawAlgorithm.sha256(pool.canonical()));
            assertThat(((Number) js.get("drawn")).intValue()).isEqualTo(server.codes().size());
            assertThat(js.get("selectionHash")).as("the worker's selection is the server's").isEqualTo(server.hash());
            log.info("Browser draw of a {}-line pool: {} ms in the worker ({} drawn), {} ms including building the pool in the page",
                    SYNTHETIC_POOL, js.get("millis"), js.get("drawn"), wallMillis);
        }
    }

    private static String syntheticCode(int i) {
        return "9165" + String.format("%014d", i);
    }

    private static Object script(Browser browser, String script, Object... args) {
        browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
        return ((JavascriptExecutor) browser.driver()).executeAsyncScript(script, args);
    }
}
