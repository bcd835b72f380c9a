package io.vivier.segment;

import java.time.Instant;

/** A named filter, evaluated each time it is used. */
public record SavedSegment(long id, String name, String filter, String createdBy, Instant createdAt, Instant updatedAt) {}
