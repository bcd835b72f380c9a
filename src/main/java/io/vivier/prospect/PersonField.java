package io.vivier.prospect;

import static io.vivier.prospect.FieldSpec.choice;
import static io.vivier.prospect.FieldSpec.of;

import io.vivier.consent.ConsentStatus;
import io.vivier.consent.LegalBasis;
import io.vivier.lifecycle.Stage;
import java.util.Arrays;
import java.util.Optional;

/** The writable canonical fields of a person (prospect), in display order. */
public enum PersonField implements Field {
  FIRST_NAME(of("first_name", FieldKind.TEXT, 100)),
  LAST_NAME(of("last_name", FieldKind.TEXT, 100)),
  EMAIL(of("email", FieldKind.EMAIL, 254)),
  PHONE(of("phone", FieldKind.PHONE, 64)),
  MOBILE(of("mobile", FieldKind.PHONE, 64)),
  JOB_TITLE(of("job_title", FieldKind.TEXT, 200)),
  FUNCTION(choice("function", "job_function", Choices.lower(JobFunction.class))),
  SENIORITY(choice("seniority", "seniority", Choices.lower(Seniority.class))),
  LINKEDIN_URL(of("linkedin_url", FieldKind.LINKEDIN_URL, 300)),
  COMPANY_ID(of("company_id", FieldKind.COMPANY, 20)),
  STREET(of("street", FieldKind.TEXT, 200)),
  POSTCODE(of("postcode", FieldKind.TEXT, 20)),
  CITY(of("city", FieldKind.TEXT, 100)),
  COUNTRY(of("country", FieldKind.COUNTRY, 2)),
  SOURCE(of("source", FieldKind.TEXT, 100)),
  SOURCE_DETAIL(of("source_detail", FieldKind.TEXT, 200)),
  OWNER(FieldSpec.stored("owner", "owner_id", FieldKind.OWNER, 64)),
  STAGE(choice("stage", "stage", Choices.upper(Stage.class))),
  SCORE(FieldSpec.number("score", 100)),
  TAGS(of("tags", FieldKind.TAGS, 50)),
  CONSENT_EMAIL(choice("consent_email", "consent_email", Choices.lower(ConsentStatus.class))),
  CONSENT_PHONE(choice("consent_phone", "consent_phone", Choices.lower(ConsentStatus.class))),
  LEGAL_BASIS(choice("legal_basis", "legal_basis", Choices.lower(LegalBasis.class))),
  EXTERNAL_ID(of("external_id", FieldKind.TEXT, 100)),
  ATTRIBUTES(of("attributes", FieldKind.ATTRIBUTES, 16_384));

  private final FieldSpec spec;

  PersonField(FieldSpec spec) {
    this.spec = spec;
  }

  @Override
  public FieldSpec spec() {
    return spec;
  }

  private static final java.util.Map<String, PersonField> BY_KEY =
      Arrays.stream(values()).collect(java.util.stream.Collectors.toUnmodifiableMap(PersonField::key, f -> f));

  /** The score: computed from the ICP rules and the activities (scoring), kept in person_scores. */
  @Override
  public boolean computed() {
    return this == SCORE;
  }

  public static Optional<PersonField> byKey(String key) {
    return Optional.ofNullable(key == null ? null : BY_KEY.get(key));
  }
}
