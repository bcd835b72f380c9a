package io.vivier.cli;

/** A mistake in a command's arguments or input that the message explains; exit code 1. */
public class UserInputException extends RuntimeException {

  public UserInputException(String message) {
    super(message);
  }
}
