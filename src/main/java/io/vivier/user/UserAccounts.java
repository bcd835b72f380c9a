package io.vivier.user;

import io.vivier.audit.AuditLog;
import io.vivier.web.ConflictException;
import io.vivier.web.FieldError;
import io.vivier.web.InvalidInputException;
import io.vivier.web.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Managing users, their passwords and their API tokens. */
@Service
public class UserAccounts {

  public static final int MIN_PASSWORD_LENGTH = 12;
  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,63}");
  private static final String TOKEN_PREFIX = "viv_";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcUsers users;
  private final PasswordEncoder passwordEncoder;
  private final AuditLog audit;
  private final Clock clock;

  UserAccounts(JdbcUsers users, PasswordEncoder passwordEncoder, AuditLog audit, Clock clock) {
    this.users = users;
    this.passwordEncoder = passwordEncoder;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public User add(String username, String displayName, String email, String password, Role role, String actor) {
    String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    List<FieldError> errors = new ArrayList<>();
    if (!USERNAME.matcher(name).matches()) {
      errors.add(new FieldError("username", "2 to 64 characters: letters, digits, '.', '_', '-' or '@', starting with a letter or digit"));
    }
    passwordProblem(password).ifPresent(p -> errors.add(new FieldError("password", p)));
    if (role == null) {
      errors.add(new FieldError("role", "must be one of: ADMIN, MARKETING, SALES"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    if (users.exists(name)) {
      throw new ConflictException("a user named '" + name + "' already exists");
    }
    User user = users.insert(name, blankToNull(displayName), blankToNull(email), passwordEncoder.encode(password), role, now());
    audit.record(actor, "create", "user", user.id(), Map.of("username", name, "role", role.name()));
    return user;
  }

  /** Changes role, display name, e-mail or enabled flag; the last enabled admin cannot be demoted. */
  @Transactional
  public User update(String username, String displayName, String email, Role role, Boolean enabled, String actor) {
    User user = users.find(username).orElseThrow(() -> new NotFoundException("user", username));
    Role newRole = role == null ? user.role() : role;
    boolean newEnabled = enabled == null ? user.enabled() : enabled;
    if (user.role() == Role.ADMIN && user.enabled() && (newRole != Role.ADMIN || !newEnabled)
        && users.countEnabledAdmins() <= 1) {
      throw new ConflictException("'" + username + "' is the last enabled admin; make another admin first");
    }
    Map<String, Object> changes = new LinkedHashMap<>();
    if (newRole != user.role()) {
      changes.put("role", List.of(user.role().name(), newRole.name()));
    }
    if (newEnabled != user.enabled()) {
      changes.put("enabled", List.of(user.enabled(), newEnabled));
    }
    users.update(
        user.id(),
        displayName == null ? user.displayName() : blankToNull(displayName),
        email == null ? user.email() : blankToNull(email),
        newRole,
        newEnabled,
        now());
    audit.record(actor, "update", "user", user.id(), changes);
    return users.find(user.id()).orElseThrow();
  }

  @Transactional
  public void changePassword(String username, String password, String actor) {
    User user = users.find(username).orElseThrow(() -> new NotFoundException("user", username));
    passwordProblem(password).ifPresent(p -> {
      throw new InvalidInputException("password", p);
    });
    users.updatePassword(user.id(), passwordEncoder.encode(password), now());
    audit.record(actor, "change-password", "user", user.id(), Map.of());
  }

  /** Whether the user exists, is enabled and has this password. */
  public boolean passwordMatches(String username, String password) {
    return users.find(username).filter(User::enabled).isPresent()
        && users.passwordHash(username).map(hash -> passwordEncoder.matches(password, hash)).orElse(false);
  }

  Optional<String> passwordHash(String username) {
    return users.passwordHash(username);
  }

  @Transactional
  public NewToken createToken(String username, String name, String actor) {
    User user = users.find(username).orElseThrow(() -> new NotFoundException("user", username));
    String tokenName = name == null || name.isBlank() ? "token" : name.strip();
    if (tokenName.length() > 100) {
      throw new InvalidInputException("name", "at most 100 characters");
    }
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String secret = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    ApiToken token = users.insertToken(user.id(), tokenName, hash(secret), secret.substring(0, 12), now());
    audit.record(actor, "create-token", "user", user.id(), Map.of("token_id", token.id(), "name", tokenName));
    return new NewToken(token, secret);
  }

  /** Tokens of one user, or of everybody when {@code username} is null. */
  public List<ApiToken> tokens(String username) {
    if (username == null) {
      return users.tokens(null);
    }
    User user = users.find(username).orElseThrow(() -> new NotFoundException("user", username));
    return users.tokens(user.id());
  }

  public Optional<ApiToken> token(long id) {
    return users.token(id);
  }

  @Transactional
  public ApiToken revokeToken(long id, String actor) {
    ApiToken token = users.token(id).orElseThrow(() -> new NotFoundException("token", id));
    if (users.revokeToken(id, now())) {
      audit.record(actor, "revoke-token", "token", id, Map.of("user", token.username()));
    }
    return users.token(id).orElseThrow();
  }

  /** The holder of a valid, unrevoked token of an enabled user. */
  Optional<JdbcUsers.TokenHolder> authenticateToken(String secret) {
    if (secret == null || !secret.startsWith(TOKEN_PREFIX) || secret.length() > 200) {
      return Optional.empty();
    }
    Optional<JdbcUsers.TokenHolder> holder = users.activeTokenHolder(hash(secret));
    holder.ifPresent(
        h -> {
          // one write per token every few minutes is enough to show "last used"
          Instant now = now();
          if (h.lastUsedAt() == null || h.lastUsedAt().isBefore(now.minusSeconds(300))) {
            users.markTokenUsed(h.tokenId(), now);
          }
        });
    return holder;
  }

  /** Empty when the password is acceptable, else what is wrong with it. */
  static Optional<String> passwordProblem(String password) {
    if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
      return Optional.of("at least " + MIN_PASSWORD_LENGTH + " characters");
    }
    if (password.length() > 200) {
      return Optional.of("at most 200 characters");
    }
    if (password.isBlank()) {
      return Optional.of("must not be only spaces");
    }
    return Optional.empty();
  }

  /** Tokens are long random secrets, so a fast hash is enough; only the hash is stored. */
  static String hash(String secret) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private Instant now() {
    return clock.instant();
  }
}
