package io.vivier.user;

import io.vivier.storage.Database;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Repository;

/** Users and their API tokens in SQL. */
@Repository
class JdbcUsers implements Users {

  private static final String COLUMNS = "id, username, display_name, email, role, enabled, created_at";

  private final Database db;

  JdbcUsers(Database db) {
    this.db = db;
  }

  @Override
  public Optional<User> find(String username) {
    return db.sql().sql("SELECT " + COLUMNS + " FROM users WHERE username = ?").param(username).query(this::map).optional();
  }

  @Override
  public Optional<User> find(long id) {
    return db.sql().sql("SELECT " + COLUMNS + " FROM users WHERE id = ?").param(id).query(this::map).optional();
  }

  @Override
  public List<User> all() {
    return db.sql().sql("SELECT " + COLUMNS + " FROM users ORDER BY username").query(this::map).list();
  }

  @Override
  public long countEnabledAdmins() {
    return db.sql()
        .sql("SELECT COUNT(*) FROM users WHERE role = 'ADMIN' AND enabled = ?")
        .param(true)
        .query(Long.class)
        .single();
  }

  @Override
  public boolean exists(String username) {
    return find(username).isPresent();
  }

  Optional<String> passwordHash(String username) {
    return db.sql()
        .sql("SELECT password_hash FROM users WHERE username = ?")
        .param(username)
        .query(String.class)
        .optional();
  }

  User insert(String username, String displayName, String email, String passwordHash, Role role, Instant now) {
    long id =
        db.sql()
            .sql(
                """
                INSERT INTO users (username, display_name, email, password_hash, role, enabled, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
            .params(username, displayName, email, passwordHash, role.name(), true, db.ts(now), db.ts(now))
            .query(Long.class)
            .single();
    return find(id).orElseThrow();
  }

  void update(long id, String displayName, String email, Role role, boolean enabled, Instant now) {
    db.sql()
        .sql("UPDATE users SET display_name = ?, email = ?, role = ?, enabled = ?, updated_at = ? WHERE id = ?")
        .params(displayName, email, role.name(), enabled, db.ts(now), id)
        .update();
  }

  void updatePassword(long id, String passwordHash, Instant now) {
    db.sql()
        .sql("UPDATE users SET password_hash = ?, updated_at = ? WHERE id = ?")
        .params(passwordHash, db.ts(now), id)
        .update();
  }

  ApiToken insertToken(long userId, String name, String tokenHash, String prefix, Instant now) {
    long id =
        db.sql()
            .sql(
                """
                INSERT INTO api_tokens (user_id, name, token_hash, prefix, created_at)
                VALUES (?, ?, ?, ?, ?) RETURNING id""")
            .params(userId, name, tokenHash, prefix, db.ts(now))
            .query(Long.class)
            .single();
    return token(id).orElseThrow();
  }

  private static final String TOKEN_SELECT =
      """
      SELECT t.id, u.username, t.name, t.prefix, t.created_at, t.last_used_at, t.revoked_at
      FROM api_tokens t JOIN users u ON u.id = t.user_id
      """;

  Optional<ApiToken> token(long id) {
    return db.sql().sql(TOKEN_SELECT + " WHERE t.id = ?").param(id).query(this::mapToken).optional();
  }

  List<ApiToken> tokens(Long userId) {
    if (userId == null) {
      return db.sql().sql(TOKEN_SELECT + " ORDER BY t.id").query(this::mapToken).list();
    }
    return db.sql().sql(TOKEN_SELECT + " WHERE t.user_id = ? ORDER BY t.id").param(userId).query(this::mapToken).list();
  }

  /** The enabled user holding an unrevoked token with this hash. */
  Optional<TokenHolder> activeTokenHolder(String tokenHash) {
    return db.sql()
        .sql(
            """
            SELECT t.id AS token_id, t.last_used_at, u.username, u.role
            FROM api_tokens t JOIN users u ON u.id = t.user_id
            WHERE t.token_hash = ? AND t.revoked_at IS NULL AND u.enabled = ?""")
        .params(tokenHash, true)
        .query(
            (rs, n) ->
                new TokenHolder(
                    rs.getLong("token_id"),
                    rs.getString("username"),
                    Role.valueOf(rs.getString("role")),
                    db.instant(rs, "last_used_at")))
        .optional();
  }

  record TokenHolder(long tokenId, String username, Role role, Instant lastUsedAt) {}

  void markTokenUsed(long tokenId, Instant now) {
    db.sql().sql("UPDATE api_tokens SET last_used_at = ? WHERE id = ?").params(db.ts(now), tokenId).update();
  }

  boolean revokeToken(long tokenId, Instant now) {
    return db.sql()
            .sql("UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")
            .params(db.ts(now), tokenId)
            .update()
        == 1;
  }

  private User map(ResultSet rs, int row) throws SQLException {
    return new User(
        rs.getLong("id"),
        rs.getString("username"),
        rs.getString("display_name"),
        rs.getString("email"),
        Role.valueOf(rs.getString("role")),
        rs.getBoolean("enabled"),
        db.instant(rs, "created_at"));
  }

  private ApiToken mapToken(ResultSet rs, int row) throws SQLException {
    return new ApiToken(
        rs.getLong("id"),
        rs.getString("username"),
        rs.getString("name"),
        rs.getString("prefix"),
        db.instant(rs, "created_at"),
        db.instant(rs, "last_used_at"),
        db.instant(rs, "revoked_at"));
  }
}
