package io.vivier.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LongLongMapTests {

  @Test
  void holdsWhatAHashMapHoldsAndKeepsTheFirstValueOfAKey() {
    LongLongMap map = new LongLongMap(4);
    Map<Long, Long> expected = new HashMap<>();
    Random random = new Random(5);
    for (int i = 0; i < 200_000; i++) {
      long key = random.nextInt(150_000) * 0x9E3779B97F4A7C15L; // some keys repeat, 0 among them
      long value = 1 + random.nextInt(1_000_000);
      map.putIfAbsent(key, value);
      expected.putIfAbsent(key, value);
    }
    assertThat(map.size()).isEqualTo(expected.size());
    expected.forEach((key, value) -> assertThat(map.get(key)).isEqualTo(value));
    assertThat(map.get(42)).isZero();
  }

  @Test
  void keysOfOneTextInTwoKindsDiffer() {
    assertThat(BaseKeys.hash(1, "anne@example.fr")).isNotEqualTo(BaseKeys.hash(2, "anne@example.fr"));
    assertThat(BaseKeys.hash(1, "anne@example.fr")).isEqualTo(BaseKeys.hash(1, "anne@example.fr"));
  }
}
