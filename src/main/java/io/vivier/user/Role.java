package io.vivier.user;

/**
 * What a user may do. ADMIN manages users and everything else; MARKETING manages the base
 * (imports, segments, deletions); SALES works prospects (create, edit, log activities, change stage).
 */
public enum Role {
  ADMIN,
  MARKETING,
  SALES;

  public String authority() {
    return "ROLE_" + name();
  }
}
