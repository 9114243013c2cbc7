package cn.yingshang.cockpit.internal;

import java.util.NoSuchElementException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

/** A cockpit page asked for something that does not exist (or is not the user's) shows the 404 page, not a 500. */
@ControllerAdvice(basePackageClasses = CockpitPageErrors.class, annotations = Controller.class)
class CockpitPageErrors {

    @ExceptionHandler(NoSuchElementException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ModelAndView notFound(NoSuchElementException e) {
        ModelAndView view = new ModelAndView("error/404");
        view.addObject("message", e.getMessage());
        return view;
    }
}
