package io.vivier.web;

/** A change sent without saying which version it applies to. Shown as a 428 problem. */
public class PreconditionRequiredException extends RuntimeException {

  public PreconditionRequiredException(String message) {
    super(message);
  }
}
