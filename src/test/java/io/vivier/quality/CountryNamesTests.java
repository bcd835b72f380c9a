package io.vivier.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CountryNamesTests {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "FR, FR", "fr, FR", "' be ', BE", "UK, GB", "uk, GB", "de, DE", "ET, ET",
    "FRA, FR", "deu, DE", "GBR, GB", "USA, US",
  })
  void codesAreReadInAnyCase(String value, String code) {
    assertThat(CountryNames.code(value)).contains(code);
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(quoteCharacter = '"', value = {
    "France, FR", "FRANCE, FR", "Allemagne, DE", "Germany, DE", "GERMANY, DE",
    "Royaume-Uni, GB", "United Kingdom, GB", "Great Britain, GB", "Angleterre, GB", "Écosse, GB",
    "États-Unis, US", "Etats Unis, US", "ETATS-UNIS, US", "U.S.A., US", "United States of America, US",
    "Belgique, BE", "België, BE", "Suisse, CH", "Switzerland, CH", "Côte d'Ivoire, CI", "Cote d’Ivoire, CI",
    "COTE D IVOIRE, CI", "Ivory Coast, CI", "Pays-Bas, NL", "Netherlands, NL", "The Netherlands, NL",
    "Holland, NL", "Espagne, ES", "España, ES", "Italie, IT", "Tchéquie, CZ", "Czech Republic, CZ",
    "Corée du Sud, KR", "La Réunion, RE", "Reunion, RE", "Viet Nam, VN", "Vietnam, VN",
    "St. Lucia, LC", "Saint Lucia, LC", "Sainte-Lucie, LC", "Myanmar, MM", "Birmanie, MM",
    "Bosnia and Herzegovina, BA", "Bosnie-Herzégovine, BA", "RDC, CD", "Congo, CG", "Guyane, GF",
  })
  void namesAreReadInEnglishOrFrenchWithOrWithoutAccents(String value, String code) {
    assertThat(CountryNames.code(value)).contains(code);
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(delimiter = ';', value = {
    "Korea, Republic of; KR", "Iran, Islamic Republic of; IR", "Congo, The Democratic Republic of the; CD",
    "Tanzania, United Republic of; TZ", "Virgin Islands, British; VG", "France, République française; FR",
  })
  void isoOfficialNamesWithACommaAreRead(String value, String code) {
    assertThat(CountryNames.code(value)).contains(code);
  }

  @Test
  void everyIsoCountryIsFoundByItsEnglishAndFrenchName() {
    for (String code : Locale.getISOCountries()) {
      Locale country = new Locale("", code);
      assertThat(CountryNames.code(country.getDisplayCountry(Locale.ENGLISH))).as(code).contains(code);
      assertThat(CountryNames.code(country.getDisplayCountry(Locale.FRENCH))).as(code).contains(code);
      assertThat(CountryNames.code(country.getISO3Country())).as(code).contains(code);
    }
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "XX", "XYZ", "Europe", "Paris", "Bretagne", "South America", "France!!!x", "-"})
  void unknownValuesAreEmpty(String value) {
    assertThat(CountryNames.code(value)).isEmpty();
  }

  @Test
  void countriesCodeStillReadsCodesOnly() {
    assertThat(Countries.code("France")).isEmpty();
    assertThat(CountryNames.code("France")).contains("FR");
  }
}
