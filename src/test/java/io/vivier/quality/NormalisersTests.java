package io.vivier.quality;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class NormalisersTests {

  @ParameterizedTest
  @CsvSource({
    "Jean.Dupont@Exemple.FR, Jean.Dupont@exemple.fr",
    "' jean+crm@exemple.fr ', jean+crm@exemple.fr",
    "mailto:contact@société.fr, contact@xn--socit-esab.fr",
    "o'neil@example.co.uk, o'neil@example.co.uk"
  })
  void emailsAreKeptWithTheirDomainLowerCasedAndInAscii(String input, String expected) {
    assertThat(Emails.normalise(input)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"jean", "jean@", "@exemple.fr", "jean@exemple", "jean..dupont@exemple.fr", "jean@exemple..fr",
      "jean dupont@exemple.fr", "jean@-exemple.fr", "jean@exemple.f", "\"jean\"@exemple.fr"})
  void emailsThatMailSystemsWouldRefuseAreInvalid(String input) {
    assertThat(Emails.normalise(input)).isEmpty();
  }

  @Test
  void anEmailLongerThanTheRfcAllowsIsInvalid() {
    assertThat(Emails.normalise("a".repeat(65) + "@exemple.fr")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "01 23 45 67 89, FR, +33123456789",
    "06.12.34.56.78, FR, +33612345678",
    "+33 (0)6 12 34 56 78, FR, +33612345678",
    "02 550 40 00, BE, +3225504000",
    "+41 44 668 18 00, FR, +41446681800"
  })
  void phonesBecomeE164ReadingNationalNumbersInTheRegion(String input, String region, String expected) {
    assertThat(Phones.e164(input, region)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"12", "01 23", "abc", "+33 1"})
  void phonesThatAreNotNumbersAreInvalid(String input) {
    assertThat(Phones.e164(input, "FR")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"732829320, true", "732 829 320, true", "732829321, false", "73282932, false", "abcdefghi, false"})
  void sirenNeedsNineDigitsWithAValidLuhnKey(String input, boolean valid) {
    assertThat(Sirens.siren(input).isPresent()).isEqualTo(valid);
  }

  @ParameterizedTest
  @CsvSource({"73282932000074, true", "732 829 320 00074, true", "73282932000075, false", "35600000049837, true", "35600000049838, false"})
  void siretNeedsFourteenDigitsWithValidKeysExceptLaPosteRule(String input, boolean valid) {
    assertThat(Sirens.siret(input).isPresent()).isEqualTo(valid);
  }

  @ParameterizedTest
  @CsvSource({"fr, FR", "Be, BE", "UK, GB"})
  void countriesAreIsoAlpha2Codes(String input, String expected) {
    assertThat(Countries.code(input)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"France", "XX", "FRA"})
  void countryNamesAreNotCodes(String input) {
    assertThat(Countries.code(input)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"https://www.Exemple.fr/contact?x=1, exemple.fr", "exemple.co.uk, exemple.co.uk", "http://société.fr, xn--socit-esab.fr"})
  void domainsAreHostNamesWithoutSchemeOrWww(String input, String expected) {
    assertThat(Domains.normalise(input)).contains(expected);
  }

  @Test
  void textLosesInvisibleCharactersAndRepeatedSpaces() {
    assertThat(Text.clean("  Jean\u00A0\u200B  Dupont\t")).isEqualTo("Jean Dupont");
    assertThat(Text.clean("Cafe\u0301")).as("NFC").isEqualTo("Café");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "\u200B"})
  void blankTextIsNull(String input) {
    assertThat(Text.clean(input)).isNull();
  }

  @Test
  void foldingIgnoresCaseAndAccents() {
    assertThat(Text.fold("Hélène LEFÈVRE Œuvre")).isEqualTo("helene lefevre ouvre");
  }
}
