package io.vivier.prospect;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The people (prospects) of the base. */
public interface People {

  Optional<Person> find(long id);

  boolean exists(long id);

  /** Inserts a person with the given values; returns it as stored (version 1). */
  Person insert(Map<PersonField, Object> values, Instant now);

  /**
   * Writes {@code changes} if the stored version is still {@code expectedVersion}, bumping it.
   *
   * @return the updated person, or empty when the version no longer matches (or the person is gone)
   */
  Optional<Person> update(long id, long expectedVersion, Map<PersonField, Object> changes, Instant now);

  boolean delete(long id);

  /** Newest first; {@code cursor} from the previous page, null for the first. */
  Page<Person> list(PersonQuery query, String cursor, int limit);

  long count();

  /** Moves last_activity_at forward to {@code at} if it is later than the stored one. */
  void touchLastActivity(long id, Instant at);

  // Bulk operations, for imports and undo: one query per few hundred keys, one JDBC batch per write.

  /** The oldest person id for each of these e-mail keys ({@code Emails.key}) that the base has. */
  Map<String, Long> idsByEmailKey(Collection<String> emailKeys);

  /** The oldest person id whose phone or mobile is each of these E.164 numbers. */
  Map<String, Long> idsByPhone(Collection<String> e164Numbers);

  /** Names of the people of these companies, for matching a name within a company. */
  List<PersonName> namesInCompanies(Collection<Long> companyIds);

  /** A person's id, company and names. */
  record PersonName(long id, long companyId, String firstName, String lastName) {}

  /**
   * The people with these ids, in no particular order; with {@code forUpdate} the rows are locked
   * until the transaction ends (PostgreSQL; SQLite write transactions are exclusive anyway).
   */
  List<Person> findAll(Collection<Long> ids, boolean forUpdate);

  /** Inserts people at version 1; returns their ids, in order. */
  long[] insertAll(List<Map<PersonField, Object>> rows, Instant now);

  /** Replaces every field of these people (locked by the caller) and bumps their versions. */
  void updateAll(Map<Long, Map<PersonField, Object>> rows, Instant now);

  int deleteAll(Collection<Long> ids);

  /** The current version of each of these people that still exists. */
  Map<Long, Long> versions(Collection<Long> ids);

  /**
   * Streams the matching keys of every person with an id above {@code afterId}, in id order,
   * without holding them all: how an import builds its in-memory index of the base.
   *
   * @return the highest id seen, or {@code afterId} when there was none
   */
  long scanKeys(long afterId, java.util.function.Consumer<PersonKeys> consumer);

  /** What an import matches a person on: e-mail key, phones, company and names. */
  record PersonKeys(long id, String emailKey, String phone, String mobile, Long companyId, String firstName, String lastName) {}

  /**
   * What the matching engine compares of every person, by id, streamed: a whole-base scan reads
   * a million people this way without building them.
   */
  void scanForMatching(java.util.function.Consumer<MatchFields> consumer);

  /** A person's values the matching engine compares, with its company's name. */
  record MatchFields(long id, String firstName, String lastName, String email, String phone, String mobile, String companyName,
      String street, String postcode, String city) {}

  /** Moves every person of company {@code from} to company {@code to}; returns who moved (for unmerge). */
  List<Long> reassignCompany(long from, long to);

  /** Puts these people in {@code company} (unmerge gives a company its people back). */
  void assignCompany(Collection<Long> personIds, long company);

  /**
   * Puts back a person a merge deleted, exactly as the snapshot has it: same id, values, version
   * and timestamps.
   */
  void restore(Person snapshot);

  /** Up to {@code limit} people with an id above {@code afterId}, by id: a scan of the base. */
  List<Person> after(long afterId, int limit);

  /** What scoring reads of a person besides its activities: stage, seniority, source, company size. */
  record Profile(long id, Long companyId, String stage, String seniority, String source, Long employees) {}

  /** Up to {@code limit} profiles of people with an id above {@code afterId}, by id: a scan of the base. */
  List<Profile> profiles(long afterId, int limit);

  /** The ids of the people of a company, ascending. */
  List<Long> idsOfCompany(long companyId);

  /** The profiles of these people that exist, by id. */
  List<Profile> profiles(long[] ids);

  /** The profile of one person, empty when there is none. */
  Optional<Profile> profile(long id);

  /**
   * Moves these people from stage {@code from} to {@code to}, those still at {@code from} only,
   * bumping their versions; returns the ids moved.
   */
  List<Long> moveStage(Collection<Long> ids, String from, String to, Instant now);
}
