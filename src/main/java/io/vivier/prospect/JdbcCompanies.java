package io.vivier.prospect;

import io.vivier.quality.Phones;
import io.vivier.quality.Text;
import io.vivier.storage.Batches;
import io.vivier.storage.Database;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Repository;

/** Companies in SQL. Column names come from {@link CompanyField}, never from input. */
@Repository
class JdbcCompanies implements Companies {

  private static final String SELECT =
      """
      SELECT c.*, u.username AS owner_username,
             (SELECT COUNT(*) FROM people p WHERE p.company_id = c.id) AS people_count
      FROM companies c
      LEFT JOIN users u ON u.id = c.owner_id
      """;

  private final Database db;
  private final JdbcRecordTable<CompanyField> table;

  JdbcCompanies(Database db) {
    this.db = db;
    this.table = new JdbcRecordTable<>(db, "companies", CompanyField.class);
  }

  /**
   * Key under which two spellings of one company name meet: folded, every run of characters other
   * than letters and digits one space, trimmed.
   */
  static String nameKey(String name) {
    String folded = Text.fold(name);
    StringBuilder key = new StringBuilder(folded.length());
    boolean gap = false;
    for (int i = 0; i < folded.length(); ) {
      int c = folded.codePointAt(i);
      i += Character.charCount(c);
      int type = Character.getType(c);
      if (Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
          || type == Character.OTHER_NUMBER) {
        if (gap && key.length() > 0) {
          key.append(' ');
        }
        key.appendCodePoint(c);
        gap = false;
      } else {
        gap = true;
      }
    }
    return key.toString();
  }

  @Override
  public Optional<Company> find(long id) {
    return db.sql().sql(SELECT + " WHERE c.id = ?").param(id).query(this::map).optional();
  }

  @Override
  public Optional<Company> findByName(String name) {
    return db.sql()
        .sql(SELECT + " WHERE c.name_key = ? ORDER BY c.id LIMIT 1")
        .param(nameKey(name))
        .query(this::map)
        .optional();
  }

  @Override
  public Page<Company> list(String text, String cursor, int limit) {
    StringBuilder sql = new StringBuilder(SELECT).append(" WHERE 1 = 1");
    List<Object> params = new ArrayList<>();
    if (text != null && !Text.fold(text).isBlank()) {
      for (String word : Text.fold(Text.clean(text)).split(" ")) {
        sql.append(" AND c.search_text LIKE ? ESCAPE '\\'");
        params.add(Cursors.containsPattern(word));
      }
    }
    if (cursor != null) {
      String[] after = Cursors.decode(cursor, 2);
      long afterId;
      try {
        afterId = Long.parseLong(after[1]);
      } catch (NumberFormatException e) {
        throw Cursors.badCursor();
      }
      sql.append(" AND (c.name_key > ? OR (c.name_key = ? AND c.id > ?))");
      params.add(after[0]);
      params.add(after[0]);
      params.add(afterId);
    }
    sql.append(" ORDER BY c.name_key, c.id LIMIT ?");
    params.add(limit + 1);
    List<Company> rows = db.sql().sql(sql.toString()).params(params).query(this::map).list();
    if (rows.size() <= limit) {
      return new Page<>(rows, null);
    }
    List<Company> page = rows.subList(0, limit);
    Company last = page.get(limit - 1);
    return new Page<>(List.copyOf(page), Cursors.encode(nameKey(last.name()), Long.toString(last.id())));
  }

  @Override
  public Company insert(Map<CompanyField, Object> values, Instant now) {
    return find(table.insert(values, derived(values), now)).orElseThrow();
  }

  @Override
  public Optional<Company> update(long id, long expectedVersion, Map<CompanyField, Object> values, Instant now) {
    return table.update(id, expectedVersion, values, derived(values), now) ? find(id) : Optional.empty();
  }

  @Override
  public boolean delete(long id) {
    return table.delete(id);
  }

  @Override
  public long count() {
    return db.sql().sql("SELECT COUNT(*) FROM companies").query(Long.class).single();
  }

  @Override
  public Map<String, Long> idsBy(Key key, Collection<String> values) {
    Map<String, Long> ids = new HashMap<>();
    for (List<String> part : Batches.of(new java.util.LinkedHashSet<>(values))) {
      db.sql()
          .sql("SELECT " + key.column + ", MIN(id) FROM companies WHERE " + key.column + " IN (" + Batches.marks(part.size())
              + ") GROUP BY " + key.column)
          .params(part)
          .query((rs, n) -> ids.put(rs.getString(1), rs.getLong(2)))
          .list();
    }
    return ids;
  }

  @Override
  public long scanKeys(long afterId, java.util.function.Consumer<CompanyKeys> consumer) {
    long[] last = {afterId};
    db.stream("SELECT id, siren, domain, name_key FROM companies WHERE id > ? ORDER BY id", rs -> {
      long id = rs.getLong(1);
      consumer.accept(new CompanyKeys(id, rs.getString(2), rs.getString(3), rs.getString(4)));
      last[0] = id;
    }, afterId);
    return last[0];
  }

  @Override
  public List<Company> after(long afterId, int limit) {
    return db.sql().sql(SELECT + " WHERE c.id > ? ORDER BY c.id LIMIT ?").params(afterId, limit).query(this::map).list();
  }

  @Override
  public void restore(Company snapshot) {
    table.restore(snapshot.id(), snapshot.values(), derived(snapshot.values()), snapshot.version(), snapshot.createdAt(),
        snapshot.updatedAt(), Map.of());
  }

  @Override
  public List<Company> withNamePrefix(String prefix, String postcode, int limit) {
    if (prefix.isEmpty()) {
      return List.of();
    }
    // a range on the name_key index: [prefix, prefix with its last character raised)
    int last = prefix.codePointBefore(prefix.length());
    String upper = prefix.substring(0, prefix.length() - Character.charCount(last)) + new String(Character.toChars(last + 1));
    if (postcode == null) {
      return db.sql().sql(SELECT + " WHERE c.name_key >= ? AND c.name_key < ? ORDER BY c.id LIMIT ?").params(prefix, upper, limit)
          .query(this::map).list();
    }
    return db.sql().sql(SELECT + " WHERE c.name_key >= ? AND c.name_key < ? AND c.postcode = ? ORDER BY c.id LIMIT ?")
        .params(prefix, upper, postcode, limit).query(this::map).list();
  }

  @Override
  public List<Company> findAll(Collection<Long> ids, boolean forUpdate) {
    return table.findAll(ids, forUpdate, SELECT, "c", this::map);
  }

  @Override
  public long[] insertAll(List<Map<CompanyField, Object>> rows, Instant now) {
    return table.insertAll(rows, JdbcCompanies::derived, now);
  }

  @Override
  public void updateAll(Map<Long, Map<CompanyField, Object>> rows, Instant now) {
    table.updateAll(rows, JdbcCompanies::derived, now);
  }

  @Override
  public int deleteAll(Collection<Long> ids) {
    return table.deleteAll(ids);
  }

  @Override
  public Map<Long, Long> versions(Collection<Long> ids) {
    return table.versions(ids);
  }

  private static Map<String, Object> derived(Map<CompanyField, Object> values) {
    String name = (String) values.get(CompanyField.NAME);
    String search = JdbcRecordTable.searchText(name, values.get(CompanyField.DOMAIN), values.get(CompanyField.SIREN),
        values.get(CompanyField.CITY), values.get(CompanyField.EXTERNAL_ID));
    Map<String, Object> derived = new java.util.LinkedHashMap<>();
    derived.put("name_key", nameKey(name));
    derived.put(
        "phone_e164",
        Phones.e164((String) values.get(CompanyField.PHONE), (String) values.get(CompanyField.COUNTRY)).orElse(null));
    derived.put("search_text", search);
    return derived;
  }

  private Company map(ResultSet rs, int row) throws SQLException {
    Map<CompanyField, Object> values = table.read(rs);
    return new Company(
        rs.getLong("id"),
        rs.getLong("version"),
        values,
        rs.getLong("people_count"),
        db.instant(rs, "created_at"),
        db.instant(rs, "updated_at"));
  }
}
