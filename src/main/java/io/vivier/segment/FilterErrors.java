package io.vivier.segment;

import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A bad filter on any endpoint (the people list included) as a 400 problem that says where:
 * {@code detail} has the message with its line:column, and {@code line}, {@code column},
 * {@code offset} give the position to a list builder that underlines it.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class FilterErrors {

  private static final URI INVALID_FILTER = URI.create("https://vivier.io/problems/invalid-filter");

  @ExceptionHandler
  ProblemDetail invalidFilter(FilterException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    problem.setType(INVALID_FILTER);
    problem.setTitle("Invalid filter");
    problem.setProperty("field", "filter");
    if (e.position() != null) {
      problem.setProperty("line", e.position().line());
      problem.setProperty("column", e.position().column());
      problem.setProperty("offset", e.position().offset());
    }
    return problem;
  }
}
