package cn.yingshang.platform.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The language a page is shown in: Chinese, or Uyghur ({@code ug-CN}, right to left) where the pages
 * are translated. The choice lives in a cookie ({@code lang}), so every node answers the same without
 * server-side state, and {@code ?lang=ug-CN} / {@code ?lang=zh-CN} on any page changes it.
 *
 * <p>Which pages are translated is decided by path, not by the bundle: the public portal, the
 * enterprise portal and what they share (home, sign-in, error pages, own account pages) have
 * {@code *_ug.properties} translations kept at a measured coverage ({@code UyghurCoverageTest}); the
 * workbench and the cockpit have none, so there the resolver answers Chinese whatever the cookie
 * says, and a page never mixes two languages because a few shared keys happen to be translated.
 * A portal joins by adding its prefix to {@link #TRANSLATED} once its templates are translated.
 */
@Configuration
class PortalLocale implements WebMvcConfigurer {

    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    static final Locale UYGHUR = Locale.forLanguageTag("ug-CN");
    static final String COOKIE = "lang";

    /** Path prefixes whose pages are translated into Uyghur. */
    static final List<String> TRANSLATED = List.of("/public", "/enterprise", "/login", "/error", "/account", "/notifications");

    /** Named so Spring Boot's fixed resolver steps aside; DispatcherServlet looks it up by this name. */
    @Bean(name = "localeResolver")
    LocaleResolver localeResolver() {
        return new Resolver();
    }

    /**
     * {@code ?lang=} is read from the query string only: Spring's LocaleChangeInterceptor asks for a request
     * parameter, which makes the container parse a form body, and an oversized one then fails before the
     * Chinese 413 page can answer it.
     */
    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new org.springframework.web.servlet.HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                String lang = queryParameter(request.getQueryString());
                if (lang != null) {
                    LocaleResolver resolver = org.springframework.web.servlet.support.RequestContextUtils.getLocaleResolver(request);
                    if (resolver != null) {
                        resolver.setLocale(request, response, Locale.forLanguageTag(lang.replace('_', '-')));
                    }
                }
                return true;
            }
        });
    }

    static String queryParameter(String query) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith(COOKIE + "=")) {
                return java.net.URLDecoder.decode(pair.substring(COOKIE.length() + 1), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    static boolean translated(String path) {
        if (path == null || path.equals("/")) {
            return true;
        }
        return TRANSLATED.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"));
    }

    /** Only the two languages the platform has; anything else a cookie or parameter names is Chinese. */
    static Locale supported(Locale locale) {
        return locale != null && "ug".equals(locale.getLanguage()) ? UYGHUR : CHINESE;
    }

    static final class Resolver extends CookieLocaleResolver {

        Resolver() {
            super(COOKIE);
            setDefaultLocale(CHINESE);
            setCookieMaxAge(Duration.ofDays(365));
            setCookiePath("/");
            setCookieSameSite("Lax");
            setDefaultLocaleFunction(request -> CHINESE);
        }

        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            Locale chosen = supported(super.resolveLocale(request));
            String path = request.getRequestURI().substring(request.getContextPath().length());
            return translated(path) ? chosen : CHINESE;
        }

        @Override
        public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
            super.setLocale(request, response, locale == null ? null : supported(locale));
        }
    }
}
