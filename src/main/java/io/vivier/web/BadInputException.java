package io.vivier.web;

/**
 * Input that cannot be used as a whole (a file that is not a table, an unknown option value), with
 * a message that says what and where; answered with a 400 problem.
 */
public class BadInputException extends RuntimeException {

  public BadInputException(String message) {
    super(message);
  }

  public BadInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
