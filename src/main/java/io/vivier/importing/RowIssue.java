package io.vivier.importing;

/**
 * Something wrong with one cell (or the whole row when {@code column} is null): the column as
 * headed in the file, the value as read and why it was not taken.
 */
public record RowIssue(String column, String value, String reason) {

  /** "Téléphone: '12' not a valid phone number". */
  public String describe() {
    StringBuilder text = new StringBuilder();
    if (column != null) {
      text.append(column).append(": ");
    }
    if (value != null) {
      text.append('\'').append(value.length() > 60 ? value.substring(0, 60) + "…" : value).append("' ");
    }
    return text.append(reason).toString();
  }
}
