package io.vivier.web;

/** The requested record does not exist (or no longer does). Shown as a 404 problem. */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String what, Object id) {
    super(what + " " + id + " does not exist");
  }
}
