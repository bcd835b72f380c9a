package io.vivier.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vivier.quality.EmployeeCounts.EmployeeCount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EmployeeCountsTests {

  @ParameterizedTest(name = "{0} is in {1}")
  @CsvSource({
    "0, 0", "1, 1-2", "2, 1-2", "3, 3-5", "9, 6-9", "10, 10-19", "42, 20-49", "49, 20-49", "50, 50-99",
    "199, 100-199", "200, 200-249", "249, 200-249", "250, 250-499", "999, 500-999", "1000, 1000-1999",
    "4999, 2000-4999", "5000, 5000-9999", "9999, 5000-9999", "10000, 10000+", "2000000, 10000+",
  })
  void countsFallInTheInseeRanges(long employees, String range) {
    assertThat(EmployeeCounts.rangeOf(employees)).isEqualTo(range);
  }

  @Test
  void aNegativeCountHasNoRange() {
    assertThatThrownBy(() -> EmployeeCounts.rangeOf(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest(name = "''{0}'' is {1}")
  @CsvSource({
    "42, 42", "'1 000', 1000", "1.000, 1000", "'1,000', 1000", "'1\u00A0000', 1000", "'1\u202F000', 1000",
    "'1 000 000', 1000000", "1’500, 1500", "42 salariés, 42", "42 employees, 42", "environ 40, 40", "~40, 40",
    "1.5k, 1500", "'1,5k', 1500", "10k, 10000", "0, 0", "aucun salarié, 0",
  })
  void countsAreReadWithTheirThousandsSeparators(String value, long employees) {
    assertThat(EmployeeCounts.parse(value)).contains(new EmployeeCount(employees, EmployeeCounts.rangeOf(employees)));
  }

  @ParameterizedTest(name = "''{0}'' is {1}")
  @CsvSource(quoteCharacter = '"', value = {
    "50-99, 50-99", "50 à 99, 50-99", "de 50 à 99 salariés, 50-99", "entre 50 et 99, 50-99", "250 - 499, 250-499",
    "10 to 19, 10-19", "1–2, 1-2", "1 000-1 999, 1000-1999",
    "1 000+, 1000-1999", "10000+, 10000+", "10 000 et plus, 10000+", "500 or more, 500-999",
    "au moins 500, 500-999", "at least 500, 500-999", ">= 500, 500-999",
    "plus de 500, 500-999", "more than 249, 250-499", "> 249, 250-499", "+ de 500, 500-999",
    "moins de 10, 3-5", "less than 10, 3-5", "< 10, 3-5", "jusqu'à 10, 3-5", "up to 10, 3-5", "moins de 1, 0",
  })
  void rangesGiveTheStandardRangeAndNoCount(String value, String range) {
    assertThat(EmployeeCounts.parse(value)).contains(new EmployeeCount(null, range));
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "2-10, 6-9", "11-50, 20-49", "51-200, 100-199", "201-500, 250-499", "501-1000, 500-999",
    "1001-5000, 2000-4999", "5001-10000, 5000-9999", "10001+, 10000+", "5-25, 10-19", "100-500, 250-499",
  })
  void rangesOfOtherSystemsGiveTheStandardRangeOfTheirMidpoint(String value, String range) {
    assertThat(EmployeeCounts.parse(value)).contains(new EmployeeCount(null, range));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"  ", "NC", "PME", "inconnu", "n/a", "-5", "99-50", "12,5", "1000 000", "42abc", "50-99-150",
      "moins de 0", "10 20", "<", "1 2 3 4 5 6 7 8 9", "au 500", "au-delà"})
  void valuesThatAreNotHeadCountsAreEmpty(String value) {
    assertThat(EmployeeCounts.parse(value)).isEmpty();
  }

  @Test
  void aTwoDigitNumberIsACountNotATranche() {
    assertThat(EmployeeCounts.parse("21")).contains(new EmployeeCount(21L, "20-49"));
    assertThat(EmployeeCounts.parseTranche("21")).contains(new EmployeeCount(null, "50-99"));
  }

  @ParameterizedTest(name = "tranche {0} is {1}")
  @CsvSource({
    "NN, 0", "nn, 0", "00, 0", "01, 1-2", "02, 3-5", "03, 6-9", "11, 10-19", "12, 20-49", "21, 50-99", "22, 100-199",
    "31, 200-249", "32, 250-499", "41, 500-999", "42, 1000-1999", "51, 2000-4999", "52, 5000-9999", "53, 10000+",
    "0, 0", "1, 1-2", "3, 6-9", "' 21 ', 50-99",
  })
  void inseeTrancheCodesGiveTheirRange(String code, String range) {
    assertThat(EmployeeCounts.parseTranche(code)).contains(new EmployeeCount(null, range));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"4", "10", "13", "54", "99", "50-99", "ab", "021"})
  void otherTrancheCodesAreEmpty(String code) {
    assertThat(EmployeeCounts.parseTranche(code)).isEmpty();
  }
}
