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

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    @ResponseStatus(HttpStatus.CONTENT_TOO_LARGE)
    String tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request, Model model) throws MaxUploadSizeExceededException {
        String path = request.getRequestURI();
        if (!path.startsWith("/public/appeals") && !path.startsWith("/enterprise/appeals") && !path.startsWith("/workbench/appeals")) {
            throw e;
        }
        model.addAttribute("message", "附件超过大小限制：每个附件不超过1MB，最多" + AppealService.MAX_FILES + "个。诉求未保存，请返回修改后重新提交。");
        return "appeal/upload-too-large";
    }
}
