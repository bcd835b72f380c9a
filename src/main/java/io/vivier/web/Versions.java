package io.vivier.web;

/** Reads the record version a client edits, from {@code If-Match} or the body's {@code version}. */
public final class Versions {

  private Versions() {}

  /** The version in an ETag such as {@code "3"} or {@code W/"3"}; a 400 when it is not one. */
  public static Long fromIfMatch(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      return null;
    }
    String tag = ifMatch.strip();
    if (tag.startsWith("W/")) {
      tag = tag.substring(2);
    }
    tag = tag.replace("\"", "");
    try {
      return Long.parseLong(tag);
    } catch (NumberFormatException e) {
      throw new InvalidInputException("If-Match", "must be the ETag of the record, as returned when it was read");
    }
  }

  /** The version to check: from If-Match, else the body's {@code version}; 428 when neither. */
  public static long required(String ifMatch, Object bodyVersion) {
    Long version = fromIfMatch(ifMatch);
    if (version != null) {
      return version;
    }
    if (bodyVersion instanceof Number n) {
      return n.longValue();
    }
    if (bodyVersion != null) {
      throw new InvalidInputException("version", "must be the version number of the record you edited");
    }
    throw new PreconditionRequiredException(
        "send the version you edited, in an If-Match header (the ETag of your GET) or as \"version\" in the body,"
            + " so that changes made by others meanwhile are not overwritten");
  }
}
