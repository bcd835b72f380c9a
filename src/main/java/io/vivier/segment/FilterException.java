package io.vivier.segment;

import io.vivier.web.BadInputException;

/**
 * A filter that cannot be used, with what is wrong and where: "unknown field 'contry' at 1:1 — did
 * you mean 'country'?". A 400 problem on the API, exit code 1 on the CLI.
 */
public class FilterException extends BadInputException {

  private final Position position;
  private final String reason;

  public FilterException(String reason, Position position) {
    super(position == null ? reason : reasonAt(reason, position));
    this.reason = reason;
    this.position = position;
  }

  /** Where the problem is, or null when it concerns the filter as a whole (its length). */
  public Position position() {
    return position;
  }

  /** The message without its position. */
  public String reason() {
    return reason;
  }

  /** "unknown field 'x' — did you mean 'y'?" becomes "unknown field 'x' at 1:1 — did you mean 'y'?". */
  private static String reasonAt(String reason, Position position) {
    int hint = reason.indexOf(" — ");
    return hint < 0 ? reason + " at " + position : reason.substring(0, hint) + " at " + position + reason.substring(hint);
  }
}
