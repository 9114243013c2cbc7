package cn.yingshang.platform.internal;

import cn.yingshang.shared.DomainViolation;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.http.converter.HttpMessageNotReadableException;

/** RFC 9457 problem+json with a Chinese detail for every error the API reports. */
@RestControllerAdvice(annotations = RestController.class)
// After BusyProblems (HIGHEST_PRECEDENCE): with equal orders this advice's Exception handler could take a ServiceBusy first.
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 10)
class ApiProblems {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ApiProblems.class);

    private static final java.util.regex.Pattern CHINESE = java.util.regex.Pattern.compile("\\p{IsHan}");

    private final org.springframework.context.MessageSource messages;

    ApiProblems(org.springframework.context.MessageSource messages) {
        this.messages = messages;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, java.util.Locale.SIMPLIFIED_CHINESE);
    }

    private ProblemDetail badRequest(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle(text("problem.title.bad-request"));
        return problem;
    }

    /** A lost race on a status-guarded change, or a second record where the domain allows one. */
    @ExceptionHandler(cn.yingshang.shared.ConflictingChange.class)
    ProblemDetail conflict(cn.yingshang.shared.ConflictingChange e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle(text("problem.title.conflict"));
        return problem;
    }

    @ExceptionHandler(org.springframework.dao.DuplicateKeyException.class)
    ProblemDetail duplicate(org.springframework.dao.DuplicateKeyException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, text("problem.duplicate"));
        problem.setTitle(text("problem.title.conflict"));
        return problem;
    }

    /** Values PostgreSQL refuses (too long, numeric overflow, check constraint) are the caller's input. */
    @ExceptionHandler(org.springframework.dao.DataIntegrityViolationException.class)
    ProblemDetail data(org.springframework.dao.DataIntegrityViolationException e) {
        log.info("input refused by the database: {}", e.getMostSpecificCause().getMessage());
        return badRequest(text("problem.data"));
    }

    /** Parsing a code, enum, number or date from the caller's text failed in a value object or valueOf. */
    @ExceptionHandler({IllegalArgumentException.class, java.time.DateTimeException.class, ArithmeticException.class,
            org.springframework.core.convert.ConversionException.class, org.springframework.beans.TypeMismatchException.class})
    ProblemDetail badValue(RuntimeException e) {
        log.debug("bad input", e);
        if (e instanceof java.time.DateTimeException) {
            return badRequest(text("problem.date"));
        }
        return badRequest(text("problem.bad-request"));
    }

    @ExceptionHandler(org.springframework.web.method.annotation.HandlerMethodValidationException.class)
    ProblemDetail methodValidation(org.springframework.web.method.annotation.HandlerMethodValidationException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.getParameterValidationResults().forEach(r -> r.getResolvableErrors().forEach(error -> errors.putIfAbsent(
                r.getMethodParameter().getParameterName() == null ? "_" : r.getMethodParameter().getParameterName(),
                error.getDefaultMessage())));
        ProblemDetail problem = badRequest(text("problem.out-of-range",
                String.join(text("problem.separator"), errors.entrySet().stream().map(x -> x.getKey() + " " + x.getValue()).toList())));
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(jakarta.validation.ConstraintViolationException.class)
    ProblemDetail constraint(jakarta.validation.ConstraintViolationException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.getConstraintViolations().forEach(v -> errors.putIfAbsent(v.getPropertyPath().toString(), v.getMessage()));
        ProblemDetail problem = badRequest(text("problem.out-of-range",
                String.join(text("problem.separator"), errors.entrySet().stream().map(x -> x.getKey() + " " + x.getValue()).toList())));
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler({org.springframework.web.bind.ServletRequestBindingException.class})
    ProblemDetail binding(Exception e) {
        return badRequest(text("problem.bad-request"));
    }

    @ExceptionHandler(org.springframework.web.HttpRequestMethodNotSupportedException.class)
    ProblemDetail method(Exception e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.METHOD_NOT_ALLOWED, text("problem.method"));
    }

    @ExceptionHandler(org.springframework.web.HttpMediaTypeNotSupportedException.class)
    ProblemDetail mediaType(Exception e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE, text("problem.media-type"));
    }

    @ExceptionHandler(org.springframework.web.HttpMediaTypeNotAcceptableException.class)
    ProblemDetail notAcceptable(Exception e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_ACCEPTABLE, text("problem.not-acceptable"));
    }

    @ExceptionHandler(org.springframework.web.servlet.resource.NoResourceFoundException.class)
    ProblemDetail noResource(Exception e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, text("problem.not-found"));
    }

    /** Anything else is our fault: logged in full, answered without exception or class names. */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) throws Exception {
        if (e instanceof org.springframework.security.core.AuthenticationException) {
            throw e;
        }
        if (e instanceof org.springframework.web.ErrorResponse response) {
            ProblemDetail problem = response.getBody();
            if (problem.getDetail() == null || !CHINESE.matcher(problem.getDetail()).find()) {
                problem.setDetail(text(switch (problem.getStatus()) {
                    case 404 -> "problem.not-found";
                    case 405 -> "problem.method";
                    case 406 -> "problem.not-acceptable";
                    case 415 -> "problem.media-type";
                    default -> problem.getStatus() < 500 ? "problem.bad-request" : "problem.server";
                }));
            }
            return problem;
        }
        log.error("unexpected error answering an API request", e);
        return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, text("problem.server"));
    }

    /** The detail in the caller's language (a cookie or Accept-Language does not reach the API: Chinese). */
    @ExceptionHandler(DomainViolation.class)
    ProblemDetail violation(DomainViolation e, java.util.Locale locale) {
        String detail = cn.yingshang.platform.ViolationText.of(e, messages, locale);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, detail);
        problem.setTitle(text("problem.violation.title"));
        if (e.field() != null) {
            problem.setProperty("errors", Map.of(e.field(), detail));
        }
        return problem;
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalid(MethodArgumentNotValidException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            errors.putIfAbsent(error.getField(), error.getDefaultMessage());
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                text("problem.invalid.detail", String.join(text("problem.invalid.separator"),
                        errors.entrySet().stream().map(x -> x.getKey() + " " + x.getValue()).toList())));
        problem.setTitle(text("problem.invalid.title"));
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler({MissingServletRequestParameterException.class})
    ProblemDetail missing(MissingServletRequestParameterException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, text("problem.parameter.missing", e.getParameterName()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mismatch(MethodArgumentTypeMismatchException e) {
        return badRequest(text("problem.mismatch", e.getName()));
    }

    @ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
    ProblemDetail multipart(org.springframework.web.multipart.MultipartException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, text("problem.multipart"));
    }

    @ExceptionHandler(org.springframework.web.multipart.support.MissingServletRequestPartException.class)
    ProblemDetail missingPart(org.springframework.web.multipart.support.MissingServletRequestPartException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, text("problem.part.missing", e.getRequestPartName()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        if (org.springframework.core.NestedExceptionUtils.getMostSpecificCause(e) instanceof RequestBodyLimit.TooLarge) {
            return ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                    messages.getMessage("platform.body.tooLarge", null, org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        }
        return badRequest(text("problem.unreadable"));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, text("problem.upload.too-large"));
    }

    @ExceptionHandler(NoSuchElementException.class)
    ProblemDetail notFound(NoSuchElementException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                e.getMessage() != null && CHINESE.matcher(e.getMessage()).find() ? e.getMessage() : text("problem.not-found"));
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ProblemDetail denied(RuntimeException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, text("problem.forbidden"));
    }
}
