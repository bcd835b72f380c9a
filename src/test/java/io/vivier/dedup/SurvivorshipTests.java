package io.vivier.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vivier.dedup.Survivorship.Candidate;
import io.vivier.dedup.Survivorship.Rule;
import io.vivier.prospect.CompanyField;
import io.vivier.prospect.PersonField;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SurvivorshipTests {

  private static final Instant OLD = Instant.parse("2024-01-10T09:00:00Z");
  private static final Instant MIDDLE = Instant.parse("2025-06-01T09:00:00Z");
  private static final Instant NEW = Instant.parse("2026-11-01T09:00:00Z");

  static Candidate<PersonField> person(long id, Instant created, Instant updated, Object... pairs) {
    Map<PersonField, Object> values = new EnumMap<>(PersonField.class);
    for (int i = 0; i < pairs.length; i += 2) {
      values.put((PersonField) pairs[i], pairs[i + 1]);
    }
    return new Candidate<>(id, values, created, updated);
  }

  static Map<PersonField, Object> merged(List<Candidate<PersonField>> records, Map<PersonField, Long> picks) {
    return Survivorship.values(PersonField.class, Survivorship.decide(PersonField.class, records, picks));
  }

  @Test
  void eachFieldFollowsItsNamedRule() {
    Candidate<PersonField> survivor = person(1, MIDDLE, MIDDLE, PersonField.FIRST_NAME, "J.-P.", PersonField.LAST_NAME, "Dupont",
        PersonField.EMAIL, "jp.dupont@acme.fr", PersonField.CITY, "Lyon", PersonField.SOURCE, "Salon", PersonField.STAGE, "MQL");
    Candidate<PersonField> older = person(2, OLD, OLD, PersonField.FIRST_NAME, "Jean-Pierre", PersonField.EMAIL, "jpd@gmail.com",
        PersonField.CITY, "Paris", PersonField.SOURCE, "Achat de fichier", PersonField.STAGE, "OPPORTUNITY", PersonField.PHONE, "+33123456789");
    Candidate<PersonField> newer = person(3, NEW, NEW, PersonField.CITY, "Villeurbanne", PersonField.STAGE, "LEAD");

    Map<PersonField, Object> values = merged(List.of(survivor, older, newer), Map.of());

    assertThat(values.get(PersonField.FIRST_NAME)).as("most complete").isEqualTo("Jean-Pierre");
    assertThat(values.get(PersonField.LAST_NAME)).isEqualTo("Dupont");
    assertThat(values.get(PersonField.EMAIL)).as("the survivor's").isEqualTo("jp.dupont@acme.fr");
    assertThat(values.get(PersonField.CITY)).as("most recent").isEqualTo("Villeurbanne");
    assertThat(values.get(PersonField.SOURCE)).as("where the prospect first came from").isEqualTo("Achat de fichier");
    assertThat(values.get(PersonField.STAGE)).as("most advanced").isEqualTo("OPPORTUNITY");
    assertThat(values.get(PersonField.PHONE)).as("the only one").isEqualTo("+33123456789");
    assertThat(values).doesNotContainKey(PersonField.MOBILE);
  }

  @Test
  void decisionsSayWhichRecordAndWhichRule() {
    var decisions = Survivorship.decide(PersonField.class,
        List.of(person(1, OLD, OLD, PersonField.CITY, "Lyon"), person(2, NEW, NEW, PersonField.CITY, "Paris")), Map.of());

    assertThat(decisions).singleElement().satisfies(d -> {
      assertThat(d.fromRecord()).isEqualTo(2);
      assertThat(d.rule()).isEqualTo(Rule.MOST_RECENT);
    });
  }

  @Test
  void anOppositionIsNeverReplacedByAConsentEvenWhenPicked() {
    Candidate<PersonField> granted = person(1, NEW, NEW, PersonField.CONSENT_EMAIL, "granted", PersonField.CONSENT_PHONE, "unknown");
    Candidate<PersonField> denied = person(2, OLD, OLD, PersonField.CONSENT_EMAIL, "denied", PersonField.CONSENT_PHONE, "granted");

    Map<PersonField, Object> values = merged(List.of(granted, denied), Map.of(PersonField.CONSENT_EMAIL, 1L));

    assertThat(values.get(PersonField.CONSENT_EMAIL)).isEqualTo("denied");
    assertThat(values.get(PersonField.CONSENT_PHONE)).as("a known answer over unknown").isEqualTo("granted");
    assertThat(merged(List.of(person(1, OLD, OLD, PersonField.CONSENT_EMAIL, "denied"),
        person(2, NEW, NEW, PersonField.CONSENT_EMAIL, "withdrawn")), Map.of()).get(PersonField.CONSENT_EMAIL)).isEqualTo("withdrawn");
  }

  @Test
  void aPickChoosesTheRecordExceptToMoveAStageBack() {
    Candidate<PersonField> a = person(1, OLD, OLD, PersonField.CITY, "Lyon", PersonField.STAGE, "CUSTOMER");
    Candidate<PersonField> b = person(2, NEW, NEW, PersonField.CITY, "Paris", PersonField.STAGE, "MQL");

    Map<PersonField, Object> values = merged(List.of(a, b), Map.of(PersonField.CITY, 1L, PersonField.STAGE, 2L));

    assertThat(values.get(PersonField.CITY)).isEqualTo("Lyon");
    assertThat(values.get(PersonField.STAGE)).isEqualTo("CUSTOMER");
    assertThatThrownBy(() -> merged(List.of(a, b), Map.of(PersonField.CITY, 9L))).hasMessageContaining("#9 is not part of the merge");
  }

  @Test
  void tagsAndAttributesOfAllRecordsAreKept() {
    Candidate<PersonField> a = person(1, OLD, OLD, PersonField.TAGS, List.of("salon", "vip"), PersonField.ATTRIBUTES, Map.of("budget", 10));
    Candidate<PersonField> b = person(2, NEW, NEW, PersonField.TAGS, List.of("vip", "webinaire"),
        PersonField.ATTRIBUTES, Map.of("budget", 20, "crm", "hubspot"));

    Map<PersonField, Object> values = merged(List.of(a, b), Map.of());

    assertThat(values.get(PersonField.TAGS)).isEqualTo(List.of("salon", "vip", "webinaire"));
    assertThat(values.get(PersonField.ATTRIBUTES)).isEqualTo(Map.of("budget", 10, "crm", "hubspot"));
  }

  @Test
  void companiesFollowTheSameRules() {
    Map<CompanyField, Object> a = new EnumMap<>(CompanyField.class);
    a.put(CompanyField.NAME, "ACME");
    a.put(CompanyField.CITY, "Lyon");
    Map<CompanyField, Object> b = new EnumMap<>(CompanyField.class);
    b.put(CompanyField.NAME, "ACME Industries SAS");
    b.put(CompanyField.CITY, "Paris");
    var values = Survivorship.values(CompanyField.class, Survivorship.decide(CompanyField.class,
        List.of(new Candidate<>(1, a, OLD, OLD), new Candidate<>(2, b, OLD, NEW)), Map.of()));

    assertThat(values.get(CompanyField.NAME)).isEqualTo("ACME Industries SAS");
    assertThat(values.get(CompanyField.CITY)).isEqualTo("Paris");
  }

  @Test
  void aMergeNeedsTwoRecords() {
    assertThatThrownBy(() -> merged(List.of(person(1, OLD, OLD)), Map.of())).hasMessageContaining("at least two");
  }
}
