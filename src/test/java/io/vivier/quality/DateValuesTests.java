package io.vivier.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DateValuesTests {

  @ParameterizedTest(name = "''{0}'' is {1}")
  @CsvSource(quoteCharacter = '"', value = {
    "2024-03-12, 2024-03-12T00:00:00Z",
    "2024/03/12, 2024-03-12T00:00:00Z",
    "12/03/2024, 2024-03-12T00:00:00Z",
    "12-03-2024, 2024-03-12T00:00:00Z",
    "12.03.2024, 2024-03-12T00:00:00Z",
    "1/3/24, 2024-03-01T00:00:00Z",
    "01/03/99, 1999-03-01T00:00:00Z",
    "15/06/69, 2069-06-15T00:00:00Z",
    "15/06/70, 1970-06-15T00:00:00Z",
    "12 mars 2024, 2024-03-12T00:00:00Z",
    "1er mars 2024, 2024-03-01T00:00:00Z",
    "mardi 12 mars 2024, 2024-03-12T00:00:00Z",
    "12 févr. 2024, 2024-02-12T00:00:00Z",
    "15 AOÛT 2024, 2024-08-15T00:00:00Z",
    "12 March 2024, 2024-03-12T00:00:00Z",
    "12-Mar-2024, 2024-03-12T00:00:00Z",
    "\"March 12, 2024\", 2024-03-12T00:00:00Z",
    "\"Tuesday, March 12th, 2024\", 2024-03-12T00:00:00Z",
    "2024-02-29, 2024-02-29T00:00:00Z",
  })
  void datesAreMidnightUtc(String value, Instant expected) {
    assertThat(DateValues.parse(value)).contains(expected);
  }

  @ParameterizedTest(name = "''{0}'' is {1}")
  @CsvSource(quoteCharacter = '"', value = {
    "2024-03-12T14:30:00Z, 2024-03-12T14:30:00Z",
    "2024-03-12t14:30:00z, 2024-03-12T14:30:00Z",
    "2024-03-12T14:30:00.250+01:00, 2024-03-12T13:30:00.250Z",
    "2024-03-12T14:30:00+0100, 2024-03-12T13:30:00Z",
    "2024-03-12T14:30:00-05:00, 2024-03-12T19:30:00Z",
    "2024-03-12T14:30:00+01:00[Europe/Paris], 2024-03-12T13:30:00Z",
    "2024-03-12 14:30 UTC, 2024-03-12T14:30:00Z",
    "2024-03-12 14:30 GMT+2, 2024-03-12T12:30:00Z",
  })
  void dateTimesWithAnOffsetAreThatInstant(String value, Instant expected) {
    assertThat(DateValues.parse(value)).contains(expected);
  }

  @ParameterizedTest(name = "''{0}'' in Paris is {1}")
  @CsvSource(quoteCharacter = '"', value = {
    "2024-03-12T14:30, 2024-03-12T13:30:00Z",
    "2024-03-12 14:30:00, 2024-03-12T13:30:00Z",
    "12/03/2024 14:30, 2024-03-12T13:30:00Z",
    "12/03/2024 14h30, 2024-03-12T13:30:00Z",
    "12/03/2024 à 14h, 2024-03-12T13:00:00Z",
    "12 mars 2024 14:30:15, 2024-03-12T13:30:15Z",
    "12 March 2024 at 2:30 pm, 2024-03-12T13:30:00Z",
    "12/03/2024 12:05 am, 2024-03-11T23:05:00Z",
    "2024-07-12 14:30, 2024-07-12T12:30:00Z",
  })
  void localDateTimesAreReadInParisByDefault(String value, Instant expected) {
    assertThat(DateValues.parse(value)).contains(expected);
  }

  @Test
  void localDateTimesAreReadInTheZoneGiven() {
    assertThat(DateValues.parse("2024-03-12 14:30", ZoneId.of("America/New_York")))
        .contains(Instant.parse("2024-03-12T18:30:00Z"));
    assertThat(DateValues.parse("2024-03-12 14:30", ZoneOffset.UTC)).contains(Instant.parse("2024-03-12T14:30:00Z"));
  }

  @Test
  void datesDoNotDependOnTheZone() {
    assertThat(DateValues.parse("12/03/2024", ZoneId.of("Pacific/Auckland")))
        .contains(Instant.parse("2024-03-12T00:00:00Z"));
  }

  @Test
  void aTimeSkippedByDaylightSavingIsMovedForward() {
    // Paris went from 02:00 to 03:00 on 31 March 2024: 02:30 does not exist and becomes 03:30 CEST.
    assertThat(DateValues.parse("2024-03-31 02:30")).contains(Instant.parse("2024-03-31T01:30:00Z"));
  }

  @Test
  void numericDatesAreReadDayFirst() {
    assertThat(DateValues.parse("03/04/2024")).contains(Instant.parse("2024-04-03T00:00:00Z"));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"  ", "31/02/2024", "2023-02-29", "12/31/2024", "13/13/2024", "00/01/2024", "2024-13-01",
      "2024-03-12T24:00", "2024-03-12T14:60", "2024-03-12T14", "12/03/2024 13:30 pm", "45363", "1710253800",
      "20240312", "0001-01-01", "2024-03-12 foo", "hier", "12 brumaire 2024", "12/03", "2024-03-12T14:30:00+25:00",
      "2024-03-12T14:30:00[Europe/Paris"})
  void impossibleOrUnrecognisedValuesAreEmpty(String value) {
    assertThat(DateValues.parse(value)).isEmpty();
  }
}
