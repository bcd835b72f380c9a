package io.vivier.importing;

/**
 * A file that cannot be imported, with a one-line message naming the file and, where it applies,
 * the row and column: "contacts.csv, row 12: unterminated quoted field starting at column 3".
 * Nothing is written when it is thrown.
 */
public class ImportFileException extends io.vivier.web.BadInputException {

  public ImportFileException(String message) {
    super(message);
  }

  public ImportFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
