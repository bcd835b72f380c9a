package io.vivier.user;

import java.time.Instant;

/**
 * An API token as listed: never the secret itself, only its first characters ({@code prefix}) so
 * a user can tell tokens apart.
 */
public record ApiToken(
    long id, String username, String name, String prefix, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {

  public boolean revoked() {
    return revokedAt != null;
  }
}
