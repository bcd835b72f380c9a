package io.vivier.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PhonesTests {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "01 23 45 67 89|FR|123456789",
    "0123456789|FR|123456789",
    "06.12.34.56.78|FR|612345678",
    "+33 6 12 34 56 78|DE|612345678",
    "0033612345678|BE|612345678",
    " +33-1-23-45-67-89|FR|123456789",
    "0123456789|BE|0",
    "+33 (0)1 23 45 67 89|FR|0",
    "+32 2 123 45 67|FR|0",
    "01 23 45 67 8|FR|0",
    "00 23 45 67 89|FR|0",
    "01 23 45 67 89 ext 2|FR|0"
  })
  void frenchNumbersInTheUsualFormsAreReadWithoutTheParser(String input, String region, long national) {
    assertThat(Phones.frenchNationalNumber(input, region)).isEqualTo(national);
  }

  @Test
  void theShortcutGivesWhatLibphonenumbersParserGives() {
    Random random = new Random(7);
    String[] separators = {"", " ", ".", "-", "/", "\u00A0"};
    String[] prefixes = {"0", "+33", "0033", "+33 ", "0", "+32", "00", "+3", ""};
    for (int i = 0; i < 20_000; i++) {
      StringBuilder number = new StringBuilder(prefixes[random.nextInt(prefixes.length)]);
      String separator = separators[random.nextInt(separators.length)];
      int digits = 7 + random.nextInt(5);
      for (int d = 0; d < digits; d++) {
        number.append((char) ('0' + random.nextInt(10)));
        if (d % 2 == 0 && random.nextInt(3) > 0) {
          number.append(separator);
        }
      }
      String region = random.nextInt(4) == 0 ? "BE" : "FR";
      String input = number.toString();
      assertThat(Phones.e164(input, region)).as(input + " in " + region).isEqualTo(Phones.parsed(input, region));
    }
  }
}
