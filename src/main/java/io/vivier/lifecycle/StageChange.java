package io.vivier.lifecycle;

import java.time.Instant;

/** One entry of a prospect's stage history. {@code from} is null for the first stage. */
public record StageChange(
    long id, long personId, Stage from, Stage to, Instant changedAt, String changedBy, String reason) {}
