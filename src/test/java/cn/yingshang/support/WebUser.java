package cn.yingshang.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person (or script) talking to the running platform over real HTTP: cookies, form login and
 * the CSRF token a browser would send. No mocked web layer.
 */
public final class WebUser {

    public record Response(int status, String body, java.net.http.HttpHeaders headers, URI uri) {
        public String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }
    }

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    /** The address the test configuration lists as a trusted reverse proxy (yingshang.web.trusted-proxies). */
    public static final String TRUSTED_PROXY = "127.0.0.2";

    private final String base;
    private final HttpClient client;
    private final String forwardedFor;
    private final CookieManager cookies = new CookieManager();
    private String csrf;

    /** The same client (cookies, CSRF token) talking to another node: "log in on A, continue on B". */
    public WebUser atPort(int otherPort) {
        WebUser other = new WebUser(otherPort, client, forwardedFor);
        other.csrf = csrf;
        return other;
    }

    private WebUser(int port, HttpClient client, String forwardedFor) {
        this.base = "http://127.0.0.1:" + port;
        this.client = client;
        this.forwardedFor = forwardedFor;
    }

    private WebUser(int port) {
        this(port, (java.net.InetAddress) null, null);
    }

    private WebUser(int port, java.net.InetAddress from, String forwardedFor) {
        this.base = "http://127.0.0.1:" + port;
        HttpClient.Builder b = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(5));
        if (from != null) {
            b.localAddress(from);
        }
        this.client = b.build();
        this.forwardedFor = forwardedFor;
    }

    /** The value of a cookie the platform set, or null. */
    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    public static WebUser anonymous(int port) {
        return new WebUser(port);
    }

    /**
     * A visitor connecting from {@code connectFrom} (a loopback address) with {@code X-Forwarded-For:
     * forwardedFor} on every request: from {@link #TRUSTED_PROXY} it is a client behind the reverse
     * proxy, from 127.0.0.1 a client trying to choose its own address.
     */
    public static WebUser forwarded(int port, String connectFrom, String forwardedFor) {
        try {
            return new WebUser(port, java.net.InetAddress.getByName(connectFrom), forwardedFor);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A visitor behind the trusted reverse proxy, seen by the platform as {@code clientAddress}. */
    public static WebUser behindProxy(int port, String clientAddress) {
        return forwarded(port, TRUSTED_PROXY, clientAddress);
    }

    /** A client address no other test uses, for tests of per-client limits. */
    public static String freshClientAddress() {
        var r = java.util.concurrent.ThreadLocalRandom.current();
        return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + (1 + r.nextInt(254));
    }

    public static WebUser signedIn(int port, String username, String password) {
        WebUser user = new WebUser(port);
        user.refreshCsrf();
        Response result = user.postForm("/login", Map.of("username", username, "password", password));
        if (result.uri().toString().contains("error")) {
            throw new IllegalStateException("login failed for " + username);
        }
        user.refreshCsrf();
        return user;
    }

    public static WebUser demo(int port, String username) {
        return signedIn(port, username, "Demo@2025");
    }

    public void refreshCsrf() {
        Response page = get("/login");
        Matcher m = CSRF.matcher(page.body());
        csrf = m.find() ? m.group(1) : null;
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().header("Accept", "text/html,application/json"));
    }

    public Response getJson(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().header("Accept", "application/json"));
    }

    public Response postForm(String path, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (csrf != null) {
            all.putIfAbsent("_csrf", csrf);
        }
        String body = all.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/x-www-form-urlencoded"));
    }

    public Response postFormWithoutCsrf(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/x-www-form-urlencoded"));
    }

    public Response postJson(String path, String json) {
        return json("POST", path, json);
    }

    public Response putJson(String path, String json) {
        return json("PUT", path, json);
    }

    public Response patchJson(String path, String json) {
        return json("PATCH", path, json);
    }

    private Response json(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .header("Content-Type", "application/json").header("Accept", "application/json");
        if (csrf != null) {
            request.header("X-CSRF-TOKEN", csrf);
        }
        return send(request);
    }

    /** multipart/form-data with one file part and optional text fields. */
    public Response postMultipart(String path, String fileField, String filename, byte[] content, Map<String, String> fields) {
        String boundary = "----yingshang" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (csrf != null) {
            all.putIfAbsent("_csrf", csrf);
        }
        try {
            for (var e : all.entrySet()) {
                out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + e.getKey() + "\"\r\n\r\n"
                        + e.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            if (fileField != null) {
                out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                        + filename + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                out.write(content);
                out.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            out.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "text/html,application/json");
        if (csrf != null) {
            request.header("X-CSRF-TOKEN", csrf);
        }
        return send(request);
    }

    /** GET returning the raw bytes (spreadsheets, attachments). */
    public byte[] getBytes(String path) {
        try {
            HttpRequest.Builder get = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60)).GET();
            if (forwardedFor != null) {
                get.header("X-Forwarded-For", forwardedFor);
            }
            return client.send(get.build(),
                    HttpResponse.BodyHandlers.ofByteArray()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Any request the caller built, with the CSRF header a page's script would add. */
    public Response sendWithCsrf(HttpRequest.Builder request) {
        if (csrf != null) {
            request.header("X-CSRF-TOKEN", csrf);
        }
        return send(request);
    }

    public Response send(HttpRequest.Builder request) {
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        try {
            HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.body(), response.headers(), response.uri());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
