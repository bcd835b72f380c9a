package io.vivier.segment;

/**
 * Where something is in a filter's text: the character offset from 0, and the line and column
 * from 1 as people count them.
 */
public record Position(int offset, int line, int column) {

  static final Position START = new Position(0, 1, 1);

  @Override
  public String toString() {
    return line + ":" + column;
  }
}
