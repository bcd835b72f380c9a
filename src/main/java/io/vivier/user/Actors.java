package io.vivier.user;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is acting, as written in the audit log and the stage history. */
public final class Actors {

  /** The name recorded for changes made outside a signed-in request (CLI, start-up). */
  public static final String SYSTEM = "system";

  private Actors() {}

  public static String current() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null
        || authentication instanceof AnonymousAuthenticationToken
        || !authentication.isAuthenticated()) {
      return SYSTEM;
    }
    return authentication.getName();
  }
}
