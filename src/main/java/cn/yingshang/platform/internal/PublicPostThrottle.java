package cn.yingshang.platform.internal;

import cn.yingshang.platform.AttemptLimits;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every POST from someone not signed in (the public appeal form, payout objections, the tracking
 * lookup, the screening API …) is counted per client and route in PostgreSQL
 * ({@link AttemptLimits}, so the limit holds on every node): {@code yingshang.web.public-post-limit}
 * per {@code yingshang.web.public-post-window}, 30 per 10 minutes by default — a person filling in
 * forms never meets it, a script flooding the office's queue does. Routes are counted with their
 * numeric ids left out, so varying an id does not buy a fresh allowance. Machine callers that sign
 * their requests (the 12345 hotline) and routes that count attempts of their own (the public tracking
 * lookup, which must answer malformed input without counting it) are listed in
 * {@code yingshang.web.public-post-exempt}.
 */
@Component
class PublicPostThrottle implements HandlerInterceptor, WebMvcConfigurer {

    private final AttemptLimits limits;
    private final AttemptLimits.Limit limit;
    private final List<String> exempt;
    private final MessageSource messages;

    PublicPostThrottle(AttemptLimits limits, MessageSource messages,
                       @Value("${yingshang.web.public-post-limit:30}") int allowed,
                       @Value("${yingshang.web.public-post-window:10m}") Duration window,
                       @Value("${yingshang.web.public-post-exempt:/api/v1/public/appeals/hotline,/public/appeals/track,/public/appeals/track/act}") List<String> exempt) {
        this.limits = limits;
        this.messages = messages;
        this.limit = new AttemptLimits.Limit("public-post", allowed, window);
        this.exempt = exempt;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws IOException {
        if (!"POST".equals(request.getMethod()) || signedIn() || exempt.contains(request.getRequestURI())) {
            return true;
        }
        String key = request.getRemoteAddr() + " " + route(request.getRequestURI());
        if (limits.tryAcquire(limit, key)) {
            return true;
        }
        response.setHeader("Retry-After", String.valueOf(limits.secondsUntilReset(limit, key)));
        if (request.getRequestURI().startsWith("/api/")) {
            String detail = messages.getMessage("platform.throttled", null, LocaleContextHolder.getLocale());
            response.setStatus(429);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getOutputStream().write(("{\"type\":\"about:blank\",\"status\":429,\"detail\":\"" + detail + "\"}")
                    .getBytes(StandardCharsets.UTF_8));
        } else {
            response.sendError(429);
        }
        return false;
    }

    static String route(String uri) {
        return uri.replaceAll("/[0-9]+(?=/|$)", "/{id}").replaceAll("/[0-9a-fA-F-]{32,36}(?=/|$)", "/{token}");
    }

    private static boolean signedIn() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        return a != null && a.isAuthenticated() && !(a instanceof AnonymousAuthenticationToken);
    }
}
