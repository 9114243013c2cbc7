package cn.yingshang.platform.internal;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Where every error the container or a filter reports ends ({@code sendError}: refused access, an
 * upload over the limit, a throttled post, a failure nobody caught). A browser gets the Chinese page
 * of {@code templates/error/<status>.html} saying what to do next (also when htmx asks, with
 * {@code Accept: *}{@code /*}, so a boosted link shows the page rather than raw JSON); any other client
 * gets an RFC 9457 problem in Chinese instead of Boot's English JSON.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class PlatformErrorController extends BasicErrorController {

    private final MessageSource messages;

    PlatformErrorController(ErrorAttributes attributes, WebProperties web, List<ErrorViewResolver> resolvers,
                            MessageSource messages) {
        super(attributes, web.getError(), resolvers);
        this.messages = messages;
    }

    /** htmx's boosted navigation sends {@code HX-Request} and accepts anything: it is a browser. */
    @RequestMapping(headers = "HX-Request=true")
    public ModelAndView errorForHtmx(HttpServletRequest request, HttpServletResponse response) {
        return errorHtml(request, response);
    }

    @Override
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        HttpStatus status = getStatus(request);
        if (status == HttpStatus.NO_CONTENT) {
            return new ResponseEntity<>(status);
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", text(status, "title"));
        problem.put("status", status.value());
        problem.put("detail", text(status, "body"));
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (path != null) {
            problem.put("instance", path);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @Override
    public ResponseEntity<String> mediaTypeNotAcceptable(HttpServletRequest request) {
        return ResponseEntity.status(getStatus(request)).build();
    }

    /** The page's own title and text; a status without a page of its own speaks as its family (4xx, 5xx). */
    private String text(HttpStatus status, String part) {
        String family = status.is5xxServerError() ? "500" : "400";
        String fallback = messages.getMessage("error." + family + "." + part, null, Locale.SIMPLIFIED_CHINESE);
        return messages.getMessage("error." + status.value() + "." + part, null, fallback, Locale.SIMPLIFIED_CHINESE);
    }
}
