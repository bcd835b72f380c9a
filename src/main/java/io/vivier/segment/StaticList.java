package io.vivier.segment;

import java.time.Instant;

/** A named snapshot of people, changed only by adding or removing them. */
public record StaticList(long id, String name, long size, String createdBy, Instant createdAt, Instant updatedAt) {}
