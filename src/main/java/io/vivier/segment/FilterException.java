package io.vivier.segment;

import io.vivier.web.BadInputException;

/**
 * A filter that cannot be used, with what is wrong and where: "unknown field 'contry' at 1:1 — did
 * you mean 'country'?". A 400 problem on the API, exit code 1 on the CLI.
 */
public class FilterException extends BadInputException {

  private final Position position;
  private final String reason;
  private final boolean whole;

  public FilterException(String reason, Position position) {
    this(position == null ? reason : reasonAt(reason, position), reason, position, false);
  }

  private FilterException(String message, String reason, Position position, boolean whole) {
    super(message);
    this.reason = reason;
    this.position = position;
    this.whole = whole;
  }

  /**
   * A problem of the filter as a whole found at {@code position} (a cycle of segments, too many
   * conditions once they are expanded): reported as is through the segments that lead to it.
   */
  static FilterException whole(String reason, Position position) {
    return new FilterException(reasonAt(reason, position), reason, position, true);
  }

  /** A problem in the saved filter of segment {@code name}, which the filter names at {@code position}. */
  static FilterException inSegment(String name, Position position, FilterException e) {
    if (e.whole) {
      // what matters is where the filter being read names the first segment of the chain
      return whole(e.reason, position);
    }
    String message = "in segment '" + name + "' (named at " + position + "): " + e.getMessage();
    return new FilterException(message, message, position, false);
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
