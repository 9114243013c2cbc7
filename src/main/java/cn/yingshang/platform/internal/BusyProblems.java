package cn.yingshang.platform.internal;

import cn.yingshang.platform.ServiceBusy;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * 503 with {@code Retry-After} as problem+json, for pages and API alike, when the platform is
 * overloaded or its database does not answer in time (pool exhausted, statement timeout, connection
 * lost): a client should come back, not wait on an open connection.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class BusyProblems {

    private static final Logger log = LoggerFactory.getLogger(BusyProblems.class);
    static final int DATABASE_RETRY_AFTER_SECONDS = 10;

    private final MessageSource messages;

    BusyProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ServiceBusy.class)
    Object busy(ServiceBusy e, jakarta.servlet.http.HttpServletRequest request,
                             jakarta.servlet.http.HttpServletResponse response) {
        return answer(request, response, e.retryAfterSeconds(), e.messageKey());
    }

    @ExceptionHandler({CannotCreateTransactionException.class, DataAccessResourceFailureException.class,
            QueryTimeoutException.class, TransientDataAccessResourceException.class})
    Object databaseAway(RuntimeException e, jakarta.servlet.http.HttpServletRequest request,
                             jakarta.servlet.http.HttpServletResponse response) {
        log.warn("database not available for a request: {}", e.getMessage());
        return answer(request, response, DATABASE_RETRY_AFTER_SECONDS, "platform.busy.database");
    }

    /** A browser on a page gets the Chinese 503 page with the same sentence; anyone else the problem. */
    private Object answer(jakarta.servlet.http.HttpServletRequest request,
                          jakarta.servlet.http.HttpServletResponse response, int retryAfter, String detailKey) {
        if (!request.getRequestURI().startsWith("/api/") && SecurityConfiguration.asksForHtml().matches(request)) {
            org.springframework.web.servlet.ModelAndView page = new org.springframework.web.servlet.ModelAndView("error/503");
            page.setStatus(HttpStatus.SERVICE_UNAVAILABLE);
            page.addObject("message", messages.getMessage(detailKey, null, Locale.SIMPLIFIED_CHINESE));
            page.addObject("status", 503);
            response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(retryAfter));
            return page;
        }
        return problem(retryAfter, detailKey);
    }

    private ResponseEntity<ProblemDetail> problem(int retryAfter, String detailKey) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                messages.getMessage(detailKey, null, Locale.SIMPLIFIED_CHINESE));
        problem.setTitle(messages.getMessage("platform.busy.title", null, Locale.SIMPLIFIED_CHINESE));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Integer.toString(retryAfter))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
