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

  private Text() {}

  /**
   * NFC, zero-width characters removed, any run of white space (non-breaking ones too) collapsed
   * to one space, control characters dropped, trimmed. Returns null for null or blank input.
   */
  public static String clean(String value) {
    if (value == null) {
      return null;
    }
    String text = Normalizer.normalize(value, Normalizer.Form.NFC);
    text = INVISIBLE.matcher(text).replaceAll("");
    text = SPACES.matcher(text).replaceAll(" ");
    text = CONTROL.matcher(text).replaceAll("");
    text = text.strip();
    return text.isEmpty() ? null : text;
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

  /** Lower case without accents, for accent- and case-insensitive search and matching keys. */
  public static String fold(String value) {
    if (value == null) {
      return "";
    }
    String decomposed = Normalizer.normalize(value, Normalizer.Form.NFD);
    return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT)
        .replace('œ', 'o').replace('æ', 'a').replace("ß", "ss");
  }
}
