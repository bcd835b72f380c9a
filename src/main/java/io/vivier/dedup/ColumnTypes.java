package io.vivier.dedup;

import io.vivier.quality.Text;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Guesses what each column holds from its header (French and English names) and its content, and
 * lets the user say it instead. Content has the last word where the header promises something the
 * values are not ("Email" holding dates). Columns that are mostly empty or that hold only a handful
 * of distinct values over many rows are ignored or compared as categories: they prove little and
 * add noise to the model.
 */
public final class ColumnTypes {

  /** Columns filled in fewer rows than this are ignored: too little evidence to estimate. */
  static final double MIN_FILL = 0.25;

  private static final Map<String, FieldType> HEADERS = new LinkedHashMap<>();
  private static final Set<String> ID_HEADERS = Set.of("id", "rec id", "record id", "identifiant", "uid", "key", "row id", "external id");

  static {
    words(FieldType.GIVEN_NAME, "prenom", "first name", "firstname", "given name", "givenname", "forename", "first");
    words(FieldType.SURNAME, "nom", "nom de famille", "last name", "lastname", "surname", "family name", "nom de naissance", "last");
    words(FieldType.FULL_NAME, "name", "full name", "fullname", "nom complet", "contact", "nom prenom", "prenom nom", "person", "personne");
    words(FieldType.COMPANY, "company", "company name", "societe", "entreprise", "raison sociale", "organisation", "organization",
        "account", "account name", "site name", "business", "business name", "etablissement", "denomination", "nom entreprise");
    words(FieldType.POSTCODE, "zip", "zip code", "zipcode", "postcode", "post code", "postal code", "code postal", "cp", "postcode");
    words(FieldType.CITY, "city", "ville", "commune", "town", "suburb", "locality", "localite");
    words(FieldType.STREET_NUMBER, "street number", "numero", "numero de rue", "house number", "no", "num", "numero de voie");
    words(FieldType.STREET, "address", "adresse", "street", "rue", "voie", "address 1", "address1", "adresse 1", "street address");
    words(FieldType.DOMAIN, "website", "site web", "site", "url", "domain", "domaine", "web", "company domain");
    words(FieldType.CATEGORY, "state", "region", "country", "pays", "departement", "gender", "sex", "sexe", "civilite", "title", "source");
  }

  private static void words(FieldType type, String... headers) {
    for (String header : headers) {
      HEADERS.putIfAbsent(header, type);
    }
  }

  private ColumnTypes() {}

  /**
   * The schema of a table.
   *
   * @param header the column names
   * @param sample rows to judge content by (a few thousand are enough)
   * @param given types the user gave, by column name; they win over any guess
   * @param idColumn the id column's index, or -1; it is not compared
   */
  public static Schema guess(List<String> header, List<List<String>> sample, Map<String, FieldType> given, int idColumn) {
    List<Column> columns = new ArrayList<>();
    for (int c = 0; c < header.size(); c++) {
      String name = header.get(c);
      if (c == idColumn) {
        columns.add(new Column(name, FieldType.IGNORE, "id column"));
      } else if (given.containsKey(name)) {
        columns.add(new Column(name, given.get(name), "given"));
      } else {
        columns.add(guess(name, values(sample, c)));
      }
    }
    return new Schema(columns);
  }

  /** The index of a column that looks like a record id: an id-like header and unique values; -1 if none. */
  public static int guessIdColumn(List<String> header, List<List<String>> sample) {
    for (int c = 0; c < header.size(); c++) {
      if (ID_HEADERS.contains(key(header.get(c)))) {
        List<String> values = values(sample, c);
        if (values.size() == sample.size() && new HashSet<>(values).size() == values.size()) {
          return c;
        }
      }
    }
    return -1;
  }

  /**
   * Parses {@code "col=type,col2=type"} (types as in {@link FieldType#parse}).
   *
   * @throws IllegalArgumentException naming the faulty entry
   */
  public static Map<String, FieldType> parseMap(String spec) {
    Map<String, FieldType> map = new LinkedHashMap<>();
    if (spec == null || spec.isBlank()) {
      return map;
    }
    for (String entry : spec.split(",")) {
      int eq = entry.lastIndexOf('=');
      if (eq <= 0 || eq == entry.length() - 1) {
        throw new IllegalArgumentException("--map entry '" + entry.strip() + "' is not COLUMN=TYPE");
      }
      map.put(entry.substring(0, eq).strip(), FieldType.parse(entry.substring(eq + 1)));
    }
    return map;
  }

  static Column guess(String name, List<String> values) {
    int rows = Math.max(1, values.size());
    List<String> filled = values.stream().filter(v -> v != null && !v.isBlank()).toList();
    if (filled.size() < MIN_FILL * rows) {
      return new Column(name, FieldType.IGNORE, String.format(java.util.Locale.ROOT, "mostly empty (%.0f %% filled)", 100.0 * filled.size() / rows));
    }
    String key = key(name);
    FieldType byHeader = byHeader(key);
    FieldType byContent = byContent(filled);
    if (byHeader == FieldType.EMAIL || byHeader == FieldType.DATE) {
      return byContent == byHeader ? new Column(name, byHeader, "header and content")
          : new Column(name, FieldType.IGNORE, "header says " + byHeader.label() + ", content does not");
    }
    if (byHeader != null) {
      return new Column(name, byHeader, "header");
    }
    if (byContent != null) {
      return new Column(name, byContent, "content");
    }
    Set<String> distinct = new HashSet<>(filled);
    if (distinct.size() <= 30 && distinct.size() <= 0.05 * filled.size()) {
      return new Column(name, FieldType.CATEGORY, "few distinct values");
    }
    return new Column(name, FieldType.TEXT, "no known header or content");
  }

  private static FieldType byHeader(String key) {
    FieldType type = HEADERS.get(key);
    if (type != null) {
      return type;
    }
    if (key.contains("mail") || key.contains("courriel")) {
      return FieldType.EMAIL;
    }
    if (key.contains("phone") || key.contains("tel") || key.contains("mobile") || key.contains("portable")
        || key.contains("fax") || key.contains("gsm")) {
      return FieldType.PHONE;
    }
    if (key.contains("birth") || key.contains("naissance") || key.equals("dob") || key.startsWith("date")) {
      return FieldType.DATE;
    }
    if (key.contains("siren") || key.contains("siret") || key.contains("soc sec") || key.contains("ssn")
        || key.contains("social security") || key.contains("vat") || key.contains("tva")) {
      return FieldType.IDENTIFIER;
    }
    if (key.contains("postcode") || key.contains("zip") || key.contains("postal")) {
      return FieldType.POSTCODE;
    }
    if (key.startsWith("address") || key.startsWith("adresse")) {
      return key.endsWith("1") ? FieldType.STREET : FieldType.TEXT;
    }
    if (key.contains("company") || key.contains("societe") || key.contains("entreprise")) {
      return FieldType.COMPANY;
    }
    return null;
  }

  private static FieldType byContent(List<String> filled) {
    int emails = 0;
    int dates = 0;
    for (String value : filled) {
      if (Values.email(value) != null && value.indexOf(' ') < 0) {
        emails++;
      }
      if (Values.date(value) != 0) {
        dates++;
      }
    }
    if (emails >= 0.6 * filled.size()) {
      return FieldType.EMAIL;
    }
    if (dates >= 0.6 * filled.size()) {
      return FieldType.DATE;
    }
    return null;
  }

  private static List<String> values(List<List<String>> sample, int column) {
    List<String> values = new ArrayList<>(sample.size());
    for (List<String> row : sample) {
      values.add(column < row.size() ? row.get(column) : null);
    }
    return values;
  }

  /** Header folded to lower-case words: "Code_Postal " is "code postal". */
  static String key(String header) {
    return String.join(" ", Values.words(Text.fold(header).replace('_', ' ')));
  }
}
