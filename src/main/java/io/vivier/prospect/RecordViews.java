package io.vivier.prospect;

import io.vivier.audit.AuditEntry;
import io.vivier.web.FieldMessages;
import io.vivier.web.FormField;
import io.vivier.web.FormField.Option;
import io.vivier.web.FormField.Section;
import io.vivier.web.Forms;
import io.vivier.web.InvalidInputException;
import io.vivier.user.User;
import io.vivier.user.Users;
import java.text.Collator;
import java.text.NumberFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the people and company pages show, in the user's language: form inputs built from the
 * canonical fields, read-only field lists, choice labels and the change history.
 */
@Component
class RecordViews {

  /** A field shown on a record's page; {@code href} when the value is a link (mail, phone, web). */
  record Detail(String label, String value, String href) {}

  /** One entry of a record's history, with each changed field when the entry is an update. */
  record HistoryItem(Instant at, String actor, String action, List<Change> changes) {}

  record Change(String field, String before, String after) {}

  private final MessageSource messages;
  private final FieldMessages fieldMessages;
  private final Users users;
  private final Map<String, List<Option>> countries = new ConcurrentHashMap<>();

  RecordViews(MessageSource messages, FieldMessages fieldMessages, Users users) {
    this.messages = messages;
    this.fieldMessages = fieldMessages;
    this.users = users;
  }

  /**
   * The inputs of {@code fields} grouped in sections ({@code section} gives a field's section, null
   * for fields the form leaves out), each select offering the value the record holds even when it
   * is no longer a usual choice (a disabled owner), so saving never drops it unasked.
   */
  <F extends Enum<F> & Field> List<Section> form(
      F[] fields, Function<F, String> section, Map<String, String> values, Locale locale) {
    Map<String, List<FormField>> sections = new LinkedHashMap<>();
    for (F field : fields) {
      String name = section.apply(field);
      if (name != null) {
        sections.computeIfAbsent(name, n -> new ArrayList<>()).add(input(field, values, locale));
      }
    }
    return sections.entrySet().stream().map(e -> new Section("form.section." + e.getKey(), e.getValue())).toList();
  }

  private FormField input(Field field, Map<String, String> values, Locale locale) {
    String value = values.get(field.key());
    return switch (field.kind()) {
      case EMAIL -> FormField.input(field.key(), "email", field.maxLength());
      case PHONE -> FormField.input(field.key(), "tel", field.maxLength());
      case INTEGER -> FormField.input(field.key(), "number", field.maxLength());
      case COMPANY -> FormField.input("company_name", "company", CompanyField.NAME.maxLength());
      case CHOICE, COUNTRY, OWNER ->
          FormField.select(field.key(), keeping(value, options(field, locale)), field == PersonField.STAGE);
      default -> FormField.input(field.key(), "text", field.maxLength());
    };
  }

  /** The choices of a select field: labelled choices, countries by name, or the enabled users. */
  List<Option> options(Field field, Locale locale) {
    return switch (field.kind()) {
      case COUNTRY -> countries(locale);
      case OWNER -> owners();
      default -> field.choices().stream().map(c -> new Option(c, choice(field.key(), c, locale))).toList();
    };
  }

  private static List<Option> keeping(String value, List<Option> options) {
    if (Forms.blank(value) || options.stream().anyMatch(o -> o.value().equals(value))) {
      return options;
    }
    List<Option> all = new ArrayList<>(options);
    all.add(new Option(value, value));
    return all;
  }

  /** Puts what the shared form template needs in the model; errors on no input are listed on top. */
  void formModel(
      Model model, List<Section> sections, Map<String, String> values, Map<String, String> errors, Locale locale) {
    Set<String> shown =
        sections.stream().flatMap(s -> s.fields().stream()).map(FormField::name).collect(Collectors.toSet());
    Map<String, String> others = new LinkedHashMap<>();
    errors.forEach(
        (field, message) -> {
          if (!shown.contains(field)) {
            others.put(label(field, locale), message);
          }
        });
    model.addAttribute("sections", sections);
    model.addAttribute("form", values);
    model.addAttribute("errors", errors);
    model.addAttribute("otherErrors", others);
  }

  Map<String, String> errors(InvalidInputException e, Locale locale) {
    return fieldMessages.of(e, locale);
  }

  /** A record's set fields, except those in {@code skip}, with their values as the user reads them. */
  <F extends Enum<F> & Field> List<Detail> details(Map<F, Object> values, F[] fields, Set<F> skip, Locale locale) {
    List<Detail> details = new ArrayList<>();
    for (F field : fields) {
      Object value = values.get(field);
      if (value == null || skip.contains(field)) {
        continue;
      }
      String text = display(field, value, locale);
      String href =
          switch (field.kind()) {
            case EMAIL -> "mailto:" + text;
            case PHONE -> "tel:" + text.replaceAll("[^+0-9]", "");
            case LINKEDIN_URL -> text;
            case DOMAIN -> "https://" + text;
            default -> null;
          };
      details.add(new Detail(label(field.key(), locale), text, href));
    }
    return details;
  }

  /** One stored value as shown: choices and countries by name, numbers grouped, lists joined. */
  String display(Field field, Object value, Locale locale) {
    if (value == null) {
      return "—";
    }
    return switch (field.kind()) {
      case CHOICE -> choice(field.key(), value.toString(), locale);
      case COUNTRY -> new Locale("", value.toString()).getDisplayCountry(locale);
      case INTEGER -> value instanceof Number n ? NumberFormat.getIntegerInstance(locale).format(n) : value.toString();
      case OWNER -> users.find(value.toString()).map(RecordViews::name).orElse(value.toString());
      default ->
          value instanceof Collection<?> list
              ? list.stream().map(String::valueOf).collect(Collectors.joining(", "))
              : value.toString();
    };
  }

  String label(String fieldKey, Locale locale) {
    return messages.getMessage("field." + fieldKey, null, fieldKey, locale);
  }

  String choice(String fieldKey, String value, Locale locale) {
    String group = fieldKey.startsWith("consent_") ? "consent" : fieldKey;
    return messages.getMessage("choice." + group + "." + value, null, value, locale);
  }

  /** The history of a record from the audit log, newest first, in words. */
  <F extends Enum<F> & Field> List<HistoryItem> history(
      List<AuditEntry> entries, Function<String, Optional<F>> fieldByKey, Locale locale) {
    List<HistoryItem> items = new ArrayList<>();
    for (AuditEntry entry : entries) {
      List<Change> changes = new ArrayList<>();
      if (entry.action().equals("update")) {
        entry.changes().forEach(
            (key, beforeAfter) -> {
              if (beforeAfter instanceof List<?> pair && pair.size() == 2) {
                var field = fieldByKey.apply(key);
                Function<Object, String> shown =
                    v -> field.isPresent() ? display(field.get(), v, locale) : v == null ? "—" : v.toString();
                changes.add(new Change(label(key, locale), shown.apply(pair.get(0)), shown.apply(pair.get(1))));
              }
            });
      }
      String action = messages.getMessage("history.action." + entry.action(), null, entry.action(), locale);
      items.add(new HistoryItem(entry.at(), entry.actor(), action, changes));
    }
    return items;
  }

  private List<Option> owners() {
    return users.all().stream()
        .filter(User::enabled)
        .sorted(Comparator.comparing(User::username))
        .map(u -> new Option(u.username(), name(u)))
        .toList();
  }

  private static String name(User user) {
    return Forms.blank(user.displayName()) ? user.username() : user.displayName() + " (" + user.username() + ")";
  }

  /** Every ISO country by its name in the user's language, sorted as that language sorts. */
  private List<Option> countries(Locale locale) {
    return countries.computeIfAbsent(
        locale.getLanguage(),
        language -> {
          Locale in = new Locale(language);
          Collator collator = Collator.getInstance(in);
          return Arrays.stream(Locale.getISOCountries())
              .map(code -> new Option(code, new Locale("", code).getDisplayCountry(in)))
              .sorted(Comparator.comparing(Option::label, collator))
              .toList();
        });
  }
}
