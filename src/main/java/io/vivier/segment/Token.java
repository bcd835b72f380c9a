package io.vivier.segment;

import java.util.Locale;

/**
 * One token of a filter. {@code text} is the value: a word as written, a string with its escapes
 * resolved, an operator.
 */
record Token(Kind kind, String text, Position position) {

  enum Kind {
    /** A bare run of letters, digits and {@code _ . - : + @}: a field, a keyword, a value. */
    WORD,
    /** A quoted string. */
    STRING,
    /** {@code = != < <= > >= ~} */
    OPERATOR,
    LEFT,
    RIGHT,
    COMMA,
    END
  }

  /** True for a bare word equal to {@code keyword}, any case. */
  boolean is(String keyword) {
    return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
  }

  String lower() {
    return text.toLowerCase(Locale.ROOT);
  }

  /** How the token reads in a message. */
  String describe() {
    return switch (kind) {
      case END -> "the end of the filter";
      case STRING -> "\"" + shorten(text) + "\"";
      default -> "'" + shorten(text) + "'";
    };
  }

  private static String shorten(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }
}
