package cn.yingshang.platform.internal;

import cn.yingshang.platform.ViolationText;
import cn.yingshang.shared.DomainViolation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * What a page controller did not catch itself. A refused action on a form (a lost race, a rule)
 * goes back to the page it came from with its message (in the reader's language) as a flash; malformed input shows
 * the 400 page in Chinese. Neither is a 500. Ordered before Spring's own problem-details advice
 * (which would answer a page with English JSON) and after {@link ApiProblems}, which answers the API.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class PageProblems {

    private final MessageSource messages;

    PageProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(DomainViolation.class)
    ModelAndView refused(DomainViolation e, HttpServletRequest request, HttpServletResponse response) {
        String back = sameOriginReferer(request);
        if ("POST".equals(request.getMethod()) && back != null) {
            RequestContextUtils.getOutputFlashMap(request).put("flash", ViolationText.of(e, messages, RequestContextUtils.getLocale(request)));
            return new ModelAndView("redirect:" + back);
        }
        return page(response, e instanceof cn.yingshang.shared.ConflictingChange ? 409 : 400,
                ViolationText.of(e, messages, RequestContextUtils.getLocale(request)));
    }

    @ExceptionHandler({IllegalArgumentException.class, java.time.DateTimeException.class, ArithmeticException.class,
            org.springframework.beans.TypeMismatchException.class, org.springframework.core.convert.ConversionException.class,
            org.springframework.web.bind.ServletRequestBindingException.class,
            org.springframework.web.method.annotation.HandlerMethodValidationException.class,
            org.springframework.validation.BindException.class, org.springframework.http.converter.HttpMessageNotReadableException.class,
            org.springframework.web.multipart.MultipartException.class,
            org.springframework.web.multipart.support.MissingServletRequestPartException.class,
            org.springframework.dao.DataIntegrityViolationException.class})
    ModelAndView malformed(Exception e, HttpServletResponse response) {
        if (e instanceof org.springframework.dao.DuplicateKeyException) {
            return page(response, 409, messages.getMessage("conflict.duplicate", null, Locale.SIMPLIFIED_CHINESE));
        }
        return page(response, 400, messages.getMessage("error.400.body", null, Locale.SIMPLIFIED_CHINESE));
    }

    @ExceptionHandler(NoSuchElementException.class)
    ModelAndView notFound(NoSuchElementException e, HttpServletResponse response) {
        ModelAndView view = page(response, 404, e.getMessage());
        view.setViewName("error/404");
        return view;
    }

    private static ModelAndView page(HttpServletResponse response, int status, String message) {
        response.setStatus(status);
        ModelAndView view = new ModelAndView("error/400");
        view.setStatus(org.springframework.http.HttpStatusCode.valueOf(status));
        view.addObject("message", message);
        view.addObject("status", status);
        return view;
    }

    /** Only a path on this host: an open redirect through the Referer header must not be possible. */
    private static String sameOriginReferer(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer == null) {
            return null;
        }
        try {
            URI uri = URI.create(referer);
            if (uri.getHost() != null && !uri.getHost().equalsIgnoreCase(request.getServerName())) {
                return null;
            }
            String path = uri.getRawPath();
            if (path == null || !path.startsWith("/") || path.startsWith("//")) {
                return null;
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
