package io.vivier.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextTests {

  @ParameterizedTest
  @CsvSource({"Hélène, helene", "ÉTATS-UNIS, etats-unis", "Straße, strasse", "Œuvre, ouvre", "Ærø, arø",
      "déjà vu, deja vu", "İstanbul, istanbul", "Łódź, łodz", "ÇA, ca"})
  void foldingDropsCaseAndAccents(String value, String folded) {
    assertThat(Text.fold(value)).isEqualTo(folded);
  }

  @Test
  void foldingTextAlreadyFoldedGivesItBack() {
    String folded = "directeur commercial";
    assertThat(Text.fold(folded)).isSameAs(folded);
  }

  @Test
  void theFoldingTableAgreesWithUnicodeDecomposition() {
    // Random strings over Latin letters, accents, combining marks, ligatures and other scripts.
    String alphabet = "aAzZ09 -'.éÉèàÂçÇœŒæÆßÿŸİıǅǄĳŉ\u0301\u0327ΣσςДд€’\u00A0ł";
    Random random = new Random(42);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder value = new StringBuilder();
      int length = random.nextInt(12);
      for (int j = 0; j < length; j++) {
        value.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      assertThat(Text.fold(value.toString())).as("'%s'", value).isEqualTo(Text.foldByDecomposition(value.toString()));
    }
    for (char c = 0; c < 0x250; c++) {
      String value = "x" + c + "Y";
      assertThat(Text.fold(value)).as("U+%04X", (int) c).isEqualTo(Text.foldByDecomposition(value));
    }
  }
}
