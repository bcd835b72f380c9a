package io.vivier.user;

import java.time.Instant;

/** A person who signs in to Vivier. The password hash never leaves the {@code user} package. */
public record User(
    long id, String username, String displayName, String email, Role role, boolean enabled, Instant createdAt) {}
