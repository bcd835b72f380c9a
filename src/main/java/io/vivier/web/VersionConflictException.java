package io.vivier.web;

/**
 * Someone else changed the record since the caller read it. Shown as a 412 problem so the caller
 * re-reads and re-applies its change instead of silently overwriting the other one.
 */
public class VersionConflictException extends RuntimeException {

  private final long currentVersion;

  public VersionConflictException(String what, Object id, long expected, long current) {
    super(
        what + " " + id + " was changed by someone else: you edited version " + expected
            + ", the current version is " + current + "; reload it and apply your change again");
    this.currentVersion = current;
  }

  public long currentVersion() {
    return currentVersion;
  }
}
