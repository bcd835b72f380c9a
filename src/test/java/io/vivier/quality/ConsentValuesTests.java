package io.vivier.quality;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ConsentValuesTests {

  @ParameterizedTest(name = "''{0}'' is {1}")
  @CsvSource(quoteCharacter = '"', value = {
    "oui, GRANTED", "Oui, GRANTED", "yes, GRANTED", "Y, GRANTED", "o, GRANTED", "1, GRANTED", "TRUE, GRANTED",
    "vrai, GRANTED", "opt-in, GRANTED", "Opt In, GRANTED", "optin, GRANTED", "opted in, GRANTED",
    "Opted-In, GRANTED", "double opt-in, GRANTED", "accepté, GRANTED", "ACCEPTÉE, GRANTED", "granted, GRANTED",
    "consent, GRANTED", "abonné, GRANTED", "d'accord, GRANTED",
    "non, DENIED", "No, DENIED", "N, DENIED", "0, DENIED", "false, DENIED", "FAUX, DENIED", "opt-out, DENIED",
    "optout, DENIED", "Opted out, DENIED", "refus, DENIED", "Refusé, DENIED", "denied, DENIED",
    "opposition, DENIED",
    "unsubscribed, WITHDRAWN", "Désabonné, WITHDRAWN", "désinscrite, WITHDRAWN", "withdrawn, WITHDRAWN",
    "retiré, WITHDRAWN", "révoqué, WITHDRAWN",
  })
  void consentCellsStateAStatus(String value, String status) {
    assertThat(ConsentValues.parse(value)).contains(status);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"  ", "unknown", "inconnu", "n/a", "peut-être", "maybe", "2024-03-12", "soft opt-in",
      "UNKNOWN", "ouiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiii"})
  void blankOrUnknownCellsSayNothing(String value) {
    assertThat(ConsentValues.parse(value)).isEmpty();
  }

  @ParameterizedTest(name = "opposition ''{0}'' is DENIED")
  @ValueSource(strings = {"true", "TRUE", "1", "oui", "yes", "Y", "x", "opted out", "unsubscribed", "désabonné"})
  void aTrueValueInAnOppositionColumnIsADenial(String value) {
    assertThat(ConsentValues.optOut(value)).contains("DENIED");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"false", "0", "non", "no", "N", "FAUX", "opt-in", "granted", "unknown"})
  void aFalseValueInAnOppositionColumnIsNoInformation(String value) {
    assertThat(ConsentValues.optOut(value)).isEmpty();
  }
}
