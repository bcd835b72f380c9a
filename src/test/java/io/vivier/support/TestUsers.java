package io.vivier.support;

import io.vivier.user.Role;
import io.vivier.user.UserAccounts;
import java.util.concurrent.atomic.AtomicInteger;

/** Users and API tokens made for a test through the real account service. */
public final class TestUsers {

  public static final String ADMIN_PASSWORD = "admin-password-for-tests";
  public static final String PASSWORD = "a-long-enough-password";
  private static final AtomicInteger COUNTER = new AtomicInteger();

  private TestUsers() {}

  /** A new user of that role; returns its username. */
  public static String user(UserAccounts accounts, Role role) {
    String username = role.name().toLowerCase() + "-" + System.nanoTime() + "-" + COUNTER.incrementAndGet();
    accounts.add(username, null, null, PASSWORD, role, "test");
    return username;
  }

  /** A bearer token of a new user of that role, ready for an Authorization header. */
  public static String bearer(UserAccounts accounts, Role role) {
    return "Bearer " + accounts.createToken(user(accounts, role), "test", "test").secret();
  }
}
