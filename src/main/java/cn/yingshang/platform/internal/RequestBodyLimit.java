package cn.yingshang.platform.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps every request body that is not a file upload at {@code yingshang.web.max-body-size} (1 MB by
 * default): a declared larger body is answered 413 before anything reads it, and a chunked one is cut
 * off while it is read ({@link TooLarge}, reported as 413 by {@link ApiProblems}). Uploads
 * ({@code multipart/form-data}) are bounded per file and per request by
 * {@code spring.servlet.multipart.max-file-size} / {@code max-request-size} instead.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestBodyLimit extends OncePerRequestFilter {

    /** Reading the body went past the cap. */
    static final class TooLarge extends IOException {
        TooLarge() {
            super("request body exceeds the configured limit");
        }
    }

    private final long max;
    private final MessageSource messages;

    RequestBodyLimit(@Value("${yingshang.web.max-body-size:1MB}") DataSize max, MessageSource messages) {
        this.max = max.toBytes();
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() > max) {
            if (!request.getRequestURI().startsWith("/api/") && SecurityConfiguration.asksForHtml().matches(request)) {
                response.setHeader("Connection", "close");
                response.sendError(413);  // the Chinese page, templates/error/413.html
                return;
            }
            tooLarge(response, messages);
            return;
        }
        chain.doFilter(request.getContentLengthLong() < 0 ? new Capped(request, max) : request, response);
    }

    static void tooLarge(HttpServletResponse response, MessageSource messages) throws IOException {
        String detail = messages.getMessage("platform.body.tooLarge", null, LocaleContextHolder.getLocale());
        String title = messages.getMessage("platform.body.tooLarge.title", null, LocaleContextHolder.getLocale());
        response.setStatus(413);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Connection", "close");
        response.getOutputStream().write(("{\"type\":\"about:blank\",\"title\":\"" + json(title) + "\",\"status\":413,\"detail\":\""
                + json(detail) + "\"}").getBytes(StandardCharsets.UTF_8));
    }

    private static String json(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /** A body of unknown length, counted as it is read. */
    private static final class Capped extends HttpServletRequestWrapper {

        private final long max;
        private ServletInputStream stream;

        Capped(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0 && ++read > max) {
                            throw new TooLarge();
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buf, int off, int len) throws IOException {
                        int n = in.read(buf, off, len);
                        if (n > 0 && (read += n) > max) {
                            throw new TooLarge();
                        }
                        return n;
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }
}
