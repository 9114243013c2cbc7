package cn.yingshang.platform.internal;

import cn.yingshang.platform.AuditLog;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes every refusal of a signed-in person (a 403, from a URL rule or a permission check) to the
 * audit log: who, what they tried, from where. Anonymous visitors sent to the login page are not
 * refusals worth a record.
 */
@Component
class AccessDeniedAudit {

    private final AuditLog audit;

    AccessDeniedAudit(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void denied(AuthorizationDeniedEvent<?> event) {
        Authentication who = event.getAuthentication().get();
        if (who == null || who instanceof AnonymousAuthenticationToken || !who.isAuthenticated()) {
            return;
        }
        Map<String, Object> after = new LinkedHashMap<>();
        HttpServletRequest request = request(event.getSource());
        if (request != null) {
            after.put("method", request.getMethod());
            after.put("path", request.getRequestURI());
            after.put("client", request.getRemoteAddr());
        }
        if (event.getSource() instanceof MethodInvocation invocation) {
            after.put("operation", invocation.getMethod().getDeclaringClass().getSimpleName() + "."
                    + invocation.getMethod().getName());
        }
        audit.recordAll(List.of(new AuditLog.Entry(who.getName(), "access.denied", "request",
                request == null ? "" : request.getRequestURI(), null, after)));
    }

    private static HttpServletRequest request(Object source) {
        if (source instanceof RequestAuthorizationContext context) {
            return context.getRequest();
        }
        if (source instanceof HttpServletRequest request) {
            return request;
        }
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
    }
}
