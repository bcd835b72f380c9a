package io.vivier.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Errors of the web UI's pages as pages in the user's language, never a stack trace; and what every
 * page's layout needs. Unexpected failures go on to Spring Boot's error page ({@code error.html}).
 */
@ControllerAdvice(annotations = WebUi.class)
class PageErrors {

  private final FieldMessages fieldMessages;

  PageErrors(FieldMessages fieldMessages) {
    this.fieldMessages = fieldMessages;
  }

  @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class})
  ModelAndView notFound() {
    return errorPage(HttpStatus.NOT_FOUND, Map.of());
  }

  /** Input no form field shows (a stale link, a forged request): say what was wrong. */
  @ExceptionHandler
  ModelAndView invalidInput(InvalidInputException e, Locale locale) {
    return errorPage(HttpStatus.BAD_REQUEST, fieldMessages.of(e, locale));
  }

  /** The current page in French and in English, for the language switch. */
  @ModelAttribute("languageLinks")
  Map<String, String> languageLinks(HttpServletRequest request) {
    Map<String, String> links = new LinkedHashMap<>();
    for (String language : WebConfiguration.LANGUAGES) {
      UriComponentsBuilder link = UriComponentsBuilder.fromPath(request.getRequestURI());
      if ("GET".equals(request.getMethod())) {
        link.query(request.getQueryString());
      }
      links.put(language, link.replaceQueryParam("lang", language).build().toUriString());
    }
    return links;
  }

  private static ModelAndView errorPage(HttpStatus status, Map<String, String> problems) {
    ModelAndView page = new ModelAndView("error", status);
    page.addObject("status", status.value());
    page.addObject("problems", problems);
    return page;
  }
}
