package cn.yingshang.platform.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

/**
 * Every POST form rendered with {@code th:action} gets a hidden one-time submission token, the way
 * it gets its CSRF token: Thymeleaf asks the {@code requestDataValueProcessor} bean for extra hidden
 * fields, and this wraps Spring Security's one to add {@value OnceOnlyRequests#FORM_FIELD}. So no
 * template of any module needs to remember it, and {@link OnceOnlyRequests} makes a double submit
 * give one object.
 */
@Configuration(proxyBeanMethods = false)
class SubmissionTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String GET_FORM = SubmissionTokens.class.getName() + ".GET";

    static String newToken() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    @Bean
    static BeanPostProcessor submissionTokenFields() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof RequestDataValueProcessor csrf && "requestDataValueProcessor".equals(beanName)) {
                    return new WithSubmissionToken(csrf);
                }
                return bean;
            }
        };
    }

    /** After Spring Security, so the token is scoped to the signed-in user. */
    @Bean
    FilterRegistrationBean<OnceOnlyRequests> onceOnlyRequests(IdempotencyKeys keys, MessageSource messages) {
        FilterRegistrationBean<OnceOnlyRequests> registration = new FilterRegistrationBean<>(new OnceOnlyRequests(keys, messages));
        registration.setOrder(0);
        registration.addUrlPatterns("/*");
        return registration;
    }

    private record WithSubmissionToken(RequestDataValueProcessor delegate) implements RequestDataValueProcessor {

        @Override
        public String processAction(HttpServletRequest request, String action, String httpMethod) {
            if (httpMethod == null || "get".equalsIgnoreCase(httpMethod)) {
                request.setAttribute(GET_FORM, Boolean.TRUE);
            } else {
                request.removeAttribute(GET_FORM);
            }
            return delegate.processAction(request, action, httpMethod);
        }

        @Override
        public String processFormFieldValue(HttpServletRequest request, String name, String value, String type) {
            return delegate.processFormFieldValue(request, name, value, type);
        }

        @Override
        public Map<String, String> getExtraHiddenFields(HttpServletRequest request) {
            Map<String, String> fields = new LinkedHashMap<>();
            Map<String, String> csrf = delegate.getExtraHiddenFields(request);
            if (csrf != null) {
                fields.putAll(csrf);
            }
            if (request.getAttribute(GET_FORM) == null) {
                fields.put(OnceOnlyRequests.FORM_FIELD, newToken());
            }
            request.removeAttribute(GET_FORM);
            return fields;
        }

        @Override
        public String processUrl(HttpServletRequest request, String url) {
            return delegate.processUrl(request, url);
        }
    }
}
