package cn.yingshang.platform.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Pages and API share one filter chain: form login with a session for people, HTTP Basic for
 * scripts. Requests carrying an Authorization or signature header cannot be forged cross-site,
 * so only they skip the CSRF token. Every page and API call is checked again by method security.
 */
@Configuration
@EnableMethodSecurity
@ConditionalOnWebApplication
class SecurityConfiguration {

    static final String[] PUBLIC = {
            "/", "/login", "/error", "/public/**", "/webjars/**", "/css/**", "/js/**", "/img/**", "/geo/**",
            "/favicon.ico", "/api/v1/reference/**", "/api/v1/public/**", "/v3/api-docs/**", "/swagger-ui/**",
            "/swagger-ui.html", "/actuator/health", "/actuator/health/**", "/api/v1/review/screenings", "/api/v1/review/standards",
            "/api/v1/policy-rules/evaluations"};

    /** Public APIs that anonymous callers POST to: they change nothing and carry no session, so no CSRF token. */
    static final String[] PUBLIC_POST = {"/api/v1/review/screenings", "/api/v1/policy-rules/evaluations"};

    /**
     * Machine callers of the public API (the 12345 hotline) prove themselves with a signature that
     * the controller checks: they get a lean, stateless chain without session, CSRF, login or
     * saved-request filters, which matters at a thousand calls a second.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain signedPublicApi(HttpSecurity http) throws Exception {
        RequestMatcher publicApi = PathPatternRequestMatcher.withDefaults().matcher("/api/v1/public/**");
        http.securityMatcher(request -> request.getHeader("X-Signature") != null && publicApi.matches(request))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'")));
        return http.build();
    }

    /**
     * Metrics tell an attacker about load and internals: only the monitoring hosts
     * ({@code yingshang.metrics.allowed-addresses}, CIDR list) or a signed-in administrator read them.
     */
    private static AuthorizationManager<RequestAuthorizationContext> metricsReaders(String allowed) {
        List<IpAddressMatcher> hosts = Arrays.stream(allowed.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(IpAddressMatcher::new).toList();
        return (authentication, context) -> {
            boolean fromMonitoring = hosts.stream().anyMatch(h -> h.matches(context.getRequest()));
            Authentication who = authentication.get();
            boolean admin = who != null && who.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
            return new AuthorizationDecision(fromMonitoring || admin);
        };
    }

    @Value("${yingshang.metrics.allowed-addresses:127.0.0.1/32,::1/128}")
    private String metricsAddresses;

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
        RequestMatcher headerAuthenticated = request -> request.getHeader("Authorization") != null
                || request.getHeader("X-Signature") != null;
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/prometheus").access(metricsReaders(metricsAddresses))
                        .requestMatchers(PUBLIC).permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/portal", false).permitAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(problem(HttpServletResponse.SC_UNAUTHORIZED, "请先登录")))
                .logout(logout -> logout.logoutSuccessUrl("/"))
                .csrf(csrf -> csrf.ignoringRequestMatchers(headerAuthenticated).ignoringRequestMatchers(PUBLIC_POST))
                .exceptionHandling(ex -> ex
                        .defaultAuthenticationEntryPointFor(problem(HttpServletResponse.SC_UNAUTHORIZED, "请先登录"), api)
                        .defaultAccessDeniedHandlerFor(denied(), api))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                + "script-src 'self' 'unsafe-eval'; frame-ancestors 'none'")));
        return http.build();
    }

    private static AuthenticationEntryPoint problem(int status, String detail) {
        return (request, response, e) -> writeProblem(response, status, detail);
    }

    private static AccessDeniedHandler denied() {
        return (request, response, e) -> writeProblem(response, HttpServletResponse.SC_FORBIDDEN, "无权访问该资源");
    }

    static void writeProblem(HttpServletResponse response, int status, String detail) throws java.io.IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + (status == 401 ? "Unauthorized" : "Forbidden")
                + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}");
    }
}
