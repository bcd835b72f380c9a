package io.vivier.user;

import io.vivier.storage.VivierProperties;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * On the first start of the server, when the base has no enabled admin, creates the {@code admin}
 * account. Its password comes from {@code VIVIER_ADMIN_PASSWORD}, or is generated and printed once
 * on the console (never logged).
 */
@Component
@ConditionalOnWebApplication
class AdminBootstrap implements ApplicationRunner {

  private final Users users;
  private final UserAccounts accounts;
  private final VivierProperties properties;

  AdminBootstrap(Users users, UserAccounts accounts, VivierProperties properties) {
    this.users = users;
    this.accounts = accounts;
    this.properties = properties;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (users.countEnabledAdmins() > 0 || users.exists("admin")) {
      return;
    }
    String given = properties.adminPassword();
    boolean generated = given == null || given.isBlank();
    String password = generated ? generatedPassword() : given;
    accounts.add("admin", "Administrator", null, password, Role.ADMIN, Actors.SYSTEM);
    String line = "=".repeat(72);
    System.out.println(line);
    System.out.println(" Vivier: first start. An administrator account was created.");
    System.out.println("   username: admin");
    if (generated) {
      System.out.println("   password: " + password);
      System.out.println("   This password is shown only once: sign in and keep it safe.");
    } else {
      System.out.println("   password: the one given in VIVIER_ADMIN_PASSWORD");
    }
    System.out.println(line);
  }

  private static String generatedPassword() {
    byte[] bytes = new byte[15];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
