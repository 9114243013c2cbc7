package cn.yingshang.platform.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import java.util.Arrays;
import java.util.List;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Three filter chains, each accepting one kind of credential:
 * <ol>
 *   <li>the 12345 hotline path alone, signed with an HMAC over timestamp, nonce and body (checked by
 *       its controller), stateless;</li>
 *   <li>{@code /api/**} called without a session cookie: HTTP Basic (a person's username and
 *       password, or a service account's client id and secret) or anonymous, stateless, no
 *       CSRF token needed because no cookie authenticates it;</li>
 *   <li>everything else, pages and API calls from a signed-in browser: form login with a session in
 *       PostgreSQL, CSRF token in a cookie (so anonymous pages need no server session), no Basic.</li>
 * </ol>
 * Every page and API call is checked again by method security.
 */
@Configuration
@EnableMethodSecurity
@ConditionalOnWebApplication
@EnableConfigurationProperties(SecuritySettings.class)
class SecurityConfiguration {

    static final String[] PUBLIC = {
            "/", "/login", "/error", "/public/**", "/webjars/**", "/css/**", "/js/**", "/img/**", "/geo/**",
            "/favicon.ico", "/api/v1/reference/**", "/api/v1/public/**", "/actuator/health", "/actuator/health/**", "/api/v1/review/screenings", "/api/v1/review/standards",
            "/api/v1/policy-rules/evaluations"};

    /** API documentation: public in the demo profile, behind login otherwise (yingshang.api-docs.public). */
    static final String[] API_DOCS = {"/v3/api-docs/**", "/v3/api-docs", "/swagger-ui/**", "/swagger-ui.html"};

    private final boolean apiDocsPublic;

    SecurityConfiguration(@Value("${yingshang.api-docs.public:false}") boolean apiDocsPublic) {
        this.apiDocsPublic = apiDocsPublic;
    }

    /** Public APIs that anonymous callers POST to: they change nothing, so no CSRF token even with a session. */
    static final String[] PUBLIC_POST = {"/api/v1/review/screenings", "/api/v1/policy-rules/evaluations"};

    static final String HOTLINE_PATH = "/api/v1/public/appeals/hotline";

    static final String CSP = "default-src 'self'; script-src 'self'; worker-src 'self'; connect-src 'self'; "
            + "img-src 'self' data:; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "serial=(), bluetooth=(), magnetometer=(), gyroscope=(), accelerometer=()";

    /**
     * The 12345 hotline system proves itself with a signature its controller checks (timestamp,
     * nonce, body): a lean, stateless chain for its own path only, which matters at a thousand calls
     * a second. A signature header elsewhere is just a header.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain hotlineApi(HttpSecurity http) throws Exception {
        http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, HOTLINE_PATH))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .anonymous(anonymous -> anonymous.disable())
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

    /**
     * Scripts: {@code /api/**} without a session cookie. HTTP Basic is accepted here and nowhere else;
     * nothing is stored between calls, and since no cookie can authenticate these requests a
     * cross-site page cannot forge one, so they need no CSRF token.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 1)
    SecurityFilterChain statelessApi(HttpSecurity http, ServiceAccounts serviceAccounts, SignInAccounts accounts) throws Exception {
        RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
        http.securityMatcher(request -> api.matches(request) && request.getRequestedSessionId() == null)
                // service accounts sign in here and nowhere else; anything else falls through to the password sign-in
                .authenticationProvider(new ServiceAccountSignIn(serviceAccounts, accounts))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(PUBLIC).permitAll()
                        .anyRequest().access(fullySignedIn()))
                .httpBasic(basic -> basic.authenticationEntryPoint(problem(HttpServletResponse.SC_UNAUTHORIZED, "problem.sign-in")))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint(problem(HttpServletResponse.SC_UNAUTHORIZED, "problem.sign-in"))
                        .accessDeniedHandler(apiDenied()))
                .headers(SecurityConfiguration::headers);
        return http.build();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SecurityContextRepository contexts,
                                            SecuritySettings settings) throws Exception {
        RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
        CookieCsrfTokenRepository csrfTokens = new CookieCsrfTokenRepository();
        csrfTokens.setHeaderName("X-CSRF-TOKEN"); // the header scripts and htmx have always sent
        csrfTokens.setCookieCustomizer(cookie -> {
            cookie.sameSite("Lax");
            if (settings.cookies().secure() == SecuritySettings.CookieSecurity.ALWAYS) {
                cookie.secure(true);
            }
        });
        CookieRequestCache requestCache = new CookieRequestCache();
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/prometheus").access(metricsReaders(metricsAddresses))
                        .requestMatchers(PUBLIC).permitAll()
                        .requestMatchers("/login/second-factor").hasAuthority(SignInSteps.Step.SECOND_FACTOR.authority)
                        .requestMatchers("/account/second-factor").access(AuthorizationManagers.anyOf(
                                AuthorityAuthorizationManager.hasAuthority(SignInSteps.Step.ENROL_SECOND_FACTOR.authority),
                                fullySignedIn()))
                        .requestMatchers("/account/password").access(AuthorizationManagers.anyOf(
                                AuthorityAuthorizationManager.hasAuthority(SignInSteps.Step.CHANGE_PASSWORD.authority),
                                fullySignedIn()))
                        .requestMatchers(API_DOCS).access(apiDocsPublic ? (a, c) -> new AuthorizationDecision(true) : fullySignedIn())
                        .anyRequest().access(fullySignedIn()))
                .securityContext(context -> context.securityContextRepository(contexts))
                .formLogin(form -> form.loginPage("/login").permitAll()
                        .successHandler(signedIn(requestCache)).failureHandler(signInFailed()))
                .logout(logout -> logout.logoutSuccessUrl("/"))
                .requestCache(cache -> cache.requestCache(requestCache))
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens).ignoringRequestMatchers(PUBLIC_POST))
                .addFilterAfter(new CsrfCookieFilter(), CsrfFilter.class)
                .exceptionHandling(ex -> ex
                        .defaultAuthenticationEntryPointFor(problem(HttpServletResponse.SC_UNAUTHORIZED, "problem.sign-in"), api)
                        .accessDeniedHandler(denied(api)))
                .headers(SecurityConfiguration::headers);
        return http.build();
    }

    private static void headers(org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY));
    }

    /** Signed in and through every sign-in step (second factor, forced password change). */
    static AuthorizationManager<RequestAuthorizationContext> fullySignedIn() {
        return AuthorizationManagers.allOf(AuthenticatedAuthorizationManager.authenticated(),
                AuthorizationManagers.not(AuthorityAuthorizationManager.hasAnyAuthority(SignInSteps.STEP_AUTHORITIES)));
    }

    /** After the password: the next sign-in step's page, or where the person was going. */
    private static AuthenticationSuccessHandler signedIn(CookieRequestCache requestCache) {
        SavedRequestAwareAuthenticationSuccessHandler done = new SavedRequestAwareAuthenticationSuccessHandler();
        done.setDefaultTargetUrl("/portal");
        done.setRequestCache(requestCache);
        return (request, response, authentication) -> {
            var step = SignInSteps.pendingStep(authentication);
            if (step.isPresent()) {
                response.sendRedirect(request.getContextPath() + step.get().page);
            } else {
                done.onAuthenticationSuccess(request, response, authentication);
            }
        };
    }

    private static AuthenticationFailureHandler signInFailed() {
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException e) ->
                response.sendRedirect(request.getContextPath()
                        + (e instanceof PasswordSignIn.TooManyAttempts ? "/login?error=wait" : "/login?error"));
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(),
                new HttpSessionSecurityContextRepository());
    }

    /** The session cookie: HttpOnly, SameSite=Lax, Secure unless configured for plain-http demo use. */
    @Bean
    CookieSerializer cookieSerializer(SecuritySettings settings) {
        DefaultCookieSerializer cookie = new DefaultCookieSerializer();
        cookie.setCookieName("SESSION");
        cookie.setUseHttpOnlyCookie(true);
        cookie.setSameSite("Lax");
        if (settings.cookies().secure() == SecuritySettings.CookieSecurity.ALWAYS) {
            cookie.setUseSecureCookie(true);
        }
        return cookie;
    }

    /** Authorisation denials become events, which {@link AccessDeniedAudit} writes to the audit log. */
    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher events) {
        return new SpringAuthorizationEventPublisher(events);
    }

    /**
     * The CSRF token lives in a cookie and is made lazily; a page that puts it in its head would
     * otherwise ask for it after the response is committed. Rendering pages ask for it first.
     */
    static final class CsrfCookieFilter extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
                token.getToken();
            }
            chain.doFilter(request, response);
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            String path = request.getRequestURI();
            return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/img/")
                    || path.startsWith("/webjars/") || path.startsWith("/geo/") || path.startsWith("/api/");
        }
    }

    /** {@code key}: the Chinese detail in the platform bundle (these handlers run before any MessageSource bean is at hand). */
    private static AuthenticationEntryPoint problem(int status, String key) {
        return (request, response, e) -> writeProblem(response, status, cn.yingshang.shared.ChineseBundle.text("i18n/messages", key));
    }

    private static AccessDeniedHandler apiDenied() {
        return (request, response, e) -> writeProblem(response, HttpServletResponse.SC_FORBIDDEN,
                SignInSteps.pendingStep(SecurityContextHolder.getContext().getAuthentication()).isPresent()
                        ? cn.yingshang.shared.ChineseBundle.text("i18n/messages", "problem.sign-in.pending-step")
                        : cn.yingshang.shared.ChineseBundle.text("i18n/messages", "problem.forbidden"));
    }

    /**
     * API calls get a problem+json 403. On pages, a person part-way through signing in is sent to
     * their step; anyone else gets the Chinese 403 page if their client asks for HTML (a browser),
     * else problem+json. Without that split a page refusal went through {@code sendError} to Boot's
     * {@code /error}, which answers every client not asking for HTML (a script's form POST, no
     * Accept header or {@code *}{@code /*}) with its own English JSON, neither page nor problem.
     */
    private static AccessDeniedHandler denied(RequestMatcher api) {
        AccessDeniedHandlerImpl forbidden = new AccessDeniedHandlerImpl();
        AccessDeniedHandler apiDenied = apiDenied();
        RequestMatcher browser = asksForHtml();
        return (request, response, e) -> {
            var step = SignInSteps.pendingStep(SecurityContextHolder.getContext().getAuthentication());
            if (api.matches(request)) {
                apiDenied.handle(request, response, e);
            } else if (step.isPresent()) {
                response.sendRedirect(request.getContextPath() + step.get().page);
            } else if (browser.matches(request)) {
                forbidden.handle(request, response, e);  // sendError: Boot renders templates/error/403.html
            } else {
                apiDenied.handle(request, response, e);
            }
        };
    }

    /** Accept names HTML (a browser); {@code *}{@code /*} alone, or no Accept, is not a request for a page. */
    static RequestMatcher asksForHtml() {
        MediaTypeRequestMatcher html = new MediaTypeRequestMatcher(MediaType.TEXT_HTML, MediaType.APPLICATION_XHTML_XML);
        html.setIgnoredMediaTypes(java.util.Set.of(MediaType.ALL));
        // htmx's boosted navigation accepts anything but swaps the answer into a page
        return request -> html.matches(request) || "true".equals(request.getHeader("HX-Request"));
    }

    static void writeProblem(HttpServletResponse response, int status, String detail) throws java.io.IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + (status == 401 ? "Unauthorized" : "Forbidden")
                + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}");
    }
}
