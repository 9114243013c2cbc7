package cn.yingshang.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A script calling {@code /api/**} with HTTP Basic and no session, as another system would. */
public final class ApiCaller {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String base;
    private final String authorization;

    private ApiCaller(int port, String username, String secret) {
        this.base = "http://127.0.0.1:" + port;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    public static ApiCaller basic(int port, String username, String secret) {
        return new ApiCaller(port, username, secret);
    }

    /** A demo person (published demo password). */
    public static ApiCaller demo(int port, String username) {
        return new ApiCaller(port, username, "Demo@2025");
    }

    public WebUser.Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** A file: asks for bytes, as a download client does; refusals still come as problem+json. */
    public WebUser.Response download(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), "application/octet-stream, application/problem+json");
    }

    public WebUser.Response post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .header("Content-Type", "application/json"));
    }

    public WebUser.Response post(String path, String json, String idempotencyKey) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .header("Content-Type", "application/json").header("Idempotency-Key", idempotencyKey));
    }

    private WebUser.Response send(HttpRequest.Builder request) {
        return send(request, "application/json, application/problem+json");
    }

    private WebUser.Response send(HttpRequest.Builder request, String accept) {
        try {
            HttpResponse<String> response = CLIENT.send(request.header("Authorization", authorization)
                    .header("Accept", accept).timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new WebUser.Response(response.statusCode(), response.body(), response.headers(), response.uri());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
