package io.vivier.segment;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a filter into tokens, each with its line and column. Strings are in double or single
 * quotes with {@code \"}, {@code \'} and {@code \\} as escapes. Linear in the text's length.
 */
final class Lexer {

  private final String text;
  private int offset;
  private int line = 1;
  private int lineStart;

  private Lexer(String text) {
    this.text = text;
  }

  static List<Token> tokens(String text) {
    return new Lexer(text).all();
  }

  private List<Token> all() {
    List<Token> tokens = new ArrayList<>();
    while (true) {
      skipSpace();
      if (offset >= text.length()) {
        tokens.add(new Token(Token.Kind.END, "", position()));
        return tokens;
      }
      tokens.add(next());
    }
  }

  private Token next() {
    Position at = position();
    char c = text.charAt(offset);
    switch (c) {
      case '(':
        offset++;
        return new Token(Token.Kind.LEFT, "(", at);
      case ')':
        offset++;
        return new Token(Token.Kind.RIGHT, ")", at);
      case ',':
        offset++;
        return new Token(Token.Kind.COMMA, ",", at);
      case '=':
      case '~':
        offset++;
        return new Token(Token.Kind.OPERATOR, String.valueOf(c), at);
      case '<':
      case '>':
        offset++;
        if (offset < text.length() && text.charAt(offset) == '=') {
          offset++;
          return new Token(Token.Kind.OPERATOR, c + "=", at);
        }
        return new Token(Token.Kind.OPERATOR, String.valueOf(c), at);
      case '!':
        if (offset + 1 < text.length() && text.charAt(offset + 1) == '=') {
          offset += 2;
          return new Token(Token.Kind.OPERATOR, "!=", at);
        }
        throw new FilterException("unexpected '!' (write != for 'is not', or not before a condition)", at);
      case '"':
      case '\'':
        return string(c, at);
      default:
        if (isWordStart(c)) {
          return word(at);
        }
        throw new FilterException("unexpected character " + describe(c), at);
    }
  }

  private Token string(char quote, Position at) {
    StringBuilder value = new StringBuilder();
    offset++;
    while (offset < text.length()) {
      char c = text.charAt(offset);
      if (c == quote) {
        offset++;
        return new Token(Token.Kind.STRING, value.toString(), at);
      }
      if (c == '\\') {
        Position escapeAt = position();
        if (offset + 1 >= text.length()) {
          break;
        }
        char escaped = text.charAt(offset + 1);
        if (escaped != '"' && escaped != '\'' && escaped != '\\') {
          throw new FilterException("unknown escape \\" + escaped + " in a string (only \\\", \\' and \\\\)", escapeAt);
        }
        value.append(escaped);
        offset += 2;
        continue;
      }
      if (c == '\n') {
        newLine();
      } else {
        offset++;
      }
      value.append(c);
    }
    throw new FilterException("unterminated string: the " + (quote == '"' ? "\"" : "'") + " opened here is never closed", at);
  }

  private Token word(Position at) {
    int start = offset;
    while (offset < text.length() && isWordPart(text.charAt(offset))) {
      offset++;
    }
    return new Token(Token.Kind.WORD, text.substring(start, offset), at);
  }

  /** A value written as a quoted string of the language, escapes included: what {@link #tokens} reads back as it was. */
  static String quote(String value) {
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  static boolean isWordStart(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '+';
  }

  static boolean isWordPart(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-' || c == ':' || c == '+' || c == '@';
  }

  private void skipSpace() {
    while (offset < text.length()) {
      char c = text.charAt(offset);
      if (c == '\n') {
        newLine();
      } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        offset++;
      } else {
        return;
      }
    }
  }

  private void newLine() {
    offset++;
    line++;
    lineStart = offset;
  }

  private Position position() {
    return new Position(offset, line, offset - lineStart + 1);
  }

  private static String describe(char c) {
    if (Character.isISOControl(c) || Character.isSurrogate(c)) {
      return String.format("U+%04X", (int) c);
    }
    return "'" + c + "'" + (c == ';' ? " — conditions are joined with and / or" : "");
  }
}
