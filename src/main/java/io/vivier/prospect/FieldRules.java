package io.vivier.prospect;

import io.vivier.quality.Countries;
import io.vivier.quality.Domains;
import io.vivier.quality.Emails;
import io.vivier.quality.Phones;
import io.vivier.quality.Sirens;
import io.vivier.quality.Text;
import io.vivier.storage.Json;
import io.vivier.web.FieldError;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Reads user input (JSON bodies, form fields) into stored field values, checking each field by its
 * {@link FieldKind}. All errors of an input are collected, so one answer names every bad field.
 */
public final class FieldRules {

  static final int MAX_TAGS = 50;
  static final int MAX_ATTRIBUTES = 100;
  private static final Pattern NAF = Pattern.compile("(\\d{2})\\.?(\\d{2})\\s?([A-Za-z])");
  private static final Pattern ATTRIBUTE_KEY = Pattern.compile("[\\p{L}\\p{N}_.\\- ]{1,64}");

  private FieldRules() {}

  /** The outcome of reading an input: values per field (null = clear it) and the errors. */
  public record Read<F extends Field>(Map<F, Object> values, List<FieldError> errors) {
    public boolean ok() {
      return errors.isEmpty();
    }
  }

  /**
   * Reads {@code input} against {@code fields}. Keys in {@code ignored} are read-only ones a client
   * may send back unchanged; keys in {@code extra} are handled by the caller; any other unknown key
   * is an error that suggests the nearest field name.
   *
   * @param region country used to read national phone numbers when the input has none
   */
  public static <F extends Enum<F> & Field> Read<F> read(
      Map<String, ?> input,
      Class<F> fields,
      Set<String> ignored,
      Set<String> extra,
      String region) {
    Map<F, Object> values = new LinkedHashMap<>();
    List<FieldError> errors = new ArrayList<>();
    Map<String, F> byKey = new LinkedHashMap<>();
    for (F field : fields.getEnumConstants()) {
      byKey.put(field.key(), field);
    }
    for (String key : input.keySet()) {
      if (!byKey.containsKey(key) && !ignored.contains(key) && !extra.contains(key)) {
        errors.add(new FieldError(abbreviate(key, 64), unknownFieldMessage(key, byKey.keySet(), extra)));
      }
    }
    String countryInInput = null;
    for (F field : fields.getEnumConstants()) {
      if (field.kind() == FieldKind.COUNTRY && input.get(field.key()) instanceof String s) {
        countryInInput = Countries.code(s).orElse(null);
      }
    }
    String phoneRegion = countryInInput != null ? countryInInput : region;
    for (F field : fields.getEnumConstants()) {
      if (!input.containsKey(field.key())) {
        continue;
      }
      Object raw = input.get(field.key());
      try {
        values.put(field, parse(field, raw, phoneRegion));
      } catch (BadValue e) {
        errors.add(new FieldError(field.key(), e.getMessage()));
      }
    }
    return new Read<>(values, errors);
  }

  /**
   * Sets a read value into a record's values: null clears the field; attributes are merged key by
   * key as in a JSON merge patch (a null attribute removes that key).
   */
  public static <F extends Field> void apply(Map<F, Object> values, F field, Object value) {
    if (field.kind() == FieldKind.ATTRIBUTES && value != null) {
      @SuppressWarnings("unchecked")
      Map<String, Object> merged = new LinkedHashMap<>((Map<String, Object>) values.getOrDefault(field, Map.of()));
      @SuppressWarnings("unchecked")
      Map<String, Object> patch = (Map<String, Object>) value;
      patch.forEach(
          (k, v) -> {
            if (v == null) {
              merged.remove(k);
            } else {
              merged.put(k, v);
            }
          });
      value = merged.isEmpty() ? null : merged;
    }
    if (value == null) {
      values.remove(field);
    } else {
      values.put(field, value);
    }
  }

  /** Reads one value of a field, or throws a 400 naming the field. */
  static Object parseOrReject(Field field, Object raw, String region) {
    try {
      return parse(field, raw, region);
    } catch (BadValue e) {
      throw new io.vivier.web.InvalidInputException(field.key(), e.getMessage());
    }
  }

  /** Reads one value of a field; null means empty. */
  public static Object parse(Field field, Object raw, String region) {
    if (raw == null) {
      return null;
    }
    return switch (field.kind()) {
      case TEXT -> text(field, raw);
      case EMAIL -> {
        String text = text(field, raw);
        yield text == null ? null : Emails.normalise(text).orElseThrow(() -> new BadValue("not a valid e-mail address"));
      }
      case PHONE -> {
        String text = text(field, raw);
        if (text == null) {
          yield null;
        }
        Phones.e164(text, region)
            .orElseThrow(
                () ->
                    new BadValue(
                        "not a valid phone number (numbers without +country code are read as "
                            + (region == null ? "FR" : region) + " numbers)"));
        yield text;
      }
      case LINKEDIN_URL -> linkedIn(text(field, raw));
      case CHOICE -> choice(field, raw);
      case INTEGER -> integer(field, raw);
      case COUNTRY -> {
        String text = text(field, raw);
        yield text == null ? null : Countries.code(text).orElseThrow(() -> new BadValue("must be an ISO 3166 alpha-2 country code such as FR, BE or CH"));
      }
      case SIREN -> {
        String text = stringOrNumber(raw);
        yield blank(text) ? null : Sirens.siren(text).orElseThrow(() -> new BadValue("not a valid SIREN: 9 digits with a valid check digit"));
      }
      case SIRET -> {
        String text = stringOrNumber(raw);
        yield blank(text) ? null : Sirens.siret(text).orElseThrow(() -> new BadValue("not a valid SIRET: 14 digits with a valid check digit"));
      }
      case DOMAIN -> {
        String text = text(field, raw);
        yield text == null ? null : Domains.normalise(text).orElseThrow(() -> new BadValue("not a valid web domain such as example.fr"));
      }
      case NAF_CODE -> naf(text(field, raw));
      case TAGS -> tags(field, raw);
      case ATTRIBUTES -> attributes(field, raw);
      case OWNER -> {
        String text = text(field, raw);
        yield text == null ? null : text.toLowerCase(Locale.ROOT);
      }
      case COMPANY -> {
        Object id = integer(field, raw);
        if (id != null && (Long) id <= 0) {
          throw new BadValue("must be the id of a company");
        }
        yield id;
      }
    };
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  private static String stringOrNumber(Object raw) {
    if (raw instanceof String s) {
      return s;
    }
    if (raw instanceof Number n) {
      return new BigDecimal(n.toString()).toPlainString();
    }
    throw new BadValue("must be a string");
  }

  private static String text(Field field, Object raw) {
    if (raw instanceof Map || raw instanceof Collection || raw instanceof Boolean) {
      throw new BadValue("must be a string");
    }
    String value = stringOrNumber(raw);
    if (value.length() > 4 * field.maxLength() + 1000) {
      // far too long to be a clean value: refuse before spending time cleaning it
      throw new BadValue("at most " + field.maxLength() + " characters (got " + value.length() + ")");
    }
    String text = Text.clean(value);
    if (text != null && text.length() > field.maxLength()) {
      throw new BadValue("at most " + field.maxLength() + " characters (got " + text.length() + ")");
    }
    return text;
  }

  private static String linkedIn(String text) {
    if (text == null) {
      return null;
    }
    String url = text.matches("(?i)https?://.*") ? text : "https://" + text;
    try {
      URI uri = new URI(url);
      String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
      if (host.equals("linkedin.com") || host.endsWith(".linkedin.com")) {
        return uri.toString();
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    throw new BadValue("must be a LinkedIn address such as https://www.linkedin.com/in/jean-dupont");
  }

  private static String choice(Field field, Object raw) {
    if (!(raw instanceof String s)) {
      throw new BadValue("must be one of: " + String.join(", ", field.choices()));
    }
    String text = Text.clean(s);
    if (text == null) {
      return null;
    }
    String wanted = text.replace(' ', '_').replace('-', '_');
    for (String choice : field.choices()) {
      if (choice.equalsIgnoreCase(wanted) || choice.equalsIgnoreCase(text)) {
        return choice;
      }
    }
    throw new BadValue("must be one of: " + String.join(", ", field.choices()));
  }

  private static Long integer(Field field, Object raw) {
    long value;
    if (raw instanceof Integer || raw instanceof Long || raw instanceof Short) {
      value = ((Number) raw).longValue();
    } else if (raw instanceof Number n) {
      BigDecimal decimal = new BigDecimal(n.toString());
      if (decimal.stripTrailingZeros().scale() > 0) {
        throw new BadValue("must be a whole number");
      }
      try {
        value = decimal.longValueExact();
      } catch (ArithmeticException e) {
        throw new BadValue("must be between " + field.min() + " and " + field.max());
      }
    } else if (raw instanceof String s) {
      String digits = Text.clean(s);
      if (digits == null) {
        return null;
      }
      digits = digits.replaceAll("[\\s\\u00A0\\u202F]", "");
      if (!digits.matches("-?\\d{1,18}")) {
        throw new BadValue("must be a whole number");
      }
      value = Long.parseLong(digits);
    } else {
      throw new BadValue("must be a whole number");
    }
    if (value < field.min() || value > field.max()) {
      throw new BadValue("must be between " + field.min() + " and " + field.max());
    }
    return value;
  }

  private static String naf(String text) {
    if (text == null) {
      return null;
    }
    var matcher = NAF.matcher(text);
    if (!matcher.matches()) {
      throw new BadValue("not a NAF code such as 62.01Z");
    }
    return matcher.group(1) + "." + matcher.group(2) + matcher.group(3).toUpperCase(Locale.ROOT);
  }

  private static List<String> tags(Field field, Object raw) {
    List<?> items;
    if (raw instanceof List<?> list) {
      items = list;
    } else if (raw instanceof String s) {
      items = List.of(s.split("[,;]"));
    } else {
      throw new BadValue("must be a list of words, or words separated by commas");
    }
    Set<String> tags = new LinkedHashSet<>();
    for (Object item : items) {
      if (!(item instanceof String s)) {
        throw new BadValue("each entry must be a string");
      }
      String tag = Text.clean(s);
      if (tag == null) {
        continue;
      }
      if (tag.length() > field.maxLength()) {
        throw new BadValue("each entry has at most " + field.maxLength() + " characters");
      }
      tags.add(tag);
    }
    if (tags.size() > MAX_TAGS) {
      throw new BadValue("at most " + MAX_TAGS + " entries (got " + tags.size() + ")");
    }
    return tags.isEmpty() ? null : List.copyOf(tags);
  }

  /**
   * Custom attributes: a JSON object of at most {@value #MAX_ATTRIBUTES} keys whose values are
   * strings, numbers, booleans or lists of those. A null value removes the key on update.
   */
  private static Map<String, Object> attributes(Field field, Object raw) {
    if (!(raw instanceof Map<?, ?> map)) {
      throw new BadValue("must be an object of names and values, such as {\"budget\": 10000}");
    }
    if (map.size() > MAX_ATTRIBUTES) {
      throw new BadValue("at most " + MAX_ATTRIBUTES + " attributes (got " + map.size() + ")");
    }
    Map<String, Object> attributes = new LinkedHashMap<>();
    for (var entry : map.entrySet()) {
      String key = String.valueOf(entry.getKey());
      if (!ATTRIBUTE_KEY.matcher(key).matches()) {
        throw new BadValue(
            "attribute name '" + abbreviate(key, 64) + "' must be 1 to 64 letters, digits, spaces, '_', '.' or '-'");
      }
      Object value = entry.getValue();
      if (!scalar(value)
          && !(value instanceof List<?> list && list.stream().allMatch(FieldRules::scalar))) {
        throw new BadValue("attribute '" + key + "' must be a string, a number, true/false or a list of those");
      }
      attributes.put(key, value instanceof String s ? Text.clean(s) : value);
    }
    if (Json.write(attributes).length() > field.maxLength()) {
      throw new BadValue("at most " + field.maxLength() + " characters of JSON in all");
    }
    return attributes;
  }

  private static boolean scalar(Object value) {
    return value == null || value instanceof String || value instanceof Number || value instanceof Boolean;
  }

  private static String unknownFieldMessage(String key, Collection<String> known, Set<String> extra) {
    List<String> all = new ArrayList<>(known);
    all.addAll(extra);
    Optional<String> nearest =
        all.stream()
            .min(Comparator.comparingInt(k -> LevenshteinDistance.getDefaultInstance().apply(k, key)));
    String message = "unknown field";
    if (nearest.isPresent() && key.length() < 64
        && LevenshteinDistance.getDefaultInstance().apply(nearest.get(), key) <= Math.max(2, key.length() / 3)) {
      message += "; did you mean '" + nearest.get() + "'?";
    } else {
      message += "; custom fields go inside \"attributes\"";
    }
    return message;
  }

  static String abbreviate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max) + "…";
  }

  /** A value a field does not accept; the message says why in words a user understands. */
  public static final class BadValue extends RuntimeException {
    public BadValue(String message) {
      super(message, null, false, false);
    }
  }
}
