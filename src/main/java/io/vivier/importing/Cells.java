package io.vivier.importing;

import java.util.regex.Pattern;

/**
 * Keeps spreadsheet programs from running text cells as formulas (CSV or formula injection, OWASP
 * and ASVS 1.2.10), and undoes it on import.
 *
 * <p>A text starting with a trigger ({@code = + - @}, tab, CR, LF, NUL, or the full-width
 * {@code ＝ ＋ － ＠}) is written with one leading {@code '}, which spreadsheets show as text and
 * never evaluate. Exception: a phone number in international form — {@code +}, then 8 to 15 digits
 * (E.164's lengths) optionally grouped by spaces, dots, dashes or parentheses, such as
 * {@code +33612345678} or {@code +33 6 12 34 56 78} — is kept as it is, because CSV files go to
 * other tools (HubSpot, Salesforce, Vivier itself) that would store the quote as part of the
 * number. Such a text has no letter, colon or bang: at worst a spreadsheet reads it as a number
 * (Excel may then show 33612345678), it can neither call a function nor reference a cell or a
 * command. Whether the number exists in a numbering plan is not checked here (phones are stored
 * validated; checking with libphonenumber would cost about 10 µs a cell, more than the rest of
 * the export). Spreadsheet users who want phones shown as typed should export XLSX, where they
 * are text cells.
 *
 * <p>Round trip: {@code restore(neutralise(s)).equals(s)} for every string {@code s}, so export
 * then re-import changes nothing. To keep that true for a text that already starts with quotes
 * before a trigger ({@code '=x}), {@link #neutralise} adds one more quote there too, and
 * {@link #restore} removes exactly one.
 */
public final class Cells {

  private static final String TRIGGERS = "=+-@\t\r\n\0＝＋－＠";
  private static final Pattern PHONE = Pattern.compile("\\+[1-9][0-9 ().\\-]{6,30}");

  private Cells() {}

  /** The text as written in a CSV or XLSX text cell: inert for spreadsheets; null stays null. */
  public static String neutralise(String text) {
    if (text == null || !startsWithTrigger(text, quotes(text)) || isPhone(text)) {
      return text;
    }
    return "'" + text;
  }

  /**
   * The inverse of {@link #neutralise}, for the importer to call on every CSV or XLSX text cell:
   * removes one leading {@code '} when the quotes are followed by a trigger; otherwise the cell is
   * returned as is. A quote typed by hand in front of a formula ({@code '=SUM(A1)}) is removed too,
   * as spreadsheets do.
   */
  public static String restore(String cell) {
    if (cell == null) {
      return null;
    }
    int quotes = quotes(cell);
    return quotes > 0 && startsWithTrigger(cell, quotes) ? cell.substring(1) : cell;
  }

  private static int quotes(String text) {
    int i = 0;
    while (i < text.length() && text.charAt(i) == '\'') {
      i++;
    }
    return i;
  }

  private static boolean startsWithTrigger(String text, int at) {
    return at < text.length() && TRIGGERS.indexOf(text.charAt(at)) >= 0;
  }

  private static boolean isPhone(String text) {
    if (!PHONE.matcher(text).matches()) {
      return false;
    }
    long digits = text.chars().filter(c -> c >= '0' && c <= '9').count();
    return digits >= 8 && digits <= 15;
  }
}
