package io.vivier.user;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vivier.web.InvalidInputException;
import io.vivier.web.NotFoundException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** User management, for admins only (see {@link SecurityConfiguration}). */
@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Users", description = "Admins only")
class UsersApi {

  private static final Set<String> FIELDS = Set.of("username", "display_name", "email", "password", "role", "enabled");

  private final Users users;
  private final UserAccounts accounts;

  UsersApi(Users users, UserAccounts accounts) {
    this.users = users;
    this.accounts = accounts;
  }

  @GetMapping
  List<User> list() {
    return users.all();
  }

  @GetMapping("/{username}")
  User get(@PathVariable String username) {
    return users.find(username).orElseThrow(() -> new NotFoundException("user", username));
  }

  @PostMapping
  @Operation(summary = "Add a user: {\"username\", \"password\" (12+ characters), \"role\": admin|marketing|sales}")
  ResponseEntity<User> add(@RequestBody Map<String, Object> body) {
    checkKeys(body);
    User user =
        accounts.add(
            string(body, "username"),
            string(body, "display_name"),
            string(body, "email"),
            string(body, "password"),
            roleOrNull(body.get("role")),
            Actors.current());
    return ResponseEntity.created(URI.create("/api/v1/users/" + user.username())).body(user);
  }

  @PatchMapping("/{username}")
  @Operation(summary = "Change role, enabled, display_name, email or password of a user")
  User update(@PathVariable String username, @RequestBody Map<String, Object> body) {
    checkKeys(body);
    if (body.containsKey("username")) {
      throw new InvalidInputException("username", "cannot be changed");
    }
    Object enabled = body.get("enabled");
    if (enabled != null && !(enabled instanceof Boolean)) {
      throw new InvalidInputException("enabled", "must be true or false");
    }
    if (body.containsKey("password")) {
      accounts.changePassword(username, string(body, "password"), Actors.current());
    }
    return accounts.update(
        username,
        string(body, "display_name"),
        string(body, "email"),
        body.get("role") == null ? null : role(body.get("role")),
        (Boolean) enabled,
        Actors.current());
  }

  private static void checkKeys(Map<String, Object> body) {
    for (String key : body.keySet()) {
      if (!FIELDS.contains(key)) {
        throw new InvalidInputException(key.length() > 64 ? key.substring(0, 64) : key,
            "unknown field; known ones are username, display_name, email, password, role, enabled");
      }
    }
  }

  private static String string(Map<String, Object> body, String key) {
    Object value = body.get(key);
    if (value != null && !(value instanceof String)) {
      throw new InvalidInputException(key, "must be a string");
    }
    return (String) value;
  }

  /** The role named, or null (reported with the other fields) when it is not one. */
  private static Role roleOrNull(Object value) {
    try {
      return role(value);
    } catch (InvalidInputException e) {
      return null;
    }
  }

  static Role role(Object value) {
    if (value instanceof String s) {
      try {
        return Role.valueOf(s.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        // reported below
      }
    }
    throw new InvalidInputException("role", "must be one of: admin, marketing, sales");
  }
}
