package cn.yingshang.platform.internal;

import cn.yingshang.platform.ApiScope;
import cn.yingshang.platform.ApiScopeRules;
import cn.yingshang.platform.AuditLog;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Lazy;
import org.springframework.http.server.PathContainer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * A service account may call only operations whose {@link ApiScope} it was granted; an operation
 * without a scope is not for machines. Every call it makes, allowed or refused, is audited with
 * its answer's status. People are not affected: their permission codes decide, as on the pages.
 */
@Component
class ApiScopeCheck implements HandlerInterceptor, WebMvcConfigurer {

    private final AuditLog audit;
    private final RequestMappingHandlerMapping mappings;
    private final ObjectProvider<ApiScopeRules> rules;

    ApiScopeCheck(AuditLog audit, @Lazy @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings,
                  ObjectProvider<ApiScopeRules> rules) {
        this.audit = audit;
        this.mappings = mappings;
        this.rules = rules;
    }

    /** The operation's own {@link ApiScope}, else the first module rule for its method and path; null when neither. */
    String scopeOf(HttpServletRequest request, Object handler) {
        ApiScope annotated = handler instanceof HandlerMethod method ? method.getMethodAnnotation(ApiScope.class) : null;
        if (annotated != null) {
            return annotated.value();
        }
        PathContainer path = PathContainer.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
        return rules.orderedStream().flatMap(r -> r.rules().stream())
                .filter(r -> r.method().equalsIgnoreCase(request.getMethod()))
                .filter(r -> PathPatternParser.defaultInstance.parse(r.path()).matches(path))
                .map(ApiScopeRules.Rule::scope).findFirst().orElse(null);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Optional<Authentication> machine = machine();
        if (machine.isEmpty()) {
            return true;
        }
        String scope = scopeOf(request, handler);
        boolean granted = scope != null && machine.get().getAuthorities().stream()
                .anyMatch(a -> (ServiceAccountSignIn.SCOPE + scope).equals(a.getAuthority()));
        if (!granted) {
            audit.record("service-account.refused", "service-account", machine.get().getName(), null,
                    Map.of("method", request.getMethod(), "path", request.getRequestURI(), "scope", scope == null ? "" : scope));
            throw new AccessDeniedException(scope == null ? "no scope" : "scope " + scope);
        }
        return true;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        machine().ifPresent(m -> audit.record("service-account.call", "service-account", m.getName(), null,
                Map.of("method", request.getMethod(), "path", request.getRequestURI(), "status", response.getStatus())));
    }

    private static Optional<Authentication> machine() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> ServiceAccountSignIn.SERVICE_ACCOUNT.equals(a.getAuthority()))
                ? Optional.of(authentication) : Optional.empty();
    }

    /** Every scope some operation declares: what the administrator can grant. */
    Set<String> knownScopes() {
        Set<String> scopes = new TreeSet<>();
        mappings.getHandlerMethods().values().forEach(m -> {
            ApiScope scope = m.getMethodAnnotation(ApiScope.class);
            if (scope != null) {
                scopes.add(scope.value());
            }
        });
        rules.orderedStream().flatMap(r -> r.rules().stream()).map(ApiScopeRules.Rule::scope).forEach(scopes::add);
        return scopes;
    }
}
