package io.vivier.prospect;

/**
 * What to list: every filter is optional.
 *
 * @param text words found in the name, e-mail, phone, job title, city or company name, ignoring
 *     case and accents
 */
public record PersonQuery(String text, String stage, String owner, Long companyId) {
  public static PersonQuery all() {
    return new PersonQuery(null, null, null, null);
  }
}
