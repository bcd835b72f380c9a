package io.vivier.prospect;

import static org.assertj.core.api.Assertions.assertThat;

import io.vivier.quality.Text;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CompanyNameKeyTests {

  @Test
  void spellingsOfOneNameMeet() {
    assertThat(Companies.nameKey("  Société Générale, S.A. ")).isEqualTo(Companies.nameKey("SOCIETE  GENERALE (S/A)"))
        .isEqualTo("societe generale s a");
    assertThat(Companies.nameKey("L'Oréal--Paris")).isEqualTo("l oreal paris");
    assertThat(Companies.nameKey("Ⅻ Conseil ² & Co")).isEqualTo("ⅻ conseil ² co");
  }

  @Test
  void theKeyIsTheFoldedNameWithEveryRunOfOtherCharactersOneSpace() {
    String alphabet = "aZé1 .,-&'²Ⅻ\u00A0\t_/ç漢";
    Random random = new Random(11);
    for (int i = 0; i < 5_000; i++) {
      StringBuilder name = new StringBuilder();
      for (int n = random.nextInt(20); n > 0; n--) {
        name.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String expected = Text.fold(name.toString()).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
      assertThat(Companies.nameKey(name.toString())).as(name.toString()).isEqualTo(expected);
    }
  }
}
