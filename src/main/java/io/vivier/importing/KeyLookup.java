package io.vivier.importing;

import io.vivier.prospect.Companies;
import io.vivier.prospect.People;
import java.util.Collection;
import java.util.Map;

/**
 * Where an import finds the records of the base that a chunk's keys point at: an in-memory index
 * of the whole base ({@link BaseKeys}), or queries per chunk ({@link #queries}) when the base is
 * too large for the heap. Maps a key to the oldest id holding it; an id may be a candidate only
 * (see {@link BaseKeys}).
 */
interface KeyLookup {

  Map<String, Long> emails(Collection<String> emailKeys);

  /** Phone or mobile. */
  Map<String, Long> phones(Collection<String> e164Numbers);

  /** By {@link ChunkWriter#nameKey}; the queries read the names of these companies' people. */
  Map<String, Long> names(Collection<Long> companyIds, Collection<String> nameKeys);

  Map<String, Long> companies(Companies.Key key, Collection<String> values);

  /** Before a chunk: takes in what others wrote since. */
  default void catchUp() {}

  /** After a chunk: the keys of a person the import created or changed. */
  default void wrotePerson(People.PersonKeys keys) {}

  default void wroteCompany(Companies.CompanyKeys keys) {}

  /** Looks keys up with one query per few hundred keys, for each chunk. */
  static KeyLookup queries(People people, Companies companies) {
    return new KeyLookup() {
      @Override
      public Map<String, Long> emails(Collection<String> emailKeys) {
        return people.idsByEmailKey(emailKeys);
      }

      @Override
      public Map<String, Long> phones(Collection<String> e164Numbers) {
        return people.idsByPhone(e164Numbers);
      }

      @Override
      public Map<String, Long> names(Collection<Long> companyIds, Collection<String> nameKeys) {
        Map<String, Long> byName = new java.util.HashMap<>();
        for (People.PersonName name : people.namesInCompanies(companyIds)) {
          String key = ChunkWriter.nameKey(name.companyId(), name.firstName(), name.lastName());
          if (key != null) {
            byName.merge(key, name.id(), Math::min);
          }
        }
        return byName;
      }

      @Override
      public Map<String, Long> companies(Companies.Key key, Collection<String> values) {
        return companies.idsBy(key, values);
      }
    };
  }
}
