package io.vivier.prospect;

import static io.vivier.prospect.FieldSpec.choice;
import static io.vivier.prospect.FieldSpec.number;
import static io.vivier.prospect.FieldSpec.of;

import java.util.Arrays;
import java.util.Optional;

/** The writable canonical fields of a company, in display order. */
public enum CompanyField implements Field {
  NAME(of("name", FieldKind.TEXT, 200)),
  DOMAIN(of("domain", FieldKind.DOMAIN, 253)),
  SIREN(of("siren", FieldKind.SIREN, 9)),
  SIRET(of("siret", FieldKind.SIRET, 14)),
  NAF_CODE(of("naf_code", FieldKind.NAF_CODE, 6)),
  INDUSTRY(of("industry", FieldKind.TEXT, 100)),
  EMPLOYEES(number("employees", 10_000_000)),
  EMPLOYEE_RANGE(choice("employee_range", "employee_range", EmployeeRange.labels())),
  REVENUE(number("revenue", 1_000_000_000_000_000L)),
  TECHNOLOGIES(of("technologies", FieldKind.TAGS, 50)),
  PHONE(of("phone", FieldKind.PHONE, 64)),
  LINKEDIN_URL(of("linkedin_url", FieldKind.LINKEDIN_URL, 300)),
  STREET(of("street", FieldKind.TEXT, 200)),
  POSTCODE(of("postcode", FieldKind.TEXT, 20)),
  CITY(of("city", FieldKind.TEXT, 100)),
  COUNTRY(of("country", FieldKind.COUNTRY, 2)),
  SOURCE(of("source", FieldKind.TEXT, 100)),
  OWNER(FieldSpec.stored("owner", "owner_id", FieldKind.OWNER, 64)),
  EXTERNAL_ID(of("external_id", FieldKind.TEXT, 100)),
  ATTRIBUTES(of("attributes", FieldKind.ATTRIBUTES, 16_384));

  private final FieldSpec spec;

  CompanyField(FieldSpec spec) {
    this.spec = spec;
  }

  @Override
  public FieldSpec spec() {
    return spec;
  }

  private static final java.util.Map<String, CompanyField> BY_KEY =
      Arrays.stream(values()).collect(java.util.stream.Collectors.toUnmodifiableMap(CompanyField::key, f -> f));

  public static Optional<CompanyField> byKey(String key) {
    return Optional.ofNullable(key == null ? null : BY_KEY.get(key));
  }
}
