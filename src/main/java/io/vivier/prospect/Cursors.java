package io.vivier.prospect;

import io.vivier.web.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Opaque keyset cursors: the sort key of the last row of a page, base64url-encoded. */
final class Cursors {

  private Cursors() {}

  static String encode(String... parts) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(String.join("\u0000", parts).getBytes(StandardCharsets.UTF_8));
  }

  /** The parts of a cursor made by {@link #encode}; a 400 naming {@code cursor} otherwise. */
  static String[] decode(String cursor, int parts) {
    try {
      String[] decoded =
          new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\u0000", -1);
      if (decoded.length == parts) {
        return decoded;
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    throw badCursor();
  }

  static InvalidInputException badCursor() {
    return new InvalidInputException("cursor", "not a cursor given by a previous page; start again without it");
  }

  static long decodeId(String cursor) {
    try {
      return Long.parseLong(decode(cursor, 1)[0]);
    } catch (NumberFormatException e) {
      throw badCursor();
    }
  }

  /** A LIKE pattern matching {@code text} anywhere, with LIKE's wildcards escaped by '\'. */
  static String containsPattern(String text) {
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }
}
