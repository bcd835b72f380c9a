package io.vivier.quality;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Cleaning of free text as users paste it: spreadsheets and web forms leave invisible junk. */
public final class Text {

  private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
  private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  // Marks a table entry that folds to more than one character (ß becomes "ss").
  private static final char EXPANDS = '\uFFFF';
  private static final char[] FOLDED = new char[0x250];
  private static final String[] FOLDED_EXPANSIONS = new String[0x250];

  static {
    for (char c = 0; c < FOLDED.length; c++) {
      String folded = foldByDecomposition(String.valueOf(c));
      if (folded.length() == 1) {
        FOLDED[c] = folded.charAt(0);
      } else {
        FOLDED[c] = EXPANDS;
        FOLDED_EXPANSIONS[c] = folded;
      }
    }
  }

  private Text() {}

  /**
   * NFC, zero-width characters removed, any run of white space (non-breaking ones too) collapsed
   * to one space, control characters dropped, trimmed. Returns null for null or blank input.
   */
  public static String clean(String value) {
    if (value == null) {
      return null;
    }
    if (alreadyClean(value)) {
      return value;
    }
    String text = Normalizer.normalize(value, Normalizer.Form.NFC);
    text = INVISIBLE.matcher(text).replaceAll("");
    text = SPACES.matcher(text).replaceAll(" ");
    text = CONTROL.matcher(text).replaceAll("");
    text = text.strip();
    return text.isEmpty() ? null : text;
  }

  /**
   * True for the common case that needs no work: printable ASCII (or Latin-1 letters, which NFC
   * leaves alone), single spaces, nothing to trim.
   */
  private static boolean alreadyClean(String value) {
    int length = value.length();
    if (length == 0 || value.charAt(0) == ' ' || value.charAt(length - 1) == ' ') {
      return false;
    }
    char previous = 'x';
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      if (c < 0x20 || (c >= 0x7F && c < 0xC0) || c > 0xFF || (c == ' ' && previous == ' ')) {
        return false;
      }
      previous = c;
    }
    return true;
  }

  /**
   * Like {@link #clean} but keeps line breaks, for notes and activity bodies. Returns null for
   * blank input.
   */
  public static String cleanMultiline(String value) {
    if (value == null) {
      return null;
    }
    String text = Normalizer.normalize(value, Normalizer.Form.NFC);
    text = INVISIBLE.matcher(text).replaceAll("");
    text = text.replace("\r\n", "\n").replaceAll("[\\p{Cc}&&[^\\n\\t]]", "").strip();
    return text.isEmpty() ? null : text;
  }

  /**
   * Lower case without accents, for accent- and case-insensitive search and matching keys. Text in
   * the Latin blocks (up to U+024F, no combining marks) goes through a table computed from the
   * decomposition below, with the same result several times faster; text already folded is
   * returned as is. Anything else goes through Unicode decomposition.
   */
  public static String fold(String value) {
    if (value == null) {
      return "";
    }
    int length = value.length();
    int i = 0;
    while (i < length) {
      char c = value.charAt(i);
      if (c >= FOLDED.length) {
        return foldByDecomposition(value);
      }
      if (FOLDED[c] != c) {
        break;
      }
      i++;
    }
    if (i == length) {
      return value;
    }
    char[] folded = new char[length];
    value.getChars(0, i, folded, 0);
    for (; i < length; i++) {
      char c = value.charAt(i);
      if (c >= FOLDED.length) {
        return foldByDecomposition(value);
      }
      char f = FOLDED[c];
      if (f == EXPANDS) {
        return foldWithExpansions(value);
      }
      folded[i] = f;
    }
    return new String(folded);
  }

  // The rare Latin characters that fold to two (ß to "ss"): the table, with a builder.
  private static String foldWithExpansions(String value) {
    StringBuilder folded = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= FOLDED.length) {
        return foldByDecomposition(value);
      }
      char f = FOLDED[c];
      if (f == EXPANDS) {
        folded.append(FOLDED_EXPANSIONS[c]);
      } else {
        folded.append(f);
      }
    }
    return folded.toString();
  }

  static String foldByDecomposition(String value) {
    String decomposed = Normalizer.normalize(value, Normalizer.Form.NFD);
    return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT)
        .replace('œ', 'o').replace('æ', 'a').replace("ß", "ss");
  }
}
