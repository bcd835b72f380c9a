package io.vivier.importing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Which columns an export has, under which headers, with which values: a named profile
 * ({@code canonical}, {@code hubspot}, {@code salesforce}) or the columns a user chose.
 *
 * <p>Custom attributes: the {@code attributes} column holds the attributes as one object. In JSONL
 * it stays a nested object; for CSV and XLSX, {@link #forFormat} replaces it by one column per
 * attribute key, headed {@code attr.<key>}, so each attribute is a plain cell a spreadsheet can
 * sort and filter (and the importer maps back).
 */
public final class ExportProfile {

  /** Header prefix of one custom attribute's column, e.g. {@code attr.budget}. */
  public static final String ATTRIBUTE_PREFIX = "attr.";

  private static final Pattern ATTRIBUTE_KEY = Pattern.compile("[\\p{L}\\p{N}_.\\- ]{1,64}");

  private static final Map<String, Supplier<ExportProfile>> NAMED =
      Map.of(
          "canonical", ExportProfile::canonical,
          "hubspot", ExportProfile::hubspot,
          "salesforce", ExportProfile::salesforce);

  private final String name;
  private final List<ExportColumn> columns;

  private ExportProfile(String name, List<ExportColumn> columns) {
    this.name = name;
    this.columns = List.copyOf(columns);
  }

  /** {@code id}, every canonical field under its own name, then {@code attributes}. */
  public static ExportProfile canonical() {
    return new ExportProfile("canonical", ExportRecord.FIELDS.stream().map(ExportColumn::field).toList());
  }

  /** HubSpot contact import: default property labels, HubSpot lifecycle stages and lead statuses. */
  public static ExportProfile hubspot() {
    return new ExportProfile("hubspot", ExportHubSpot.columns());
  }

  /** Salesforce lead import: Lead API names, lead statuses, email and call opt-outs from consent. */
  public static ExportProfile salesforce() {
    return new ExportProfile("salesforce", ExportSalesforce.columns());
  }

  /**
   * The profile a user named: canonical, hubspot or salesforce (any case).
   *
   * @throws IllegalArgumentException naming the value and the choices
   */
  public static ExportProfile named(String text) {
    String key = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    Supplier<ExportProfile> profile = NAMED.get(key);
    if (profile == null) {
      throw new IllegalArgumentException(
          "unknown export profile '" + text + "'; choose one of " + String.join(", ", names()));
    }
    return profile.get();
  }

  /** The names {@link #named} accepts. */
  public static List<String> names() {
    return List.of("canonical", "hubspot", "salesforce");
  }

  /**
   * The columns a user chose, in their order, headed by their canonical names: {@code id}, the
   * canonical fields, {@code attributes}, or {@code attr.<key>} for one custom attribute.
   *
   * @throws IllegalArgumentException for an empty list, a repeated name, or an unknown name (the
   *     message suggests the nearest known one and lists them all)
   */
  public static ExportProfile columns(List<String> names) {
    if (names.isEmpty()) {
      throw new IllegalArgumentException("choose at least one column among " + ExportColumnNames.help());
    }
    Set<String> seen = new HashSet<>();
    List<ExportColumn> columns = new ArrayList<>();
    for (String raw : names) {
      String name = raw == null ? "" : raw.strip();
      if (!seen.add(name)) {
        throw new IllegalArgumentException("column '" + name + "' is chosen twice");
      }
      columns.add(column(name));
    }
    return new ExportProfile("columns", columns);
  }

  private static ExportColumn column(String name) {
    if (ExportRecord.FIELDS.contains(name)) {
      return ExportColumn.field(name);
    }
    if (name.startsWith(ATTRIBUTE_PREFIX)) {
      String key = name.substring(ATTRIBUTE_PREFIX.length());
      if (!ATTRIBUTE_KEY.matcher(key).matches()) {
        throw new IllegalArgumentException(
            "column '" + name + "': an attribute name is 1 to 64 letters, digits, spaces, '_', '.' or '-'");
      }
      return attribute(key);
    }
    throw new IllegalArgumentException(ExportColumnNames.unknown(name));
  }

  private static ExportColumn attribute(String key) {
    return new ExportColumn(ATTRIBUTE_PREFIX + key, record -> record.attributes().get(key));
  }

  /** canonical, hubspot, salesforce, or columns for a user's choice. */
  public String name() {
    return name;
  }

  /** The header of each column, in order. */
  public List<String> headers() {
    return columns.stream().map(ExportColumn::header).toList();
  }

  /** The typed value of each column for one record, in order (nulls for empty cells). */
  public List<Object> values(ExportRecord record) {
    List<Object> values = new ArrayList<>(columns.size());
    for (ExportColumn column : columns) {
      values.add(column.value().apply(record));
    }
    return values;
  }

  /**
   * This profile as written in {@code format}: unchanged for JSONL; for CSV and XLSX the
   * {@code attributes} column, if any, becomes one {@code attr.<key>} column per key, in the given
   * order, leaving out keys that already have their own column. The header comes before the rows,
   * so the keys must be known first (e.g. the distinct keys of the people exported): an attribute
   * whose key is not given is not written.
   */
  public ExportProfile forFormat(ExportFormat format, Collection<String> attributeKeys) {
    if (!format.tabular()) {
      return this;
    }
    Set<String> headers = new HashSet<>(headers());
    List<ExportColumn> expanded = new ArrayList<>();
    for (ExportColumn column : columns) {
      if (!column.header().equals("attributes")) {
        expanded.add(column);
        continue;
      }
      for (String key : new LinkedHashSet<>(attributeKeys)) {
        if (!headers.contains(ATTRIBUTE_PREFIX + key)) {
          expanded.add(attribute(key));
        }
      }
    }
    return new ExportProfile(name, expanded);
  }
}
