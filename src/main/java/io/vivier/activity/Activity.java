package io.vivier.activity;

import java.time.Instant;
import java.util.Map;

/**
 * One interaction with a person.
 *
 * @param outcome for calls only
 * @param metadata channel details (campaign, URL clicked, form name…)
 */
public record Activity(
    long id,
    long personId,
    ActivityType type,
    Instant occurredAt,
    String subject,
    String body,
    CallOutcome outcome,
    Integer durationSeconds,
    String createdBy,
    Instant createdAt,
    Map<String, Object> metadata) {}
