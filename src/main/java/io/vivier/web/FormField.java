package io.vivier.web;

import java.util.List;

/**
 * One input of a form, as the shared form template draws it: a text box of some {@code type}
 * (text, email, tel, number) or, with {@code options}, a select.
 *
 * @param required a select without an empty choice
 */
public record FormField(String name, String type, int maxLength, List<Option> options, boolean required) {

  /** A choice of a select: the value sent and the label shown. */
  public record Option(String value, String label) {}

  /** A group of inputs under a title (a message key). */
  public record Section(String title, List<FormField> fields) {}

  public static FormField input(String name, String type, int maxLength) {
    return new FormField(name, type, maxLength, List.of(), false);
  }

  public static FormField select(String name, List<Option> options, boolean required) {
    return new FormField(name, "select", 0, List.copyOf(options), required);
  }

  public boolean isSelect() {
    return type.equals("select");
  }
}
