package io.vivier.dedup;

import io.vivier.activity.Activity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A rule of unmerge: activities logged on the survivor after the merge belonged to nobody else
 * then, but some say whom they were meant for — an e-mail sent to, or a call made to, an address or
 * number that only one of the restored records had. Those go to that record; the others stay on
 * the survivor (nothing tells which record they were for).
 */
final class LaterActivities {

  private LaterActivities() {}

  /** The contact points of one record: e-mail addresses (lower case) and phone numbers (their last nine digits). */
  record Contacts(long id, Set<String> keys) {

    static Contacts of(long id, Collection<?> values) {
      Set<String> keys = new HashSet<>();
      for (Object value : values) {
        String key = key(value);
        if (key != null) {
          keys.add(key);
        }
      }
      return new Contacts(id, keys);
    }
  }

  /**
   * Which restored record each later activity goes to: activity id → record id, for activities
   * logged after {@code mergedAt} whose subject or metadata names a contact point of exactly one
   * restored record and none of the survivor's.
   */
  static Map<Long, Long> attribute(List<Activity> survivorActivities, Instant mergedAt, Collection<Long> movedBack, Contacts survivor,
      List<Contacts> restored) {
    Map<Long, Long> to = new LinkedHashMap<>();
    for (Activity activity : survivorActivities) {
      if (activity.createdAt().isBefore(mergedAt) || movedBack.contains(activity.id())) {
        continue;
      }
      Set<String> named = named(activity);
      if (named.isEmpty() || named.stream().anyMatch(survivor.keys()::contains)) {
        continue;
      }
      Long owner = null;
      boolean ambiguous = false;
      for (Contacts record : restored) {
        if (named.stream().anyMatch(record.keys()::contains)) {
          ambiguous |= owner != null;
          owner = record.id();
        }
      }
      if (owner != null && !ambiguous) {
        to.put(activity.id(), owner);
      }
    }
    return to;
  }

  private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile("[\\w.+'-]+@[\\w-]+(\\.[\\w-]+)+");
  private static final java.util.regex.Pattern PHONE = java.util.regex.Pattern.compile("\\+?\\d[\\d .\\-()]{7,}\\d");

  /** The e-mail addresses and phone numbers an activity names in its metadata values or subject. */
  static Set<String> named(Activity activity) {
    List<Object> values = new ArrayList<>();
    collect(activity.metadata(), values);
    values.add(activity.subject());
    Set<String> keys = new HashSet<>();
    for (Object value : values) {
      if (value instanceof String text) {
        for (java.util.regex.Matcher m = EMAIL.matcher(text); m.find(); ) {
          keys.add(key(m.group()));
        }
        for (java.util.regex.Matcher m = PHONE.matcher(text); m.find(); ) {
          String key = key(m.group());
          if (key != null) {
            keys.add(key);
          }
        }
      }
    }
    return keys;
  }

  private static void collect(Object value, List<Object> into) {
    if (value instanceof Map<?, ?> map) {
      map.values().forEach(v -> collect(v, into));
    } else if (value instanceof Collection<?> list) {
      list.forEach(v -> collect(v, into));
    } else if (value != null) {
      into.add(value);
    }
  }

  /** An e-mail address in lower case, the last nine digits of a phone number, or null. */
  static String key(Object value) {
    if (!(value instanceof String text)) {
      return null;
    }
    String t = text.strip();
    int at = t.indexOf('@');
    if (at > 0 && at < t.length() - 3 && t.indexOf('.', at) > at && t.indexOf(' ') < 0) {
      return "email:" + t.toLowerCase(Locale.ROOT);
    }
    StringBuilder digits = new StringBuilder();
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isDigit(c)) {
        digits.append(c);
      } else if (Character.isLetter(c)) {
        return null;
      }
    }
    return digits.length() >= 9 && digits.length() <= 15 ? "phone:" + digits.substring(digits.length() - 9) : null;
  }
}
