package io.vivier.segment;

import io.vivier.web.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Opaque cursors of lists by score: the score (or none) and id of the last row of a page. */
final class ScoreCursor {

  private ScoreCursor() {}

  static String encode(JdbcSegmentQueries.Scored last) {
    String text = (last.score() == null ? "-" : last.score().toString()) + ":" + last.id();
    return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  static JdbcSegmentQueries.Scored decode(String cursor) {
    if (cursor == null) {
      return null;
    }
    try {
      String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":", -1);
      if (parts.length == 2) {
        Integer score = parts[0].equals("-") ? null : Integer.valueOf(parts[0]);
        return new JdbcSegmentQueries.Scored(Long.parseLong(parts[1]), score);
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    throw new InvalidInputException("cursor", "not a cursor given by a previous page; start again without it");
  }
}
