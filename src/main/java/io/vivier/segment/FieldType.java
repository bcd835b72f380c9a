package io.vivier.segment;

import static io.vivier.segment.Operator.AFTER;
import static io.vivier.segment.Operator.BEFORE;
import static io.vivier.segment.Operator.CONTAINS;
import static io.vivier.segment.Operator.EQ;
import static io.vivier.segment.Operator.EXISTS;
import static io.vivier.segment.Operator.GE;
import static io.vivier.segment.Operator.GT;
import static io.vivier.segment.Operator.IN;
import static io.vivier.segment.Operator.LE;
import static io.vivier.segment.Operator.LT;
import static io.vivier.segment.Operator.NE;
import static io.vivier.segment.Operator.NOT_IN;
import static io.vivier.segment.Operator.WITHIN;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** The kinds of value a field holds, each with the operators that make sense for it. */
public enum FieldType {
  /** Free text: exact comparison, or {@code ~} for "contains", ignoring case and accents. */
  TEXT("text", EnumSet.of(EQ, NE, IN, NOT_IN, CONTAINS, EXISTS)),
  /** One of a fixed set of values (stage, seniority…), checked when the filter is read. */
  ENUM("choice", EnumSet.of(EQ, NE, IN, NOT_IN, EXISTS)),
  /** A user, by username. */
  USER("user", EnumSet.of(EQ, NE, IN, NOT_IN, EXISTS)),
  NUMBER("number", EnumSet.of(EQ, NE, LT, LE, GT, GE, IN, NOT_IN, EXISTS)),
  DATE("date", EnumSet.of(WITHIN, BEFORE, AFTER, EXISTS)),
  /** True or false, never missing: {@code email_bounced}, {@code not free_mail}. */
  BOOLEAN("yes/no", EnumSet.of(EQ, NE)),
  /** A set of words: {@code tag = x} means "has the tag x". */
  TAGS("tags", EnumSet.of(EQ, NE, IN, NOT_IN, EXISTS)),
  /** A custom attribute (JSON): the literal's type chooses how to compare. */
  ATTRIBUTE("attribute", EnumSet.of(EQ, NE, LT, LE, GT, GE, IN, NOT_IN, CONTAINS, EXISTS)),
  /** A saved segment, by name: its filter, as it is now. */
  SEGMENT("segment", EnumSet.of(EQ, NE, IN, NOT_IN)),
  /** A static list, by name: the people put in it. */
  LIST("list", EnumSet.of(EQ, NE, IN, NOT_IN));

  private final String label;
  private final Set<Operator> operators;

  FieldType(String label, Set<Operator> operators) {
    this.label = label;
    this.operators = operators;
  }

  public String label() {
    return label;
  }

  public Set<Operator> operators() {
    return operators;
  }

  boolean allows(Operator op) {
    return operators.contains(op);
  }

  /** "=, !=, in, not in, ~, exists", for messages. */
  String operatorList() {
    return operators.stream().map(Operator::symbol).collect(Collectors.joining(", "));
  }
}
