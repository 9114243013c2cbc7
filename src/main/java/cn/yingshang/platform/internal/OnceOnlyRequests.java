package cn.yingshang.platform.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * One object per submission, whichever node a double click or a retry lands on. A POST form carries
 * the one-time token {@value #FORM_FIELD} (every form rendered with {@code th:action} gets one, see
 * {@link SubmissionTokens}); an API call may send {@value #HEADER}. The first request with a key
 * claims it in {@link IdempotencyKeys} and runs; a repeat waits for the first to finish and gets its
 * answer: the same redirect for a form (so it shows the object the first created), the same status
 * and body for the API. A refused or failed request frees its key, so the corrected form can be sent.
 */
class OnceOnlyRequests extends OncePerRequestFilter {

    static final String FORM_FIELD = "_submission";
    static final String HEADER = "Idempotency-Key";
    static final int MAX_BODY = 16 * 1024 * 1024;
    static final long WAIT_MILLIS = 15_000;

    private final IdempotencyKeys keys;
    private final MessageSource messages;

    OnceOnlyRequests(IdempotencyKeys keys, MessageSource messages) {
        this.keys = keys;
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String method = request.getMethod();
        if (!("POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method))) {
            chain.doFilter(request, response);
            return;
        }
        boolean api = request.getRequestURI().startsWith("/api/");
        String header = request.getHeader(HEADER);
        if (api && header != null) {
            api(request, response, chain, header);
        } else if (!api && isForm(request) && formToken(request) != null) {
            form(request, response, chain, formToken(request));
        } else {
            chain.doFilter(request, response);
        }
    }

    /** Null also when the body cannot be read as a form (an upload over the limit): Spring MVC then reports that. */
    private static String formToken(HttpServletRequest request) {
        try {
            return request.getParameter(FORM_FIELD);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static boolean isForm(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && (type.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE) || type.startsWith("multipart/"));
    }

    // ---- forms ---------------------------------------------------------------------------------

    private void form(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String token)
            throws ServletException, IOException {
        if (!validKey(token)) {
            chain.doFilter(request, response);
            return;
        }
        String who = principal();
        IdempotencyKeys.Key key = new IdempotencyKeys.Key(IdempotencyKeys.Scope.FORM, who == null ? "anonymous" : who, token,
                formHash(request));
        IdempotencyKeys.Answer earlier = claimOrWait(key);
        if (earlier == null) {
            run(request, response, chain, key, false);
        } else if (!earlier.requestHash().equals(key.requestHash())) {
            // the same rendered form sent again with other content (a form kept on the page by htmx): a new submission
            chain.doFilter(request, response);
        } else if (!earlier.done()) {
            inProgress(response, false);
        } else {
            response.sendRedirect(earlier.location());
        }
    }

    // ---- API -----------------------------------------------------------------------------------

    private void api(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String header)
            throws ServletException, IOException {
        String principal = principal();
        if (principal == null) {
            chain.doFilter(request, response);  // anonymous callers share no identity a key could be scoped to
            return;
        }
        if (!validKey(header)) {
            problem(response, HttpServletResponse.SC_BAD_REQUEST, text("problem.idempotency-key"));
            return;
        }
        HttpServletRequest body = request;
        String contentHash;
        String type = request.getContentType();
        if (type != null && type.startsWith("multipart/")) {
            contentHash = Long.toString(request.getContentLengthLong());
        } else {
            byte[] bytes = request.getInputStream().readNBytes(MAX_BODY + 1);
            if (bytes.length > MAX_BODY) {
                problem(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, text("problem.data"));
                return;
            }
            body = new CachedBody(request, bytes);
            contentHash = sha256(bytes);
        }
        IdempotencyKeys.Key key = new IdempotencyKeys.Key(IdempotencyKeys.Scope.API, principal, header,
                sha256((request.getMethod() + " " + request.getRequestURI() + "?" + request.getQueryString() + " " + contentHash)
                        .getBytes(StandardCharsets.UTF_8)));
        IdempotencyKeys.Answer earlier = claimOrWait(key);
        if (earlier == null) {
            run(body, response, chain, key, true);
        } else if (!earlier.requestHash().equals(key.requestHash())) {
            problem(response, 422, text("problem.key-reused"));
        } else if (!earlier.done()) {
            inProgress(response, true);
        } else {
            response.setStatus(earlier.status());
            response.setHeader("Idempotent-Replayed", "true");
            if (earlier.location() != null) {
                response.setHeader("Location", earlier.location());
            }
            if (earlier.contentType() != null) {
                response.setContentType(earlier.contentType());
            }
            if (earlier.body() != null) {
                response.getOutputStream().write(earlier.body());
            }
        }
    }

    // ---- common --------------------------------------------------------------------------------

    /** Null when this request holds the key now; else the earlier request's answer (or its PENDING claim after the wait). */
    private IdempotencyKeys.Answer claimOrWait(IdempotencyKeys.Key key) {
        long until = System.currentTimeMillis() + WAIT_MILLIS;
        IdempotencyKeys.Answer last = null;
        while (true) {
            if (keys.claim(key)) {
                return null;
            }
            var answer = keys.find(key);
            if (answer.isPresent()) {
                last = answer.get();
                if (last.done() || !last.requestHash().equals(key.requestHash())) {
                    return last;
                }
                if (keys.releaseIfAbandoned(key)) {
                    continue;
                }
            }
            if (System.currentTimeMillis() > until) {
                return last;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return last;
            }
        }
    }

    private void run(HttpServletRequest request, HttpServletResponse response, FilterChain chain, IdempotencyKeys.Key key,
                     boolean api) throws ServletException, IOException {
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        boolean kept = false;
        try {
            chain.doFilter(request, recorded);
            int status = recorded.getStatus();
            String location = recorded.getHeader("Location");
            if (api && status >= 200 && status < 300) {
                keys.complete(key, status, location, recorded.getContentType(), recorded.getContentAsByteArray());
                kept = true;
            } else if (!api && status >= 300 && status < 400 && location != null) {
                keys.complete(key, status, location, null, null);
                kept = true;
            }
        } finally {
            if (!kept) {
                keys.release(key);
            }
            recorded.copyBodyToResponse();
        }
    }

    private void inProgress(HttpServletResponse response, boolean api) throws IOException {
        problem(response, HttpServletResponse.SC_CONFLICT, text(api ? "problem.in-progress" : "form.submission.in-progress"));
    }

    private static void problem(HttpServletResponse response, int status, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}");
    }

    private String text(String key) {
        return messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE);
    }

    private static boolean validKey(String key) {
        return key.length() >= 8 && key.length() <= 200 && key.chars().allMatch(c -> c > 32 && c < 127);
    }

    /** The signed-in user's name; "anonymous" for a public form, null for an anonymous API call. */
    private static String principal() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
            return null;
        }
        return auth.getName();
    }

    private static String formHash(HttpServletRequest request) {
        Map<String, String[]> fields = new TreeMap<>(request.getParameterMap());
        fields.remove("_csrf");
        fields.remove(FORM_FIELD);
        StringBuilder s = new StringBuilder(request.getMethod()).append(' ').append(request.getRequestURI());
        fields.forEach((name, values) -> s.append('\n').append(name).append('=').append(String.join("\u0000", values)));
        return sha256(s.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The API body read once for its hash, then served again to the controller. */
    private static final class CachedBody extends HttpServletRequestWrapper {
        private final byte[] body;

        CachedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
