package io.vivier.activity;

import io.vivier.audit.AuditLog;
import io.vivier.prospect.People;
import io.vivier.quality.Text;
import io.vivier.storage.Json;
import io.vivier.web.FieldError;
import io.vivier.web.InvalidInputException;
import io.vivier.web.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Logging interactions with people and reading their timeline. */
@Service
public class ActivityService {

  private static final Set<String> KEYS =
      Set.of("type", "occurred_at", "subject", "body", "outcome", "duration_seconds", "metadata");

  private final Activities activities;
  private final People people;
  private final AuditLog audit;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  ActivityService(Activities activities, People people, AuditLog audit, Clock clock, ApplicationEventPublisher events) {
    this.activities = activities;
    this.people = people;
    this.audit = audit;
    this.clock = clock;
    this.events = events;
  }

  /**
   * Logs an activity of a person from input such as {@code {"type": "call", "outcome":
   * "no_answer", "occurred_at": "2026-11-20T10:15:00+01:00"}}; {@code occurred_at} defaults to now.
   */
  @Transactional
  public Activity log(long personId, Map<String, ?> input, String actor) {
    if (!people.exists(personId)) {
      throw new NotFoundException("person", personId);
    }
    List<FieldError> errors = new ArrayList<>();
    input.keySet().stream()
        .filter(k -> !KEYS.contains(k))
        .forEach(k -> errors.add(new FieldError(k.length() > 64 ? k.substring(0, 64) + "…" : k,
            "unknown field; known ones are " + KEYS.stream().sorted().collect(Collectors.joining(", ")))));
    ActivityType type = choice(input.get("type"), ActivityType.class, "type", errors);
    if (type == null && input.get("type") == null) {
      errors.add(new FieldError("type", "required; one of: " + names(ActivityType.class)));
    }
    CallOutcome outcome = choice(input.get("outcome"), CallOutcome.class, "outcome", errors);
    if (outcome != null && type != null && type != ActivityType.CALL) {
      errors.add(new FieldError("outcome", "only calls have an outcome"));
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    Instant occurredAt = instant(input.get("occurred_at"), now, errors);
    String subject = text(input.get("subject"), "subject", 200, errors, false);
    String body = text(input.get("body"), "body", 20_000, errors, true);
    Integer duration = duration(input.get("duration_seconds"), errors);
    Map<String, Object> metadata = metadata(input.get("metadata"), errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    Activity activity =
        activities.insert(
            new Activity(0, personId, type, occurredAt, subject, body, outcome, duration, actor, now, metadata));
    people.touchLastActivity(personId, occurredAt);
    audit.record(actor, "log-activity", "person", personId, Map.of("activity_id", activity.id(), "type", type.name()));
    events.publishEvent(new ActivityLogged(personId, activity.id()));
    return activity;
  }

  public List<Activity> timeline(long personId, Long beforeId, int limit) {
    if (!people.exists(personId)) {
      throw new NotFoundException("person", personId);
    }
    return activities.of(personId, beforeId, limit);
  }

  private static <E extends Enum<E>> E choice(Object raw, Class<E> type, String field, List<FieldError> errors) {
    if (raw == null) {
      return null;
    }
    if (raw instanceof String s && !s.isBlank()) {
      String name = s.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
      try {
        return Enum.valueOf(type, name);
      } catch (IllegalArgumentException e) {
        // reported below
      }
    }
    errors.add(new FieldError(field, "must be one of: " + names(type)));
    return null;
  }

  private static String names(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
  }

  private static Instant instant(Object raw, Instant now, List<FieldError> errors) {
    if (raw == null) {
      return now;
    }
    if (raw instanceof String s) {
      try {
        Instant at = OffsetDateTime.parse(s.strip()).toInstant().truncatedTo(ChronoUnit.MILLIS);
        if (at.isAfter(now.plus(1, ChronoUnit.DAYS))) {
          errors.add(new FieldError("occurred_at", "is in the future; activities are logged once they happened"));
        } else if (at.isBefore(Instant.parse("1970-01-01T00:00:00Z"))) {
          errors.add(new FieldError("occurred_at", "is before 1970"));
        }
        return at;
      } catch (DateTimeParseException e) {
        // reported below
      }
    }
    errors.add(new FieldError("occurred_at", "must be a date and time with its offset, such as 2026-11-20T10:15:00+01:00"));
    return null;
  }

  private static String text(Object raw, String field, int max, List<FieldError> errors, boolean multiline) {
    if (raw == null) {
      return null;
    }
    if (!(raw instanceof String s)) {
      errors.add(new FieldError(field, "must be a string"));
      return null;
    }
    String text = multiline ? Text.cleanMultiline(s) : Text.clean(s);
    if (text != null && text.length() > max) {
      errors.add(new FieldError(field, "at most " + max + " characters (got " + text.length() + ")"));
    }
    return text;
  }

  private static Integer duration(Object raw, List<FieldError> errors) {
    if (raw == null) {
      return null;
    }
    if (raw instanceof Integer i && i >= 0 && i <= 86_400) {
      return i;
    }
    errors.add(new FieldError("duration_seconds", "must be a whole number of seconds between 0 and 86400"));
    return null;
  }

  private static Map<String, Object> metadata(Object raw, List<FieldError> errors) {
    if (raw == null) {
      return Map.of();
    }
    if (raw instanceof Map<?, ?> map && Json.write(map).length() <= 4096) {
      @SuppressWarnings("unchecked")
      Map<String, Object> metadata = (Map<String, Object>) map;
      return metadata;
    }
    errors.add(new FieldError("metadata", "must be a JSON object of at most 4096 characters"));
    return Map.of();
  }
}
