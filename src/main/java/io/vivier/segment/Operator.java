package io.vivier.segment;

/** What a condition checks, as written in the language. */
public enum Operator {
  EQ("="),
  NE("!="),
  LT("<"),
  LE("<="),
  GT(">"),
  GE(">="),
  IN("in"),
  NOT_IN("not in"),
  CONTAINS("~"),
  EXISTS("exists"),
  WITHIN("within"),
  BEFORE("before"),
  AFTER("after");

  private final String symbol;

  Operator(String symbol) {
    this.symbol = symbol;
  }

  public String symbol() {
    return symbol;
  }

  /** The operators written with a symbol, by symbol. */
  static Operator ofSymbol(String symbol) {
    for (Operator op : values()) {
      if (op.symbol.equals(symbol)) {
        return op;
      }
    }
    throw new IllegalArgumentException(symbol);
  }

  boolean ordering() {
    return this == LT || this == LE || this == GT || this == GE;
  }
}
