package cn.yingshang.platform.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors raised before any controller is chosen (no such page, a trailing slash, a method the URL
 * does not take) or by a handler neither {@link PageProblems} nor {@link ApiProblems} covers. Spring's
 * own problem-details advice would answer a browser with English JSON; this hands the status to
 * {@link PlatformErrorController}, which answers a browser with the Chinese page and an API client with
 * a Chinese problem. Ordered after the two, before Boot's advice.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 300)
class HandlerlessProblems {

    @ExceptionHandler({org.springframework.web.servlet.resource.NoResourceFoundException.class,
            org.springframework.web.servlet.NoHandlerFoundException.class,
            HttpRequestMethodNotSupportedException.class,
            org.springframework.web.HttpMediaTypeNotSupportedException.class,
            org.springframework.web.HttpMediaTypeNotAcceptableException.class,
            org.springframework.web.bind.ServletRequestBindingException.class,
            org.springframework.web.multipart.support.MissingServletRequestPartException.class,
            org.springframework.web.bind.MethodArgumentNotValidException.class,
            org.springframework.web.method.annotation.HandlerMethodValidationException.class,
            org.springframework.web.ErrorResponseException.class})
    ModelAndView status(Exception e, HttpServletResponse response) throws IOException {
        if (e instanceof HttpRequestMethodNotSupportedException m && m.getSupportedHttpMethods() != null) {
            response.setHeader("Allow", String.join(", ", m.getSupportedHttpMethods().stream().map(Object::toString).toList()));
        }
        response.sendError(((ErrorResponse) e).getStatusCode().value());
        return new ModelAndView();
    }

    @ExceptionHandler({org.springframework.beans.TypeMismatchException.class,
            org.springframework.http.converter.HttpMessageNotReadableException.class})
    ModelAndView badRequest(Exception e, HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        return new ModelAndView();
    }
}
