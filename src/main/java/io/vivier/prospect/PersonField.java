package io.vivier.prospect;

import io.vivier.consent.ConsentStatus;
import io.vivier.consent.LegalBasis;
import io.vivier.lifecycle.Stage;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The writable canonical fields of a person (prospect), in display order. */
public enum PersonField implements Field {
  FIRST_NAME("first_name", FieldKind.TEXT, 100),
  LAST_NAME("last_name", FieldKind.TEXT, 100),
  EMAIL("email", FieldKind.EMAIL, 254),
  PHONE("phone", FieldKind.PHONE, 64),
  MOBILE("mobile", FieldKind.PHONE, 64),
  JOB_TITLE("job_title", FieldKind.TEXT, 200),
  FUNCTION("function", "job_function", Choices.lower(JobFunction.class)),
  SENIORITY("seniority", "seniority", Choices.lower(Seniority.class)),
  LINKEDIN_URL("linkedin_url", FieldKind.LINKEDIN_URL, 300),
  COMPANY_ID("company_id", FieldKind.COMPANY, 20),
  STREET("street", FieldKind.TEXT, 200),
  POSTCODE("postcode", FieldKind.TEXT, 20),
  CITY("city", FieldKind.TEXT, 100),
  COUNTRY("country", FieldKind.COUNTRY, 2),
  SOURCE("source", FieldKind.TEXT, 100),
  SOURCE_DETAIL("source_detail", FieldKind.TEXT, 200),
  OWNER("owner", "owner_id", FieldKind.OWNER, 64),
  STAGE("stage", "stage", Choices.upper(Stage.class)),
  SCORE("score", FieldKind.INTEGER, 3) {
    @Override
    public long max() {
      return 100;
    }
  },
  TAGS("tags", FieldKind.TAGS, 50),
  CONSENT_EMAIL("consent_email", "consent_email", Choices.lower(ConsentStatus.class)),
  CONSENT_PHONE("consent_phone", "consent_phone", Choices.lower(ConsentStatus.class)),
  LEGAL_BASIS("legal_basis", "legal_basis", Choices.lower(LegalBasis.class)),
  EXTERNAL_ID("external_id", FieldKind.TEXT, 100),
  ATTRIBUTES("attributes", FieldKind.ATTRIBUTES, 16_384);

  private final String key;
  private final String column;
  private final FieldKind kind;
  private final int maxLength;
  private final List<String> choices;

  PersonField(String key, FieldKind kind, int maxLength) {
    this(key, key, kind, maxLength, List.of());
  }

  PersonField(String key, String column, FieldKind kind, int maxLength) {
    this(key, column, kind, maxLength, List.of());
  }

  PersonField(String key, String column, List<String> choices) {
    this(key, column, FieldKind.CHOICE, 40, choices);
  }

  PersonField(String key, String column, FieldKind kind, int maxLength, List<String> choices) {
    this.key = key;
    this.column = column;
    this.kind = kind;
    this.maxLength = maxLength;
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

  public static Optional<PersonField> byKey(String key) {
    return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
  }
}
