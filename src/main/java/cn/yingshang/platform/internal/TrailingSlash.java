package cn.yingshang.platform.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A page address typed or pasted with a trailing slash ({@code /public/appeals/}) is the same page to
 * a person; Spring matches paths exactly, so it was a 404 in English JSON. Reading requests are sent
 * on to the address without the slash; paths whose tools want the slash (API docs, static files) keep it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class TrailingSlash extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        String method = request.getMethod();
        return !("GET".equals(method) || "HEAD".equals(method)) || path.length() < 2 || !path.endsWith("/")
                || path.startsWith("/swagger-ui") || path.startsWith("/v3/api-docs") || path.startsWith("/webjars/")
                || path.startsWith("/actuator") || path.startsWith("//");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().replaceAll("/+$", "");
        String query = request.getQueryString();
        response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
        response.setHeader("Location", (path.isEmpty() ? "/" : path) + (query == null ? "" : "?" + query));
    }
}
