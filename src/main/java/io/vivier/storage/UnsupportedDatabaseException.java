package io.vivier.storage;

/** A database URL Vivier cannot use; the message says which kinds it accepts. */
public class UnsupportedDatabaseException extends IllegalArgumentException {

  public UnsupportedDatabaseException(String message) {
    super(message);
  }
}
