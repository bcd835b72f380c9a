package io.vivier.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * Every error of the REST API as an RFC 9457 problem: a status, a title, a detail a person can act
 * on and, for invalid input, {@code errors}: one {@code {field, message}} per bad field. Internal
 * failures are logged with their stack trace and answered with a plain 500 that reveals nothing.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiErrors extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);
  private static final URI INVALID_FIELDS = URI.create("https://vivier.io/problems/invalid-fields");

  @ExceptionHandler
  ProblemDetail invalidInput(InvalidInputException e) {
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
    problem.setType(INVALID_FIELDS);
    problem.setTitle("Invalid fields");
    List<FieldError> errors = e.errors();
    problem.setDetail(
        errors.size() == 1
            ? errors.get(0).field() + ": " + errors.get(0).message()
            : errors.size() + " fields are invalid: "
                + String.join(", ", errors.stream().map(FieldError::field).toList()));
    problem.setProperty("errors", errors.stream().map(f -> Map.of("field", f.field(), "message", f.message())).toList());
    return problem;
  }

  @ExceptionHandler
  ProblemDetail badInput(BadInputException e) {
    return problem(HttpStatus.BAD_REQUEST, "Bad input", e.getMessage());
  }

  @ExceptionHandler
  ProblemDetail notFound(NotFoundException e) {
    return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> versionConflict(VersionConflictException e) {
    ProblemDetail problem = problem(HttpStatus.PRECONDITION_FAILED, "Edited by someone else", e.getMessage());
    problem.setProperty("current_version", e.currentVersion());
    return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED)
        .eTag(Long.toString(e.currentVersion()))
        .body(problem);
  }

  @ExceptionHandler
  ProblemDetail conflict(ConflictException e) {
    return problem(HttpStatus.CONFLICT, "Conflict", e.getMessage());
  }

  @ExceptionHandler
  ProblemDetail preconditionRequired(PreconditionRequiredException e) {
    return problem(HttpStatus.PRECONDITION_REQUIRED, "Version required", e.getMessage());
  }

  @ExceptionHandler
  ProblemDetail forbidden(AccessDeniedException e) {
    return problem(HttpStatus.FORBIDDEN, "Forbidden", e.getMessage());
  }

  @ExceptionHandler
  ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
    return invalidInput(new InvalidInputException(e.getName(), "not a valid value"));
  }

  @ExceptionHandler
  ProblemDetail internal(Exception e, HttpServletRequest request) {
    log.error("Internal error on {} {}", request.getMethod(), request.getRequestURI(), e);
    return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
        "something went wrong on our side; the error was logged and nothing was changed");
  }

  /** A body that is not JSON, or JSON of the wrong shape: say where, never echo the content. */
  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String detail = "the request body is not a JSON object";
    if (e.getCause() instanceof JacksonException json && json.getLocation() != null) {
      detail = "the request body is not valid JSON (line " + json.getLocation().getLineNr() + ", column "
          + json.getLocation().getColumnNr() + "): " + json.getOriginalMessage();
    } else if (e.getMessage() != null && e.getMessage().startsWith("Required request body is missing")) {
      detail = "the request needs a JSON body";
    }
    return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Malformed request body", detail));
  }

  private static ProblemDetail problem(HttpStatus status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    return problem;
  }
}
