package io.vivier.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The messages of invalid input, per field, in the user's language. The services word their
 * messages in English; those with a translation under {@code error.<words_of_the_message>} (or one
 * of the {@link #PATTERNS} with numbers or names in them) are shown translated, the others as they
 * are, so a new message is never lost, only untranslated.
 */
@Component
public class FieldMessages {

  private record Wording(Pattern pattern, String key) {}

  private static final List<Wording> PATTERNS =
      List.of(
          new Wording(Pattern.compile("at most (\\d+) characters \\(got (\\d+)\\)"), "error.too_long"),
          new Wording(Pattern.compile("at most (\\d+) characters"), "error.max_length"),
          new Wording(Pattern.compile("at most (\\d+) entries \\(got (\\d+)\\)"), "error.too_many"),
          new Wording(Pattern.compile("must be between (-?\\d+) and (-?\\d+)"), "error.between"),
          new Wording(Pattern.compile("no user named '(.*)'"), "error.no_user"),
          new Wording(Pattern.compile("belongs to SIREN (\\d+), not to (\\d+)"), "error.siret_of_other_siren"),
          new Wording(Pattern.compile("each entry has at most (\\d+) characters"), "error.tag_too_long"),
          new Wording(
              Pattern.compile("not a valid phone number \\(numbers without \\+country code are read as (\\w+) numbers\\)"),
              "error.phone"),
          new Wording(Pattern.compile("(?:required; )?must be one of: .*|required; one of: .*"), "error.choose"));

  private final MessageSource messages;

  FieldMessages(MessageSource messages) {
    this.messages = messages;
  }

  /** Field name to message (several messages of one field joined), in the order given. */
  public Map<String, String> of(InvalidInputException e, Locale locale) {
    Map<String, String> byField = new LinkedHashMap<>();
    for (FieldError error : e.errors()) {
      byField.merge(error.field(), translate(error.message(), locale), (a, b) -> a + " " + b);
    }
    return byField;
  }

  public String translate(String message, Locale locale) {
    for (Wording wording : PATTERNS) {
      Matcher matcher = wording.pattern().matcher(message);
      if (matcher.matches()) {
        Object[] arguments = new Object[matcher.groupCount()];
        for (int i = 0; i < arguments.length; i++) {
          arguments[i] = matcher.group(i + 1);
        }
        return messages.getMessage(wording.key(), arguments, message, locale);
      }
    }
    return messages.getMessage("error." + key(message), null, message, locale);
  }

  static String key(String message) {
    return message.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
  }
}
