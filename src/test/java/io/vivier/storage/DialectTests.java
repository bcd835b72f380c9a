package io.vivier.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DialectTests {

  @Test
  void sqliteTimestampsReadBackToTheSameInstant() {
    Random random = new Random(3);
    for (int i = 0; i < 10_000; i++) {
      Instant instant = Instant.ofEpochMilli(random.nextLong(-2_000_000_000_000L, 8_000_000_000_000L));
      String stored = (String) Dialect.SQLITE.timestamp(instant);
      assertThat(Dialect.parseStored(stored)).as(stored).isEqualTo(instant.truncatedTo(ChronoUnit.MILLIS));
    }
  }

  @Test
  void otherShapesAreReadByTheStandardParser() {
    assertThat(Dialect.parseStored("2026-11-30T10:15:30Z")).isEqualTo(Instant.parse("2026-11-30T10:15:30Z"));
    assertThat(Dialect.parseStored("2026-11-30T10:15:30.123456Z")).isEqualTo(Instant.parse("2026-11-30T10:15:30.123456Z"));
  }
}
