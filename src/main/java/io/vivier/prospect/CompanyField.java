package io.vivier.prospect;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The writable canonical fields of a company, in display order. */
public enum CompanyField implements Field {
  NAME("name", FieldKind.TEXT, 200),
  DOMAIN("domain", FieldKind.DOMAIN, 253),
  SIREN("siren", FieldKind.SIREN, 9),
  SIRET("siret", FieldKind.SIRET, 14),
  NAF_CODE("naf_code", FieldKind.NAF_CODE, 6),
  INDUSTRY("industry", FieldKind.TEXT, 100),
  EMPLOYEES("employees", FieldKind.INTEGER, 9) {
    @Override
    public long max() {
      return 10_000_000;
    }
  },
  EMPLOYEE_RANGE("employee_range", "employee_range", EmployeeRange.labels()),
  REVENUE("revenue", FieldKind.INTEGER, 15) {
    @Override
    public long max() {
      return 1_000_000_000_000_000L;
    }
  },
  TECHNOLOGIES("technologies", FieldKind.TAGS, 50),
  PHONE("phone", FieldKind.PHONE, 64),
  LINKEDIN_URL("linkedin_url", FieldKind.LINKEDIN_URL, 300),
  STREET("street", FieldKind.TEXT, 200),
  POSTCODE("postcode", FieldKind.TEXT, 20),
  CITY("city", FieldKind.TEXT, 100),
  COUNTRY("country", FieldKind.COUNTRY, 2),
  SOURCE("source", FieldKind.TEXT, 100),
  OWNER("owner", "owner_id", FieldKind.OWNER, 64),
  EXTERNAL_ID("external_id", FieldKind.TEXT, 100),
  ATTRIBUTES("attributes", FieldKind.ATTRIBUTES, 16_384);

  private final String key;
  private final String column;
  private final FieldKind kind;
  private final int maxLength;
  private final List<String> choices;

  CompanyField(String key, FieldKind kind, int maxLength) {
    this.key = key;
    this.column = key;
    this.kind = kind;
    this.maxLength = maxLength;
    this.choices = List.of();
  }

  CompanyField(String key, String column, FieldKind kind, int maxLength) {
    this.key = key;
    this.column = column;
    this.kind = kind;
    this.maxLength = maxLength;
    this.choices = List.of();
  }

  CompanyField(String key, String column, List<String> choices) {
    this.key = key;
    this.column = column;
    this.kind = FieldKind.CHOICE;
    this.maxLength = 40;
    this.choices = choices;
  }

  @Override
  public String key() {
    return key;
  }

  @Override
  public String column() {
    return column;
  }

  @Override
  public FieldKind kind() {
    return kind;
  }

  @Override
  public int maxLength() {
    return maxLength;
  }

  @Override
  public List<String> choices() {
    return choices;
  }

  public static Optional<CompanyField> byKey(String key) {
    return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
  }
}
