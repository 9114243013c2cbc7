package cn.yingshang.appeal.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An appeal form whose upload exceeds the servlet's size limit never reaches a controller; this
 * answers it with a Chinese page instead of the container's English problem. Other paths keep the
 * platform's default handling.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadTooLarge {

    private final org.springframework.context.MessageSource messages;

    UploadTooLarge(org.springframework.context.MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    @ResponseStatus(HttpStatus.CONTENT_TOO_LARGE)
    Object tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request, Model model) {
        String path = request.getRequestURI();
        if (!path.startsWith("/public/appeals") && !path.startsWith("/enterprise/appeals") && !path.startsWith("/workbench/appeals")) {
            return elsewhere(request);
        }
        model.addAttribute("message", AppealText.text("appeal.upload.tooLarge", SubmittingAppeal.MAX_FILES));
        return "appeal/upload-too-large";
    }

    /**
     * Any other form: the platform's Chinese 413 page for a browser, a Chinese problem for a client.
     * (Rethrowing reached Boot's error dispatch, which parsed the oversized body again and answered empty.)
     */
    private Object elsewhere(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        if ((accept != null && accept.contains("text/html")) || "true".equals(request.getHeader("HX-Request"))) {
            org.springframework.web.servlet.ModelAndView page = new org.springframework.web.servlet.ModelAndView("error/413");
            page.setStatus(HttpStatus.CONTENT_TOO_LARGE);
            return page;
        }
        org.springframework.http.ProblemDetail problem = org.springframework.http.ProblemDetail.forStatusAndDetail(
                HttpStatus.CONTENT_TOO_LARGE, messages.getMessage("error.413.body", null, java.util.Locale.SIMPLIFIED_CHINESE));
        problem.setTitle(messages.getMessage("error.413.title", null, java.util.Locale.SIMPLIFIED_CHINESE));
        return org.springframework.http.ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
