package io.vivier.web;

/** The request clashes with the stored state (a name already taken…). Shown as a 409 problem. */
public class ConflictException extends RuntimeException {

  public ConflictException(String message) {
    super(message);
  }
}
