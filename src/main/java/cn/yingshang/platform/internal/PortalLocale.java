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
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

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

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName(COOKIE);
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
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
