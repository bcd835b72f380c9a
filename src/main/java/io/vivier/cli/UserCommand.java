package io.vivier.cli;

import io.vivier.user.ApiToken;
import io.vivier.user.NewToken;
import io.vivier.user.Role;
import io.vivier.user.User;
import io.vivier.user.UserAccounts;
import io.vivier.user.Users;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "user",
    mixinStandardHelpOptions = true,
    description = "Manage users and their API tokens.",
    subcommands = {
      UserCommand.Add.class,
      UserCommand.ListUsers.class,
      UserCommand.Token.class,
      UserCommand.Tokens.class,
      UserCommand.Revoke.class,
      UserCommand.Password.class
    })
public class UserCommand implements Runnable {

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  static final String CLI_ACTOR = "cli";

  /** Where a new password comes from: prompted, read from stdin, or generated and printed once. */
  static class PasswordSource {
    @Option(names = "--password", interactive = true, arity = "0..1",
        description = "Ask for the password (or give it here, though it then stays in the shell history).")
    String password;

    @Option(names = "--password-stdin", description = "Read the password from the first line of standard input.")
    boolean fromStdin;

    /** The password, and whether it was generated (and must be shown). */
    Map.Entry<String, Boolean> resolve() {
      if (fromStdin) {
        try {
          String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
          if (line == null || line.isEmpty()) {
            throw new UserInputException("--password-stdin: standard input had no password line");
          }
          return Map.entry(line, false);
        } catch (IOException e) {
          throw new UserInputException("--password-stdin: cannot read standard input: " + e.getMessage());
        }
      }
      if (password != null && !password.isEmpty()) {
        return Map.entry(password, false);
      }
      byte[] bytes = new byte[15];
      new SecureRandom().nextBytes(bytes);
      return Map.entry(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), true);
    }
  }

  @Command(name = "add", mixinStandardHelpOptions = true,
      description = "Add a user. Without --password or --password-stdin a password is generated and printed once.")
  static class Add implements Callable<Integer> {
    @Mixin DatabaseOptions database = new DatabaseOptions();
    @Mixin JsonOption json = new JsonOption();

    @Parameters(paramLabel = "USERNAME") String username;

    @Option(names = "--role", required = true, description = "admin, marketing or sales.") String role;

    @Option(names = "--name", description = "Display name.") String displayName;

    @Option(names = "--email", description = "E-mail address.") String email;

    @ArgGroup(exclusive = true) PasswordSource passwordSource = new PasswordSource();

    @Override
    public Integer call() {
      Role parsedRole = Roles.parse(role);
      var password = (passwordSource == null ? new PasswordSource() : passwordSource).resolve();
      try (var context = CliContext.open(database)) {
        User user = context.getBean(UserAccounts.class)
            .add(username, displayName, email, password.getKey(), parsedRole, CLI_ACTOR);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("username", user.username());
        out.put("role", user.role().name());
        if (password.getValue()) {
          out.put("password", password.getKey());
        }
        json.print(out, () -> {
          System.out.println("Added user " + user.username() + " (" + user.role().name().toLowerCase() + ").");
          if (password.getValue()) {
            System.out.println("Password (shown once): " + password.getKey());
          }
        });
      }
      return 0;
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List users.")
  static class ListUsers implements Callable<Integer> {
    @Mixin DatabaseOptions database = new DatabaseOptions();
    @Mixin JsonOption json = new JsonOption();

    @Override
    public Integer call() {
      try (var context = CliContext.open(database)) {
        List<User> users = context.getBean(Users.class).all();
        json.print(users, () -> {
          System.out.printf("%-24s %-10s %-8s %s%n", "USERNAME", "ROLE", "ENABLED", "NAME");
          for (User u : users) {
            System.out.printf("%-24s %-10s %-8s %s%n", u.username(), u.role().name().toLowerCase(),
                u.enabled() ? "yes" : "no", u.displayName() == null ? "" : u.displayName());
          }
        });
      }
      return 0;
    }
  }

  @Command(name = "token", mixinStandardHelpOptions = true,
      description = "Create an API token for a user and print it once (send it as 'Authorization: Bearer TOKEN').")
  static class Token implements Callable<Integer> {
    @Mixin DatabaseOptions database = new DatabaseOptions();
    @Mixin JsonOption json = new JsonOption();

    @Parameters(paramLabel = "USERNAME") String username;

    @Option(names = "--name", description = "What the token is for, e.g. crm-sync.") String name;

    @Override
    public Integer call() {
      try (var context = CliContext.open(database)) {
        NewToken token = context.getBean(UserAccounts.class).createToken(username.toLowerCase(), name, CLI_ACTOR);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", token.token().id());
        out.put("username", token.token().username());
        out.put("name", token.token().name());
        out.put("token", token.secret());
        json.print(out, () -> {
          System.out.println(token.secret());
          System.err.println("Token " + token.token().id() + " (" + token.token().name() + ") for "
              + token.token().username() + ": shown once, keep it safe. Revoke with: vivier user revoke-token "
              + token.token().id());
        });
      }
      return 0;
    }
  }

  @Command(name = "tokens", mixinStandardHelpOptions = true, description = "List API tokens (never their secrets).")
  static class Tokens implements Callable<Integer> {
    @Mixin DatabaseOptions database = new DatabaseOptions();
    @Mixin JsonOption json = new JsonOption();

    @Parameters(paramLabel = "USERNAME", arity = "0..1", description = "Only this user's tokens.") String username;

    @Override
    public Integer call() {
      try (var context = CliContext.open(database)) {
        List<ApiToken> tokens =
            context.getBean(UserAccounts.class).tokens(username == null ? null : username.toLowerCase());
        json.print(tokens, () -> {
          System.out.printf("%-6s %-20s %-24s %-14s %s%n", "ID", "USER", "NAME", "PREFIX", "STATUS");
          for (ApiToken t : tokens) {
            System.out.printf("%-6d %-20s %-24s %-14s %s%n", t.id(), t.username(), t.name(), t.prefix(),
                t.revoked() ? "revoked " + t.revokedAt() : "active");
          }
        });
      }
      return 0;
    }
  }

  @Command(name = "revoke-token", mixinStandardHelpOptions = true, description = "Revoke an API token at once.")
  static class Revoke implements Callable<Integer> {
    @Mixin DatabaseOptions database = new DatabaseOptions();
    @Mixin JsonOption json = new JsonOption();

    @Parameters(paramLabel = "ID") long id;

    @Override
    public Integer call() {
      try (var context = CliContext.open(database)) {
        ApiToken token = context.getBean(UserAccounts.class).revokeToken(id, CLI_ACTOR);
        json.print(token, () -> System.out.println("Token " + id + " of " + token.username() + " is revoked."));
      }
      return 0;
    }
  }

  @Command(name = "passwd", mixinStandardHelpOptions = true,
      description = "Set a user's password. Without options a password is generated and printed once.")
  static class Password implements Callable<Integer> {
    @Mixin DatabaseOptions database = new DatabaseOptions();

    @Parameters(paramLabel = "USERNAME") String username;

    @ArgGroup(exclusive = true) PasswordSource passwordSource = new PasswordSource();

    @Override
    public Integer call() {
      var password = (passwordSource == null ? new PasswordSource() : passwordSource).resolve();
      try (var context = CliContext.open(database)) {
        context.getBean(UserAccounts.class).changePassword(username.toLowerCase(), password.getKey(), CLI_ACTOR);
      }
      System.out.println("Password of " + username + " changed.");
      if (password.getValue()) {
        System.out.println("Password (shown once): " + password.getKey());
      }
      return 0;
    }
  }

  static final class Roles {
    private Roles() {}

    static Role parse(String role) {
      try {
        return Role.valueOf(role.strip().toUpperCase());
      } catch (IllegalArgumentException e) {
        throw new UserInputException("--role: '" + role + "' is not a role; use admin, marketing or sales");
      }
    }
  }
}
