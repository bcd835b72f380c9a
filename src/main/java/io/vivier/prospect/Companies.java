package io.vivier.prospect;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The companies of the base. */
public interface Companies {

  Optional<Company> find(long id);

  /** The oldest company whose normalised name is that of {@code name}. */
  Optional<Company> findByName(String name);

  Company insert(Map<CompanyField, Object> values, Instant now);

  /** As {@link People#update}. */
  Optional<Company> update(long id, long expectedVersion, Map<CompanyField, Object> changes, Instant now);

  boolean delete(long id);

  /** By name; {@code text} matches name, domain, SIREN or city, ignoring case and accents. */
  Page<Company> list(String text, String cursor, int limit);

  long count();

  /** Key under which two spellings of one company name meet: folded, punctuation dropped. */
  static String nameKey(String name) {
    return JdbcCompanies.nameKey(name);
  }

  // Bulk operations, for imports and undo, as in People.

  /** The oldest company id for each of these values of {@code key}. */
  Map<String, Long> idsBy(Key key, Collection<String> values);

  /** The matching keys of a company, strongest first. */
  enum Key {
    SIREN("siren"),
    DOMAIN("domain"),
    NAME("name_key");

    final String column;

    Key(String column) {
      this.column = column;
    }
  }

  /** As {@link People#scanKeys}: SIREN, domain and name key of every company above {@code afterId}. */
  long scanKeys(long afterId, java.util.function.Consumer<CompanyKeys> consumer);

  /** What an import matches a company on. */
  record CompanyKeys(long id, String siren, String domain, String nameKey) {}

  /**
   * Up to {@code limit} companies whose name key starts with {@code prefix} (and in {@code postcode}
   * when not null), oldest first: a range of the name key index.
   */
  List<Company> withNamePrefix(String prefix, String postcode, int limit);

  /** Up to {@code limit} companies with an id above {@code afterId}, by id: a scan of the base. */
  List<Company> after(long afterId, int limit);

  /** As {@link People#restore}. */
  void restore(Company snapshot);

  /** As {@link People#findAll}. */
  List<Company> findAll(Collection<Long> ids, boolean forUpdate);

  long[] insertAll(List<Map<CompanyField, Object>> rows, Instant now);

  void updateAll(Map<Long, Map<CompanyField, Object>> rows, Instant now);

  int deleteAll(Collection<Long> ids);

  Map<Long, Long> versions(Collection<Long> ids);
}
