package io.vivier.prospect;

import io.vivier.quality.EmailFlags;
import io.vivier.quality.Emails;
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

/** People in SQL. Column names come from {@link PersonField}, never from input. */
@Repository
class JdbcPeople implements People {

  private static final String SELECT =
      """
      SELECT p.*, ps.score AS score, c.name AS company_name, u.username AS owner_username
      FROM people p
      LEFT JOIN person_scores ps ON ps.person_id = p.id
      LEFT JOIN companies c ON c.id = p.company_id
      LEFT JOIN users u ON u.id = p.owner_id
      """;

  private final Database db;
  private final JdbcRecordTable<PersonField> table;

  JdbcPeople(Database db) {
    this.db = db;
    this.table = new JdbcRecordTable<>(db, "people", PersonField.class);
  }

  @Override
  public Optional<Person> find(long id) {
    return db.sql().sql(SELECT + " WHERE p.id = ?").param(id).query(this::map).optional();
  }

  @Override
  public boolean exists(long id) {
    return db.sql().sql("SELECT 1 FROM people WHERE id = ?").param(id).query(Integer.class).optional().isPresent();
  }

  @Override
  public Page<Person> list(PersonQuery query, String cursor, int limit) {
    StringBuilder sql = new StringBuilder(SELECT).append(" WHERE 1 = 1");
    List<Object> params = new ArrayList<>();
    if (query.text() != null && !Text.fold(query.text()).isBlank()) {
      // each word must appear in the person's search text or the company's
      for (String word : Text.fold(Text.clean(query.text())).split(" ")) {
        String pattern = Cursors.containsPattern(word);
        sql.append(" AND (p.search_text LIKE ? ESCAPE '\\' OR c.search_text LIKE ? ESCAPE '\\')");
        params.add(pattern);
        params.add(pattern);
      }
    }
    if (query.stage() != null) {
      sql.append(" AND p.stage = ?");
      params.add(query.stage());
    }
    if (query.owner() != null) {
      sql.append(" AND u.username = ?");
      params.add(query.owner());
    }
    if (query.companyId() != null) {
      sql.append(" AND p.company_id = ?");
      params.add(query.companyId());
    }
    if (cursor != null) {
      sql.append(" AND p.id < ?");
      params.add(Cursors.decodeId(cursor));
    }
    sql.append(" ORDER BY p.id DESC LIMIT ?");
    params.add(limit + 1);
    List<Person> rows = db.sql().sql(sql.toString()).params(params).query(this::map).list();
    if (rows.size() <= limit) {
      return new Page<>(rows, null);
    }
    List<Person> page = rows.subList(0, limit);
    return new Page<>(List.copyOf(page), Cursors.encode(Long.toString(page.get(limit - 1).id())));
  }

  @Override
  public Person insert(Map<PersonField, Object> values, Instant now) {
    return find(table.insert(values, derived(values), now)).orElseThrow();
  }

  @Override
  public Optional<Person> update(long id, long expectedVersion, Map<PersonField, Object> values, Instant now) {
    return table.update(id, expectedVersion, values, derived(values), now) ? find(id) : Optional.empty();
  }

  @Override
  public boolean delete(long id) {
    return table.delete(id);
  }

  @Override
  public long count() {
    return db.sql().sql("SELECT COUNT(*) FROM people").query(Long.class).single();
  }

  @Override
  public void touchLastActivity(long id, Instant at) {
    db.sql()
        .sql("UPDATE people SET last_activity_at = ? WHERE id = ? AND (last_activity_at IS NULL OR last_activity_at < ?)")
        .params(db.ts(at), id, db.ts(at))
        .update();
  }

  @Override
  public Map<String, Long> idsByEmailKey(Collection<String> emailKeys) {
    return idsBy("SELECT email_key, MIN(id) FROM people WHERE email_key IN (%s) GROUP BY email_key", emailKeys, 1);
  }

  @Override
  public Map<String, Long> idsByPhone(Collection<String> e164Numbers) {
    Map<String, Long> ids = new HashMap<>();
    idsBy("SELECT phone_e164, MIN(id) FROM people WHERE phone_e164 IN (%s) GROUP BY phone_e164", e164Numbers, 1)
        .forEach((k, v) -> ids.merge(k, v, Math::min));
    idsBy("SELECT mobile_e164, MIN(id) FROM people WHERE mobile_e164 IN (%s) GROUP BY mobile_e164", e164Numbers, 1)
        .forEach((k, v) -> ids.merge(k, v, Math::min));
    return ids;
  }

  private Map<String, Long> idsBy(String sql, Collection<String> keys, int copies) {
    Map<String, Long> ids = new HashMap<>();
    for (List<String> part : Batches.of(new java.util.LinkedHashSet<>(keys))) {
      db.sql()
          .sql(sql.formatted(Batches.marks(part.size())))
          .params(part)
          .query((rs, n) -> ids.put(rs.getString(1), rs.getLong(2)))
          .list();
    }
    return ids;
  }

  @Override
  public long scanKeys(long afterId, java.util.function.Consumer<PersonKeys> consumer) {
    long[] last = {afterId};
    db.stream(
        "SELECT id, email_key, phone_e164, mobile_e164, company_id, first_name, last_name FROM people WHERE id > ? ORDER BY id",
        rs -> {
          long id = rs.getLong(1);
          long company = rs.getLong(5);
          Long companyId = rs.wasNull() ? null : company;
          consumer.accept(new PersonKeys(id, rs.getString(2), rs.getString(3), rs.getString(4), companyId, rs.getString(6), rs.getString(7)));
          last[0] = id;
        },
        afterId);
    return last[0];
  }

  @Override
  public void scanForMatching(java.util.function.Consumer<MatchFields> consumer) {
    db.stream("SELECT p.id, p.first_name, p.last_name, p.email, p.phone, p.mobile, c.name, p.street, p.postcode, p.city"
            + " FROM people p LEFT JOIN companies c ON c.id = p.company_id WHERE p.id > ? ORDER BY p.id",
        rs -> consumer.accept(new MatchFields(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10))),
        0L);
  }

  @Override
  public List<Long> reassignCompany(long from, long to) {
    List<Long> moved = db.sql().sql("SELECT id FROM people WHERE company_id = ? ORDER BY id").param(from).query(Long.class).list();
    db.sql().sql("UPDATE people SET company_id = ? WHERE company_id = ?").params(to, from).update();
    return moved;
  }

  @Override
  public void assignCompany(Collection<Long> personIds, long company) {
    for (List<Long> part : Batches.of(personIds)) {
      List<Object> params = new ArrayList<>(List.of(company));
      params.addAll(part);
      db.sql().sql("UPDATE people SET company_id = ? WHERE id IN (" + Batches.marks(part.size()) + ")").params(params).update();
    }
  }

  @Override
  public void restore(Person snapshot) {
    Map<String, java.time.Instant> more = new HashMap<>();
    if (snapshot.lastActivityAt() != null) {
      more.put("last_activity_at", snapshot.lastActivityAt());
    }
    table.restore(snapshot.id(), snapshot.values(), derived(snapshot.values()), snapshot.version(), snapshot.createdAt(),
        snapshot.updatedAt(), more);
  }

  @Override
  public List<PersonName> namesInCompanies(Collection<Long> companyIds) {
    List<PersonName> names = new ArrayList<>();
    for (List<Long> part : Batches.of(new java.util.LinkedHashSet<>(companyIds))) {
      names.addAll(
          db.sql()
              .sql("SELECT id, company_id, first_name, last_name FROM people WHERE company_id IN (" + Batches.marks(part.size()) + ")")
              .params(part)
              .query((rs, n) -> new PersonName(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)))
              .list());
    }
    return names;
  }

  @Override
  public List<Person> findAll(Collection<Long> ids, boolean forUpdate) {
    return table.findAll(ids, forUpdate, SELECT, "p", this::map);
  }

  @Override
  public long[] insertAll(List<Map<PersonField, Object>> rows, Instant now) {
    return table.insertAll(rows, JdbcPeople::derived, now);
  }

  @Override
  public void updateAll(Map<Long, Map<PersonField, Object>> rows, Instant now) {
    table.updateAll(rows, JdbcPeople::derived, now);
  }

  @Override
  public int deleteAll(Collection<Long> ids) {
    return table.deleteAll(ids);
  }

  @Override
  public Map<Long, Long> versions(Collection<Long> ids) {
    return table.versions(ids);
  }

  @Override
  public List<Person> after(long afterId, int limit) {
    return db.sql().sql(SELECT + " WHERE p.id > ? ORDER BY p.id LIMIT ?").params(afterId, limit).query(this::map).list();
  }

  /** Read from the narrow facts (V10): a scan of every profile reads no wide row. */
  private static final String PROFILE =
      "SELECT f.person_id, f.company_id, f.stage, f.seniority, f.source, f.employees FROM people_facts f";

  @Override
  public List<Profile> profiles(long afterId, int limit) {
    return db.sql().sql(PROFILE + " WHERE f.person_id > ? ORDER BY f.person_id LIMIT ?").params(afterId, limit)
        .query(this::mapProfile).list();
  }

  @Override
  public List<Long> idsOfCompany(long companyId) {
    return db.sql().sql("SELECT person_id FROM people_facts WHERE company_id = ? ORDER BY person_id").param(companyId)
        .query(Long.class).list();
  }

  @Override
  public List<Profile> profiles(long[] ids) {
    List<Profile> found = new ArrayList<>(ids.length);
    for (List<Long> part : Batches.of(ids)) {
      found.addAll(db.sql().sql(PROFILE + " WHERE f.person_id IN (" + Batches.marks(part.size()) + ")").params(part)
          .query(this::mapProfile).list());
    }
    found.sort(java.util.Comparator.comparingLong(Profile::id));
    return found;
  }

  @Override
  public Optional<Profile> profile(long id) {
    return db.sql().sql(PROFILE + " WHERE f.person_id = ?").param(id).query(this::mapProfile).optional();
  }

  private Profile mapProfile(ResultSet rs, int row) throws SQLException {
    long company = rs.getLong(2);
    Long companyId = rs.wasNull() ? null : company;
    long employees = rs.getLong(6);
    return new Profile(rs.getLong(1), companyId, rs.getString(3), rs.getString(4), rs.getString(5), rs.wasNull() ? null : employees);
  }

  @Override
  public List<Long> moveStage(Collection<Long> ids, String from, String to, Instant now) {
    List<Long> moved = new ArrayList<>();
    for (List<Long> part : Batches.of(ids)) {
      List<Object> params = new ArrayList<>(List.of(from));
      params.addAll(part);
      List<Long> still = db.sql()
          .sql("SELECT id FROM people WHERE stage = ? AND id IN (" + Batches.marks(part.size()) + ")" + db.forUpdate())
          .params(params)
          .query(Long.class)
          .list();
      List<Object[]> rows = new ArrayList<>(still.size());
      for (Long id : still) {
        rows.add(new Object[] {to, db.ts(now), id, from});
      }
      db.batch("UPDATE people SET stage = ?, updated_at = ?, version = version + 1 WHERE id = ? AND stage = ?", rows);
      moved.addAll(still);
    }
    return moved;
  }

  /** Columns kept for matching and search, recomputed from the values on every write. */
  static Map<String, Object> derived(Map<PersonField, Object> values) {
    String country = (String) values.get(PersonField.COUNTRY);
    String email = (String) values.get(PersonField.EMAIL);
    String phone = (String) values.get(PersonField.PHONE);
    String mobile = (String) values.get(PersonField.MOBILE);
    String phoneE164 = Phones.e164(phone, country).orElse(null);
    String mobileE164 = Phones.e164(mobile, country).orElse(null);
    String search = JdbcRecordTable.searchText(values.get(PersonField.FIRST_NAME), values.get(PersonField.LAST_NAME), email,
        phoneE164, mobileE164, values.get(PersonField.JOB_TITLE), values.get(PersonField.CITY), values.get(PersonField.EXTERNAL_ID));
    Map<String, Object> derived = new java.util.LinkedHashMap<>();
    derived.put("email_key", email == null ? null : Emails.key(email));
    derived.put("phone_e164", phoneE164);
    derived.put("mobile_e164", mobileE164);
    derived.put("search_text", search);
    // for the filter language's free_mail: the provider list lives in Java, not in SQL
    derived.put("free_mail", email == null ? 0 : EmailFlags.of(email).freeMail() ? 1 : 0);
    return derived;
  }

  private Person map(ResultSet rs, int row) throws SQLException {
    Map<PersonField, Object> values = table.read(rs);
    long companyId = rs.getLong("company_id");
    Person.CompanyRef company = rs.wasNull() ? null : new Person.CompanyRef(companyId, rs.getString("company_name"));
    return new Person(
        rs.getLong("id"),
        rs.getLong("version"),
        values,
        company,
        db.instant(rs, "created_at"),
        db.instant(rs, "updated_at"),
        db.instant(rs, "last_activity_at"));
  }
}
