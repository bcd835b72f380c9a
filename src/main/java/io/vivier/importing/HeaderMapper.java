package io.vivier.importing;

import io.vivier.quality.Text;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Maps the header of an import file to import targets: canonical fields of the person or of their
 * company, special targets ({@link #EMAIL_OPT_OUT}, {@link #PHONE_OPT_OUT}, {@link #INSEE_TRANCHE},
 * {@link #VIVIER_ID}, {@link #IGNORE}) or a custom {@link #ATTRIBUTE}. Known spellings come from
 * {@code importing/header-synonyms.txt}, where each ambiguous choice is explained.
 *
 * <p>For each column, in this order: the user's override; a lower-case "id" exactly, which is
 * Vivier's own id as exported; any other "ID", which is the source system's id; a known spelling of
 * the whole header; a known spelling after a prefix such as "Organization - " (Pipedrive) that says
 * whose field it is; otherwise a custom attribute keyed by a slug of the header. A field takes one
 * column: overridden columns first, then the others from left to right; a later column that would
 * take a field already taken is kept as a custom attribute, with no cascade (a second "Téléphone"
 * does not become the mobile: it may as well be a switchboard number).
 *
 * <p>Immutable and thread-safe; mapping a header costs a few hash look-ups per column.
 */
public final class HeaderMapper {

  /** Person fields, in the order of the canonical prospect fields. {@code full_name} is split later. */
  public static final List<String> PERSON_TARGETS = List.of(
      "first_name", "last_name", "full_name", "email", "phone", "mobile", "job_title", "function",
      "seniority", "linkedin_url", "street", "postcode", "city", "country", "source", "source_detail",
      "owner", "stage", "tags", "consent_email", "consent_phone", "legal_basis", "external_id",
      "created_at", "last_activity_at");

  /** Fields of the person's company. */
  public static final List<String> COMPANY_TARGETS = List.of(
      "company_name", "company_domain", "siren", "siret", "naf_code", "industry", "employees",
      "employee_range", "revenue", "technologies", "company_phone", "company_linkedin_url",
      "company_street", "company_postcode", "company_city", "company_country", "company_external_id");

  /** A yes/no column meaning the person asked for no more email (HubSpot, Salesforce opt-outs). */
  public static final String EMAIL_OPT_OUT = "email_opt_out";
  /** A yes/no column meaning the person must not be called ("Do Not Call", Bloctel). */
  public static final String PHONE_OPT_OUT = "phone_opt_out";
  /** INSEE's head-count bracket, as a code ("21") or its label ("50 à 99 salariés"). */
  public static final String INSEE_TRANCHE = "insee_tranche";
  /** Vivier's own record id, as exported: re-importing an export updates the same records. */
  public static final String VIVIER_ID = "vivier_id";
  /** Not imported: Vivier's report columns, modification dates set by the source system. */
  public static final String IGNORE = "ignore";
  /** Kept as a custom attribute; see {@link ColumnMapping#attributeKey()}. */
  public static final String ATTRIBUTE = "attribute";

  /** The special targets, in this order. */
  public static final List<String> SPECIAL_TARGETS =
      List.of(EMAIL_OPT_OUT, PHONE_OPT_OUT, INSEE_TRANCHE, VIVIER_ID, IGNORE, ATTRIBUTE);

  private static final Set<String> TARGETS;

  static {
    Set<String> targets = new LinkedHashSet<>(PERSON_TARGETS);
    targets.addAll(COMPANY_TARGETS);
    targets.addAll(SPECIAL_TARGETS);
    TARGETS = Collections.unmodifiableSet(targets);
  }

  // "Organization - Address" (Pipedrive), "Account: Billing City": a word naming whose field it is.
  private static final Pattern PREFIXED =
      Pattern.compile("((\\p{L}+)(?:\\s+[-\u2013\u2014]\\s+|\\s*:\\s*))(.+)");
  private static final Pattern COLUMN_NUMBER = Pattern.compile("#\\s*(\\d{1,9})");
  private static final Pattern GENERATED_NAME = Pattern.compile("(?i)column (\\d+)");

  private final HeaderSynonyms synonyms;

  /** A mapper using the standard synonym table. */
  public HeaderMapper() {
    this(HeaderSynonyms.standard());
  }

  HeaderMapper(HeaderSynonyms synonyms) {
    this.synonyms = synonyms;
  }

  /**
   * Every target a column may map to, in a stable order: {@link #PERSON_TARGETS}, {@link
   * #COMPANY_TARGETS}, then {@link #SPECIAL_TARGETS}. Overrides may also name "attribute:key".
   */
  public static Set<String> targets() {
    return TARGETS;
  }

  /**
   * Reads the {@code --map} option: entries {@code Column=field} separated by ',' or ';'. A column
   * name holding ',', ';', '=' or '"' is written in double quotes, a quote inside doubled: {@code
   * "\"Nom, prénom\"=full_name"}. Fields are read as {@link #targets()} names in any case, or
   * {@code attribute:key}, or {@code ignore}. Blank entries are skipped.
   *
   * @return column name to target ("email", "attribute:budget"), in the order given; empty for a
   *     null or blank spec
   * @throws IllegalArgumentException for an entry without '=', a column or field left empty, an
   *     unterminated quote, a column given twice or an unknown field, with a did-you-mean when a
   *     field name is near
   */
  public static Map<String, String> parseOverrides(String spec) {
    return OverrideSpec.frozen(OverrideSpec.parse(spec));
  }

  /** Like {@link #map(List, Map)} without overrides. */
  public List<ColumnMapping> map(List<String> headers) {
    return map(headers, Map.of());
  }

  /**
   * Maps each column of a header row.
   *
   * @param headers the header cells, in column order; null or blank cells are named "column N"
   * @param overrides column name to target, as from {@link #parseOverrides}; a name matches the
   *     header exactly, else folded and ignoring punctuation, or "#N" picks the Nth column; null for
   *     none
   * @return one mapping per column, in column order
   * @throws IllegalArgumentException when an override names no column of the file, an unknown
   *     target, several columns with the same name for one field, or the same field as another
   */
  public List<ColumnMapping> map(List<String> headers, Map<String, String> overrides) {
    Objects.requireNonNull(headers, "headers");
    List<String> names = new ArrayList<>(headers.size());
    for (int i = 0; i < headers.size(); i++) {
      String clean = Text.clean(headers.get(i));
      names.add(clean == null ? "column " + (i + 1) : clean);
    }
    Map<Integer, Forced> forced = forcedColumns(names, overrides == null ? Map.of() : overrides);

    ColumnMapping[] result = new ColumnMapping[names.size()];
    Map<String, Integer> fieldColumns = new HashMap<>();
    Set<String> attributeKeys = new HashSet<>();
    // Keys the user chose are taken first, so that no slug takes one of them.
    for (Forced override : forced.values()) {
      String key = override.target().attributeKey();
      if (key != null && !attributeKeys.add(key)) {
        throw new IllegalArgumentException(
            "overrides give two columns the attribute key '" + key + "': each column needs its own");
      }
    }
    for (var entry : forced.entrySet()) {
      result[entry.getKey()] = overridden(entry.getKey(), entry.getValue(), names, fieldColumns, attributeKeys);
    }
    for (int column = 0; column < names.size(); column++) {
      if (result[column] == null) {
        result[column] = automatic(column, names, fieldColumns, attributeKeys);
      }
    }
    return List.of(result);
  }

  private record Forced(String name, OverrideSpec.Target target) {}

  private static ColumnMapping overridden(
      int column, Forced override, List<String> names, Map<String, Integer> fieldColumns, Set<String> attributeKeys) {
    OverrideSpec.Target target = override.target();
    String header = names.get(column);
    String reason = "override --map '" + override.name() + "=" + target + "'";
    if (target.target().equals(ATTRIBUTE)) {
      String key = target.attributeKey() != null
          ? target.attributeKey()
          : uniqueKey(attributeSlug(header, column), attributeKeys);
      return new ColumnMapping(column, header, ATTRIBUTE, key, reason + ": kept as custom attribute '" + key + "'");
    }
    if (!target.shareable()) {
      Integer taken = fieldColumns.putIfAbsent(target.target(), column);
      if (taken != null) {
        throw new IllegalArgumentException("overrides map both " + describe(taken, names) + " and "
            + describe(column, names) + " to " + target.target() + ": a field takes one column");
      }
    }
    return new ColumnMapping(column, header, target.target(), null, reason);
  }

  // For an attribute, reason says why it is one; the key is made unique later.
  private record Proposal(String target, String attributeKey, String reason) {

    static Proposal attribute(String key, String why) {
      return new Proposal(ATTRIBUTE, key, why);
    }
  }

  // Which columns the overrides take, by column index in column order.
  private Map<Integer, Forced> forcedColumns(List<String> names, Map<String, String> overrides) {
    Map<Integer, Forced> forced = new TreeMap<>();
    for (var override : overrides.entrySet()) {
      String name = override.getKey() == null ? "" : override.getKey().strip();
      OverrideSpec.Target target = OverrideSpec.target(override.getValue(), name);
      List<Integer> columns = columnsNamed(name, names);
      if (columns.isEmpty()) {
        String message = "override '" + name + "=" + target + "': no column named '" + name + "' in the file";
        Optional<String> near = OverrideSpec.closest(name, names);
        throw new IllegalArgumentException(near.map(n -> message + "; did you mean '" + n + "'?").orElse(message));
      }
      if (columns.size() > 1 && !target.shareable()) {
        String choices =
            columns.stream().map(c -> "'#" + (c + 1) + "=" + target + "'").collect(Collectors.joining(" or "));
        throw new IllegalArgumentException("override '" + name + "=" + target + "': " + columns.size()
            + " columns are named '" + name + "'; pick one by number: " + choices);
      }
      for (int column : columns) {
        Forced before = forced.putIfAbsent(column, new Forced(name, target));
        if (before != null) {
          throw new IllegalArgumentException(describe(column, names) + " has two overrides: '" + before.name() + "="
              + before.target() + "' and '" + name + "=" + target + "'");
        }
      }
    }
    return forced;
  }

  // Exact names first; then "#N"; then folded names ignoring punctuation.
  private static List<Integer> columnsNamed(String name, List<String> names) {
    List<Integer> exact = new ArrayList<>();
    List<Integer> folded = new ArrayList<>();
    String key = HeaderSynonyms.key(name);
    for (int i = 0; i < names.size(); i++) {
      if (names.get(i).equals(name)) {
        exact.add(i);
      } else if (!key.isEmpty() && HeaderSynonyms.key(names.get(i)).equals(key)) {
        folded.add(i);
      }
    }
    if (!exact.isEmpty()) {
      return exact;
    }
    Matcher number = COLUMN_NUMBER.matcher(name);
    if (number.matches()) {
      int column = Integer.parseInt(number.group(1)) - 1;
      if (column < 0 || column >= names.size()) {
        throw new IllegalArgumentException(
            "override '" + name + "': the file has columns #1 to #" + names.size());
      }
      return List.of(column);
    }
    return folded;
  }

  private ColumnMapping automatic(
      int column, List<String> names, Map<String, Integer> fieldColumns, Set<String> attributeKeys) {
    String header = names.get(column);
    Proposal proposal = propose(header, column);
    String target = proposal.target();
    if (target.equals(IGNORE)) {
      return new ColumnMapping(column, header, IGNORE, null, proposal.reason());
    }
    if (target.equals(ATTRIBUTE)) {
      String key = uniqueKey(proposal.attributeKey(), attributeKeys);
      String reason = proposal.reason() + ": kept as custom attribute '" + key + "'";
      return new ColumnMapping(column, header, ATTRIBUTE, key, reason);
    }
    Integer taken = fieldColumns.putIfAbsent(target, column);
    if (taken != null) {
      String key = uniqueKey(attributeSlug(header, column), attributeKeys);
      return new ColumnMapping(column, header, ATTRIBUTE, key, "duplicate: " + target + " already mapped from "
          + describe(taken, names) + ", kept as custom attribute '" + key + "'");
    }
    return new ColumnMapping(column, header, target, null, proposal.reason());
  }

  private Proposal propose(String header, int column) {
    if (generatedName(header, column)) {
      return Proposal.attribute(attributeSlug(header, column), "no header");
    }
    if (header.equals("id")) {
      return new Proposal(VIVIER_ID, null, "Vivier export id: re-importing updates the same record");
    }
    if (HeaderSynonyms.key(header).equals("id")) {
      return new Proposal("external_id", null,
          "'" + header + "' taken as the source system's id (only a lower-case 'id', as Vivier exports it,"
              + " updates Vivier records)");
    }
    Matcher prefixed = PREFIXED.matcher(header);
    if (prefixed.matches()) {
      Optional<Proposal> scoped = Scope.of(prefixed.group(2))
          .flatMap(scope -> scoped(scope, prefixed.group(1), prefixed.group(3), header, column));
      if (scoped.isPresent()) {
        return scoped.get();
      }
    }
    Optional<HeaderSynonyms.Entry> known = synonyms.find(header);
    if (known.isPresent()) {
      return fromTarget(known.get().target(), known.get().reason());
    }
    return Proposal.attribute(attributeSlug(header, column), "unknown header");
  }

  // "attribute:civilite" in the table: a column worth keeping under a fixed key.
  private static Proposal fromTarget(String target, String reason) {
    if (target.startsWith(ATTRIBUTE + ":")) {
      return Proposal.attribute(target.substring(ATTRIBUTE.length() + 1), reason);
    }
    return new Proposal(target, null, reason);
  }

  /** Whose field a prefixed header is: "Person - Email", "Organization - Address", "Lead - Owner". */
  private enum Scope {
    PERSON,
    COMPANY,
    LEAD;

    static Optional<Scope> of(String word) {
      return switch (HeaderSynonyms.key(word)) {
        case "person", "contact" -> Optional.of(PERSON);
        case "organization", "organisation", "company", "account", "entreprise", "societe" -> Optional.of(COMPANY);
        case "lead" -> Optional.of(LEAD);
        default -> Optional.empty();
      };
    }
  }

  // Targets a Pipedrive lead carries that are the prospect's; its title, value or id are the deal's.
  private static final Set<String> LEAD_TARGETS = Set.of(
      "owner", "source", "source_detail", "stage", "tags", "created_at", "last_activity_at", IGNORE);

  // Empty when the part after the prefix is not a known spelling: the whole header may still be.
  private Optional<Proposal> scoped(Scope scope, String prefix, String inner, String header, int column) {
    Optional<HeaderSynonyms.Entry> known = synonyms.find(inner);
    boolean id = HeaderSynonyms.key(inner).equals("id");
    if (!id && known.isEmpty()) {
      return Optional.empty();
    }
    String target = id ? "external_id" : known.get().target();
    String why = id ? "'" + inner + "' as the source system's id" : known.get().reason();
    String quoted = "'" + prefix + "' prefix";
    Optional<String> translated = switch (scope) {
      case PERSON -> Optional.of(target.equals(VIVIER_ID) ? "external_id" : target);
      case COMPANY -> companyVariant(target);
      case LEAD -> Optional.of(target).filter(LEAD_TARGETS::contains);
    };
    if (translated.isPresent()) {
      String context = scope.name().toLowerCase(Locale.ROOT) + " column (" + quoted + "), " + why;
      return Optional.of(fromTarget(translated.get(), context));
    }
    String owner = scope == Scope.COMPANY ? "not a company field" : "the lead's, not the person's";
    return Optional.of(
        Proposal.attribute(attributeSlug(header, column), "'" + inner + "' is " + owner + " (" + quoted + ")"));
  }

  // What a field of the person means when the column is the company's: "Organization - Address".
  private static Optional<String> companyVariant(String target) {
    if (COMPANY_TARGETS.contains(target) || target.equals(INSEE_TRANCHE) || target.equals(IGNORE)) {
      return Optional.of(target);
    }
    return Optional.ofNullable(switch (target) {
      case "full_name", "last_name" -> "company_name";
      case "phone", "mobile" -> "company_phone";
      case "street", "postcode", "city", "country", "linkedin_url", "external_id" -> "company_" + target;
      case VIVIER_ID -> "company_external_id";
      default -> null;
    });
  }

  // The reader names an empty header cell "column N"; so do we.
  private static boolean generatedName(String header, int column) {
    Matcher matcher = GENERATED_NAME.matcher(header);
    return matcher.matches() && matcher.group(1).equals(String.valueOf(column + 1));
  }

  private static String attributeSlug(String header, int column) {
    String slug = HeaderSynonyms.slug(header);
    return slug.isEmpty() ? "column_" + (column + 1) : slug;
  }

  private static String uniqueKey(String key, Set<String> taken) {
    String unique = key;
    for (int n = 2; !taken.add(unique); n++) {
      String suffix = "_" + n;
      unique = (key.length() + suffix.length() > 64 ? key.substring(0, 64 - suffix.length()) : key) + suffix;
    }
    return unique;
  }

  private static String describe(int column, List<String> names) {
    return "column " + (column + 1) + " '" + names.get(column) + "'";
  }
}
