package io.vivier.importing;

import io.vivier.prospect.Companies;
import io.vivier.prospect.People;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The matching keys of the whole base in memory, as 64-bit hashes of the key text → the oldest
 * id holding it: an import looks a chunk's e-mails, phones, names and company keys up here instead
 * of querying the base for each chunk. Built once when the import starts, kept current with what
 * the import writes, and caught up before each chunk with records others created meanwhile.
 *
 * <p>A hash can collide, so an id found here is a candidate only: the writer keeps it when the
 * record, once read, holds the key that was looked up.
 */
final class BaseKeys implements KeyLookup {

  private static final long EMAIL = 0x1L;
  private static final long PHONE = 0x2L;
  private static final long NAME = 0x3L;
  private static final long SIREN = 0x4L;
  private static final long DOMAIN = 0x5L;
  private static final long COMPANY_NAME = 0x6L;

  private final People people;
  private final Companies companies;
  private final LongLongMap index;
  private long lastPerson;
  private long lastCompany;

  private BaseKeys(People people, Companies companies, int expectedKeys) {
    this.people = people;
    this.companies = companies;
    this.index = new LongLongMap(expectedKeys);
  }

  /** At most how many keys a base holds: e-mail, phone, mobile and name a person, SIREN, domain and name a company. */
  static long expectedKeys(long peopleCount, long companyCount) {
    return peopleCount * 4 + companyCount * 3 + 1024;
  }

  /** Reads the keys of the base; call inside a transaction (PostgreSQL streams the rows then). */
  static BaseKeys load(People people, Companies companies, long peopleCount, long companyCount) {
    BaseKeys keys = new BaseKeys(people, companies, (int) Math.min(1 << 29, expectedKeys(peopleCount, companyCount)));
    keys.catchUp();
    return keys;
  }

  /** Adds the records created since the last call (by anyone: ids only grow). */
  @Override
  public void catchUp() {
    lastCompany = companies.scanKeys(lastCompany, this::company);
    lastPerson = people.scanKeys(lastPerson, this::person);
  }

  int size() {
    return index.size();
  }

  void person(People.PersonKeys p) {
    put(EMAIL, p.emailKey(), p.id());
    put(PHONE, p.phone(), p.id());
    put(PHONE, p.mobile(), p.id());
    if (p.companyId() != null) {
      put(NAME, ChunkWriter.nameKey(p.companyId(), p.firstName(), p.lastName()), p.id());
    }
    lastPerson = Math.max(lastPerson, p.id());
  }

  void company(Companies.CompanyKeys c) {
    put(SIREN, c.siren(), c.id());
    put(DOMAIN, c.domain(), c.id());
    put(COMPANY_NAME, c.nameKey(), c.id());
    lastCompany = Math.max(lastCompany, c.id());
  }

  @Override
  public Map<String, Long> emails(Collection<String> emailKeys) {
    return find(EMAIL, emailKeys);
  }

  @Override
  public Map<String, Long> phones(Collection<String> e164Numbers) {
    return find(PHONE, e164Numbers);
  }

  @Override
  public Map<String, Long> names(Collection<Long> companyIds, Collection<String> nameKeys) {
    return find(NAME, nameKeys);
  }

  @Override
  public Map<String, Long> companies(Companies.Key key, Collection<String> values) {
    return find(switch (key) {
      case SIREN -> SIREN;
      case DOMAIN -> DOMAIN;
      case NAME -> COMPANY_NAME;
    }, values);
  }

  @Override
  public void wrotePerson(People.PersonKeys keys) {
    person(keys);
  }

  @Override
  public void wroteCompany(Companies.CompanyKeys keys) {
    company(keys);
  }

  private Map<String, Long> find(long kind, Collection<String> values) {
    Map<String, Long> found = new HashMap<>();
    for (String value : values) {
      if (value != null) {
        long id = index.get(hash(kind, value));
        if (id > 0) {
          found.put(value, id);
        }
      }
    }
    return found;
  }

  private void put(long kind, String value, long id) {
    if (value != null) {
      index.putIfAbsent(hash(kind, value), id);
    }
  }

  /** 64-bit FNV-1a over the kind and the key's characters, then a finaliser that spreads the bits. */
  static long hash(long kind, String value) {
    long h = 0xcbf29ce484222325L ^ kind;
    for (int i = 0; i < value.length(); i++) {
      h = (h ^ value.charAt(i)) * 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    return h ^ (h >>> 33);
  }
}
